import { checkDecimal, checkEnum, checkMoney, throwIfIssues, type Issues } from "./_lib/check.js";
import { POW10, pow10n, type Dec } from "./_lib/decimal.js";
import type { DecimalInput } from "./decimal.js";
import { toSafeNumber, type Money } from "./money.js";
import { ROUNDING_MODES, divideRounded, divideRoundedBig, type RoundingMode } from "./rounding.js";

/**
 * `amount × rate`, computed exactly and rounded once to a whole minor unit.
 *
 * The rate is an exact decimal: `0.035` means 35/1000, not the binary float nearest to it. So
 * `applyRate(¥3.00, 0.035)` is exactly ¥0.105 before rounding, and the rounding mode alone
 * decides whether that is ¥0.10 (`half-even`, the default) or ¥0.11 (`half-up`, 四舍五入).
 *
 * @param amount - money in minor units
 * @param rate - exact decimal rate (number or text); may be negative or above 1
 * @param rounding - how to round the exact product; default `half-even`
 * @returns money in the same currency
 * @throws {ValidationError} when `amount` is not money, `rate` is not an exact decimal, the
 * rounding mode is unknown, or the result is not a safe integer.
 * @example
 * ```ts
 * applyRate({ amount: 300, currency: "CNY" }, 0.035);             //=> { amount: 10, currency: "CNY" }
 * applyRate({ amount: 300, currency: "CNY" }, "0.035", "half-up"); //=> { amount: 11, currency: "CNY" }
 * applyRate({ amount: -105, currency: "CNY" }, 0.3, "down");      //=> { amount: -31, currency: "CNY" }
 * ```
 * @category Money
 */
export function applyRate(amount: Money, rate: DecimalInput, rounding: RoundingMode = "half-even"): Money {
  const issues: Issues = [];
  checkMoney(amount, ["amount"], issues);
  const dec = checkDecimal(rate, ["rate"], issues);
  checkEnum(rounding, ROUNDING_MODES, ["rounding"], issues);
  throwIfIssues(issues);
  return { amount: multiplyRounded(amount.amount, dec!, rounding), currency: amount.currency };
}

/**
 * `minor × rate` rounded once: a float fast path when every intermediate is a safe integer,
 * and exact bigints otherwise.
 * @internal
 */
export function multiplyRounded(minor: number, rate: Dec, rounding: RoundingMode): number {
  const coefficient = rate.small;
  if (coefficient !== undefined && rate.scale < POW10.length - 7) {
    // |minor × coefficient| ≤ 2^53 − 1 means the float product is the exact integer product.
    if (Math.abs(minor) <= Number.MAX_SAFE_INTEGER / (Math.abs(coefficient) || 1)) {
      const product = minor * coefficient;
      if (Number.isSafeInteger(product)) {
        return rate.scale === 0 ? (product === 0 ? 0 : product) : divideRounded(product, POW10[rate.scale]!, rounding);
      }
    }
  }
  return toSafeNumber(divideRoundedBig(BigInt(minor) * rate.coefficient, pow10n(rate.scale), rounding), ["amount"]);
}
