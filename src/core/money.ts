/**
 * Exact money: integer minor units and an ISO 4217 currency.
 * @module
 */
import { checkArray, checkCurrency, checkEnum, checkMoney, report, shown, throwIfIssues, type Issues } from "./_lib/check.js";
import { parseDec, pow10n } from "./_lib/decimal.js";
import { currencyExponent, type CurrencyCode } from "./currency.js";
import { ValidationError } from "./errors.js";
import { LOCALES, type Locale } from "./locale.js";
import { divideRoundedBig, isRoundingMode, type RoundingMode } from "./rounding.js";

/**
 * An amount of money in integer minor units of its currency: `{ amount: 12345, currency: "CNY" }`
 * is ¥123.45 (12,345 分); `{ amount: 500, currency: "JPY" }` is ¥500. Amounts are safe integers,
 * so sums and products never pick up binary floating-point error.
 *
 * @example
 * ```ts
 * const salary: Money = { amount: 1_500_000, currency: "CNY" }; // ¥15,000.00
 * ```
 * @category Money
 */
export interface Money {
  /** Whole minor units (分, cents, fils); negative for refunds and clawbacks. */
  readonly amount: number;
  /** ISO 4217 code, upper case. */
  readonly currency: CurrencyCode;
}

/**
 * Is `value` money: a plain `{ amount, currency }` with a safe-integer amount and a known
 * currency code?
 *
 * @example
 * ```ts
 * isMoney({ amount: 100, currency: "CNY" });  //=> true
 * isMoney({ amount: 1.5, currency: "CNY" });  //=> false
 * ```
 * @category Money
 */
export function isMoney(value: unknown): value is Money {
  return checkMoney(value, [], []);
}

/**
 * Builds money from minor units, checking both parts.
 *
 * @throws {ValidationError} when `amount` is not a safe integer or `currency` is unknown.
 * @example
 * ```ts
 * money(12345, "CNY"); //=> { amount: 12345, currency: "CNY" }
 * ```
 * @category Money
 */
export function money(amount: number, currency: CurrencyCode): Money {
  const value = { amount, currency };
  const issues: Issues = [];
  checkMoney(value, [], issues);
  throwIfIssues(issues);
  return { amount: amount === 0 ? 0 : amount, currency };
}

/**
 * Converts a decimal amount in major units (`"12345.67"`, `12345.67`) to money, exactly.
 * With no rounding mode, an amount with more decimal places than the currency has is
 * rejected rather than silently rounded; pass a mode to round it once.
 *
 * @throws {ValidationError} when `value` is not an exact decimal, the currency is unknown,
 * the amount is too precise for the currency (without a rounding mode), or the result is not
 * a safe integer.
 * @example
 * ```ts
 * moneyFromDecimal("12345.67", "CNY");              //=> { amount: 1234567, currency: "CNY" }
 * moneyFromDecimal("1500", "JPY");                  //=> { amount: 1500, currency: "JPY" }
 * moneyFromDecimal("0.125", "CNY", "half-even");   //=> { amount: 12, currency: "CNY" }
 * ```
 * @category Money
 */
export function moneyFromDecimal(value: number | string, currency: CurrencyCode, rounding?: RoundingMode): Money {
  const issues: Issues = [];
  const dec = typeof value === "number" || typeof value === "string" ? parseDec(value) : undefined;
  if (dec === undefined) report(issues, ["value"], value === undefined ? "validation.required" : "validation.decimal", value === undefined ? undefined : { value: shown(value) });
  checkCurrency(currency, ["currency"], issues);
  if (rounding !== undefined && !isRoundingMode(rounding)) report(issues, ["rounding"], "validation.enum", { options: ["half-even", "half-up", "half-down", "up", "down", "ceil", "floor"], value: shown(rounding) });
  throwIfIssues(issues);
  const exponent = currencyExponent(currency) ?? 0;
  const d = dec!;
  let minor: bigint;
  if (d.scale <= exponent) {
    minor = d.coefficient * pow10n(exponent - d.scale);
  } else if (rounding === undefined) {
    throw new ValidationError([{ path: ["value"], code: "validation.too-precise", params: { value: shown(value), currency, exponent } }]);
  } else {
    minor = divideRoundedBig(d.coefficient, pow10n(d.scale - exponent), rounding);
  }
  return { amount: toSafeNumber(minor, ["value"]), currency };
}

/**
 * A bigint as a safe integer number, or a `validation.overflow` error at `path`.
 * @internal
 */
export function toSafeNumber(value: bigint, path: readonly (string | number)[]): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ValidationError([{ path, code: "validation.overflow" }]);
  }
  const n = Number(value);
  return n === 0 ? 0 : n;
}

/**
 * The amount in major units as exact decimal text, with exactly the currency's decimal places.
 *
 * @throws {ValidationError} when `value` is not money.
 * @example
 * ```ts
 * moneyToDecimal({ amount: 1234567, currency: "CNY" }); //=> "12345.67"
 * moneyToDecimal({ amount: -5, currency: "CNY" });      //=> "-0.05"
 * moneyToDecimal({ amount: 1500, currency: "JPY" });    //=> "1500"
 * ```
 * @category Money
 */
export function moneyToDecimal(value: Money): string {
  const issues: Issues = [];
  checkMoney(value, ["value"], issues);
  throwIfIssues(issues);
  return minorToDecimal(value.amount, currencyExponent(value.currency) ?? 0);
}

/**
 * Decimal text of `amount` minor units with `exponent` decimal places.
 * @internal
 */
export function minorToDecimal(amount: number, exponent: number): string {
  const negative = amount < 0;
  const digits = String(Math.abs(amount)).padStart(exponent + 1, "0");
  const cut = digits.length - exponent;
  const text = exponent === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return negative ? `-${text}` : text;
}

/**
 * Formats money for people, in the locale's style (`¥12,345.67`, `CN¥12,345.67`), from the
 * exact decimal, never through a binary float.
 *
 * @throws {ValidationError} when `value` is not money.
 * @example
 * ```ts
 * formatMoney({ amount: 1234567, currency: "CNY" }, "zh-CN"); //=> "¥12,345.67"
 * formatMoney({ amount: 1234567, currency: "USD" }, "en");    //=> "$12,345.67"
 * ```
 * @category Money
 */
export function formatMoney(value: Money, locale: Locale = "en"): string {
  const issues: Issues = [];
  checkMoney(value, ["value"], issues);
  checkEnum(locale, LOCALES, ["locale"], issues);
  throwIfIssues(issues);
  return formatMinor(value.amount, value.currency, locale);
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Locale text of valid money (no checks).
 * @internal
 */
export function formatMinor(amount: number, currency: string, locale: Locale): string {
  const exponent = currencyExponent(currency) ?? 0;
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent });
    formatters.set(key, formatter);
  }
  // Intl formats a decimal string exactly (ES2023 Intl.NumberFormat v3).
  return formatter.format(minorToDecimal(amount, exponent) as unknown as number);
}

function checkSameCurrency(values: readonly unknown[], name: string, issues: Issues): string | undefined {
  let currency: string | undefined;
  // an index loop, not forEach: holes in a sparse array must be reported, not skipped
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    const path = values.length === 2 && name !== "values" ? [index === 0 ? "a" : "b"] : [name, index];
    if (!checkMoney(value, path, issues)) continue;
    if (currency === undefined) currency = value.currency;
    else if (value.currency !== currency) report(issues, [...path, "currency"], "validation.currency-mismatch", { expected: currency, received: value.currency });
  }
  return currency;
}

/**
 * `a + b`, exactly.
 *
 * @throws {ValidationError} when either is not money, the currencies differ, or the sum is not
 * a safe integer.
 * @example
 * ```ts
 * addMoney({ amount: 1050, currency: "CNY" }, { amount: 250, currency: "CNY" }); //=> { amount: 1300, currency: "CNY" }
 * ```
 * @category Money
 */
export function addMoney(a: Money, b: Money): Money {
  const issues: Issues = [];
  const currency = checkSameCurrency([a, b], "pair", issues);
  throwIfIssues(issues);
  return { amount: safeSum(a.amount + b.amount), currency: currency! };
}

/**
 * `a − b`, exactly.
 *
 * @throws {ValidationError} when either is not money, the currencies differ, or the result is
 * not a safe integer.
 * @example
 * ```ts
 * subtractMoney({ amount: 1050, currency: "CNY" }, { amount: 2000, currency: "CNY" }); //=> { amount: -950, currency: "CNY" }
 * ```
 * @category Money
 */
export function subtractMoney(a: Money, b: Money): Money {
  const issues: Issues = [];
  const currency = checkSameCurrency([a, b], "pair", issues);
  throwIfIssues(issues);
  return { amount: safeSum(a.amount - b.amount), currency: currency! };
}

/**
 * The exact sum of amounts in one currency; the sum of none is zero in `currency`.
 *
 * @throws {ValidationError} when an element is not money, currencies differ, no currency is
 * known for an empty list, or the sum is not a safe integer.
 * @example
 * ```ts
 * sumMoney([{ amount: 1, currency: "CNY" }, { amount: 2, currency: "CNY" }]); //=> { amount: 3, currency: "CNY" }
 * sumMoney([], "CNY");                                                          //=> { amount: 0, currency: "CNY" }
 * ```
 * @category Money
 */
export function sumMoney(values: readonly Money[], currency?: CurrencyCode): Money {
  const issues: Issues = [];
  let found: string | undefined;
  if (checkArray(values, ["values"], issues)) {
    found = checkSameCurrency(values, "values", issues);
    if (currency !== undefined && checkCurrency(currency, ["currency"], issues) && found !== undefined && found !== currency) {
      report(issues, ["values", 0, "currency"], "validation.currency-mismatch", { expected: currency, received: found });
    }
    if (found === undefined && currency === undefined && values.length === 0) report(issues, ["currency"], "validation.required");
  }
  throwIfIssues(issues);
  let total = 0;
  for (const value of values) {
    total += value.amount;
    // a partial sum beyond 2^53 is no longer exact
    if (!Number.isSafeInteger(total)) throw new ValidationError([{ path: ["values"], code: "validation.overflow" }]);
  }
  return { amount: total === 0 ? 0 : total, currency: (found ?? currency)! };
}

function safeSum(value: number): number {
  if (!Number.isSafeInteger(value)) throw new ValidationError([{ path: [], code: "validation.overflow" }]);
  return value === 0 ? 0 : value;
}
