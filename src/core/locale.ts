/**
 * The languages every message, finding and error of team-playbook is written in.
 *
 * The locale is always an argument: the library keeps no global language setting.
 *
 * @example
 * ```ts
 * import { formatFinding } from "team-playbook/core";
 * formatFinding({ code: "validation.required", severity: "error" }, "zh-CN");
 * //=> "此项为必填项。"
 * ```
 * @category Messages
 */
export type Locale = "en" | "zh-CN";

/**
 * Every supported locale, in a stable order (English first).
 *
 * @example
 * ```ts
 * LOCALES.includes("zh-CN"); //=> true
 * ```
 * @category Messages
 */
export const LOCALES: readonly Locale[] = Object.freeze(["en", "zh-CN"]);

/**
 * Is `value` a supported locale?
 *
 * @example
 * ```ts
 * isLocale("zh-CN"); //=> true
 * isLocale("fr");    //=> false
 * ```
 * @category Messages
 */
export function isLocale(value: unknown): value is Locale {
  return value === "en" || value === "zh-CN";
}
