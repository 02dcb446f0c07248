/**
 * Exact decimals for rates, shares and weights.
 * @module
 */
import { checkDecimal, throwIfIssues, type Issues } from "./_lib/check.js";
import { decToString, parseDec } from "./_lib/decimal.js";

/**
 * An exact decimal given as a number or as text: `0.035` and `"0.035"` both mean exactly
 * 35/1000. A number is read through its shortest decimal form (what `String(n)` prints), never
 * through its binary value, so `0.1 + 0.2`-style error cannot reach a payout. Text may use an
 * exponent (`"3.5e-2"`); at most 30 decimal places and 22 integer digits.
 *
 * @example
 * ```ts
 * const commissionRate: DecimalInput = "0.035";
 * const share: DecimalInput = 0.5;
 * ```
 * @category Money
 */
export type DecimalInput = number | string;

/**
 * Is `value` an exact decimal this library accepts?
 *
 * @example
 * ```ts
 * isDecimal("0.035");   //=> true
 * isDecimal(0.1);       //=> true
 * isDecimal("1/3");     //=> false
 * isDecimal(Number.NaN); //=> false
 * ```
 * @category Money
 */
export function isDecimal(value: unknown): value is DecimalInput {
  return parseDec(value) !== undefined;
}

/**
 * The canonical text of a decimal: no exponent, no trailing zeros, no `+` sign. Store rates in
 * this form to keep them exact through any database or JSON round trip.
 *
 * @throws {ValidationError} when `value` is not an exact decimal.
 * @example
 * ```ts
 * normalizeDecimal(0.035);     //=> "0.035"
 * normalizeDecimal("3.50e-2"); //=> "0.035"
 * normalizeDecimal(1e21);      //=> "1000000000000000000000"
 * ```
 * @category Money
 */
export function normalizeDecimal(value: DecimalInput): string {
  const issues: Issues = [];
  const dec = checkDecimal(value, ["value"], issues);
  throwIfIssues(issues);
  return decToString(dec!);
}
