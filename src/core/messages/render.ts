/**
 * Turns a code and its parameters into text in a locale.
 * @internal
 * @module
 */
import type { Locale } from "../locale.js";
import { formatMinor } from "../money.js";
import { isCurrencyCode } from "../currency.js";
import { messagesEn } from "./en.js";
import { messagesZhCN } from "./zh-CN.js";
import type { Catalog, CustomCatalog, MessageParamValue, MessageParams, MessageTemplate } from "./types.js";

const BUILT_IN: { readonly [L in Locale]: Catalog } = { en: messagesEn, "zh-CN": messagesZhCN };

/** The built-in catalogue of a locale (English for an unknown one). @internal */
export function catalogFor(locale: Locale): Catalog {
  return BUILT_IN[locale] ?? messagesEn;
}

function isMoneyParam(value: unknown): value is { amount: number; currency: string } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Number.isSafeInteger((value as { amount?: unknown }).amount) && isCurrencyCode((value as { currency?: unknown }).currency);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** One parameter as text in a locale: grouped integers, exact decimals, money, lists. @internal */
export function formatParam(value: MessageParamValue | undefined, locale: Locale): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return locale === "zh-CN" ? (value ? "是" : "否") : value ? "yes" : "no";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return String(value);
    let format = numberFormats.get(locale);
    if (format === undefined) {
      // "min2": group only from five digits, so years read 2027 and amounts 12,345. Numbers
      // show at most four decimals (ratios, paces); pass text for an exact decimal such as a rate.
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: "min2" } as unknown as Intl.NumberFormatOptions);
      numberFormats.set(locale, format);
    }
    return format.format(value);
  }
  if (Array.isArray(value)) {
    return value.map((item) => formatParam(item as MessageParamValue, locale)).join(locale === "zh-CN" ? "、" : ", ");
  }
  if (isMoneyParam(value)) return formatMinor(value.amount, value.currency, locale);
  // anything else (an app's own explanation may hold any JSON): its kind, never a throw
  return typeof value === "object" && value !== null ? (Array.isArray(value) ? "list" : "object") : String(value);
}

/** Fills `{name}` placeholders of a template; a function template is called. @internal */
export function fillTemplate(template: MessageTemplate, params: MessageParams, locale: Locale): string {
  // a missing parameter stays visible as {name}, in function templates as in string ones
  if (typeof template === "function") return template(params, (name) => (params[name] === undefined ? `{${name}}` : formatParam(params[name], locale)));
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? formatParam(params[name], locale) : whole,
  );
}

/**
 * The message for `code`: the app's catalogue first, then the locale's built-in one, then
 * English, and the bare code as a last resort (a code from a newer version of the data).
 * @internal
 */
export function renderMessage(code: string, params: MessageParams, locale: Locale, custom?: CustomCatalog): string {
  const own = custom !== undefined && Object.prototype.hasOwnProperty.call(custom, code) ? custom[code] : undefined;
  const builtIn = catalogFor(locale) as CustomCatalog;
  const template =
    own ??
    (Object.prototype.hasOwnProperty.call(builtIn, code) ? builtIn[code] : undefined) ??
    (Object.prototype.hasOwnProperty.call(messagesEn, code) ? (messagesEn as CustomCatalog)[code] : undefined);
  return template === undefined ? code : fillTemplate(template, plainParams(params), locale);
}

function isPlainValue(value: unknown): boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" || isMoneyParam(value);
}

/**
 * The parameters with anything a message cannot print (an app's own explanation or finding may
 * hold any JSON, even objects without a prototype) replaced by its kind, so no template throws.
 */
function plainParams(params: MessageParams): MessageParams {
  let out: Record<string, MessageParamValue> | undefined;
  for (const key of Object.keys(params)) {
    const value: unknown = params[key];
    const ok = value === undefined || isPlainValue(value) || (Array.isArray(value) && value.every(isPlainValue));
    if (ok) continue;
    out ??= { ...params };
    out[key] = Array.isArray(value) ? "list" : value === null ? "null" : typeof value === "object" ? "object" : String(value);
  }
  return out ?? params;
}

/** A path as people read it: `credits[0].amount`; the whole input when empty. @internal */
export function formatPath(path: readonly (string | number)[], locale: Locale): string {
  if (path.length === 0) return locale === "zh-CN" ? "（输入）" : "(input)";
  let text = "";
  for (const part of path) text += typeof part === "number" ? `[${part}]` : text === "" ? part : `.${part}`;
  return text;
}
