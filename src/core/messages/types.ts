import type { MessageCode } from "../codes.js";

/**
 * A value a message can show: text, a number, a yes/no, an amount of money or a list.
 *
 * @example
 * ```ts
 * const value: MessageParamValue = { amount: 12345, currency: "CNY" };
 * ```
 * @category Messages
 */
export type MessageParamValue =
  | string
  | number
  | boolean
  | { readonly amount: number; readonly currency: string }
  | readonly (string | number | { readonly amount: number; readonly currency: string })[];

/**
 * The named values a finding, issue or explanation step passes to its message.
 *
 * @example
 * ```ts
 * const params: MessageParams = { date: "2026-10-03", year: 2026 };
 * ```
 * @category Messages
 */
export type MessageParams = { readonly [name: string]: MessageParamValue };

/**
 * One message: either a template in which `{name}` stands for a parameter (numbers, money and
 * lists are formatted for the locale), or a function for messages that need more than
 * substitution. The function gets the raw parameters and `text(name)`, which formats one
 * parameter for the locale exactly as a template would.
 *
 * @example
 * ```ts
 * const template: MessageTemplate = "Holiday {date} falls on a weekend";
 * const fn: MessageTemplate = (params, text) => (params["count"] === 1 ? "1 problem" : `${text("count")} problems`);
 * ```
 * @category Messages
 */
export type MessageTemplate = string | ((params: MessageParams, text: (name: string) => string) => string);

/**
 * A complete message catalogue: one template for every code. Built-in catalogues are checked
 * against this type with `satisfies`, so a code without a message fails to compile.
 *
 * @example
 * ```ts
 * import { messagesEn } from "team-playbook/core";
 * const catalog: Catalog = messagesEn;
 * ```
 * @category Messages
 */
export type Catalog = { readonly [C in MessageCode]: MessageTemplate };

/**
 * A catalogue for a subset of codes: each module writes one per locale for its own codes, and
 * the core catalogues assemble them.
 *
 * @example
 * ```ts
 * const calendarOnly: CatalogFor<"calendar.holiday-on-weekend"> = { "calendar.holiday-on-weekend": "{date}" };
 * ```
 * @category Messages
 */
export type CatalogFor<C extends string> = { readonly [K in C]: MessageTemplate };

/**
 * Messages an app supplies to override or extend the built-in ones, keyed by code.
 *
 * @example
 * ```ts
 * const mine: CustomCatalog = { "calendar.holiday-on-weekend": "节假日 {date} 恰逢周末" };
 * ```
 * @category Messages
 */
export type CustomCatalog = { readonly [code: string]: MessageTemplate | undefined };
