/**
 * Rounding modes, named precisely, and the exact integer division every rounding in the
 * library goes through.
 * @module
 */

/**
 * How a result between two minor units is rounded:
 *
 * | mode        | rule                                   | 2.5 → | −2.5 → | 2.4 → | −2.6 → |
 * | ----------- | -------------------------------------- | ----- | ------ | ----- | ------ |
 * | `half-even` | nearest; ties to the even neighbour     | 2     | −2     | 2     | −3     |
 * | `half-up`   | nearest; ties away from zero (四舍五入) | 3     | −3     | 2     | −3     |
 * | `half-down` | nearest; ties toward zero              | 2     | −2     | 2     | −3     |
 * | `up`        | away from zero                         | 3     | −3     | 3     | −3     |
 * | `down`      | toward zero (truncate)                 | 2     | −2     | 2     | −2     |
 * | `ceil`      | toward +∞                              | 3     | −2     | 3     | −2     |
 * | `floor`     | toward −∞                              | 2     | −3     | 2     | −3     |
 *
 * `half-even` (banker's rounding) is the default everywhere: it has no upward bias over many
 * lines.
 *
 * @example
 * ```ts
 * applyRate({ amount: 300, currency: "CNY" }, "0.035", "half-up"); //=> { amount: 11, currency: "CNY" }
 * ```
 * @category Money
 */
export type RoundingMode = "half-even" | "half-up" | "half-down" | "up" | "down" | "ceil" | "floor";

/**
 * Every rounding mode, default first.
 *
 * @example
 * ```ts
 * ROUNDING_MODES[0]; //=> "half-even"
 * ```
 * @category Money
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze(["half-even", "half-up", "half-down", "up", "down", "ceil", "floor"]);

/**
 * Is `value` a rounding mode?
 *
 * @example
 * ```ts
 * isRoundingMode("half-up"); //=> true
 * isRoundingMode("HALF_UP"); //=> false
 * ```
 * @category Money
 */
export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === "string" && (ROUNDING_MODES as readonly string[]).includes(value);
}

const TWO_POW_52 = 2 ** 52;

/**
 * Whether an inexact quotient moves one unit away from zero from its truncation, given the
 * sign of the exact value, how the remainder compares with half the divisor (`half`: −1
 * below, 0 a tie, 1 above) and whether the truncated quotient is odd. The one rule behind
 * both divisions below.
 */
function roundsAway(mode: RoundingMode, negative: boolean, half: number, odd: boolean): boolean {
  switch (mode) {
    case "down":
      return false;
    case "up":
      return true;
    case "ceil":
      return !negative;
    case "floor":
      return negative;
    case "half-up":
      return half >= 0;
    case "half-down":
      return half > 0;
    case "half-even":
      return half > 0 || (half === 0 && odd);
  }
}

/**
 * `numerator / divisor` rounded with `mode`, for safe integers and a positive divisor of at
 * most 2^53. Exact: `%` on integral doubles is exact, and so is dividing an exact multiple.
 * @internal
 */
export function divideRounded(numerator: number, divisor: number, mode: RoundingMode): number {
  let q: number;
  let remainder: number;
  if (Math.abs(numerator) <= TWO_POW_52) {
    // Truncated division with one correction step. Below 2^52, q × divisor stays below 2^53, so
    // every step is exact; it avoids V8's slow floating-point `%` on values above 2^31.
    q = Math.trunc(numerator / divisor);
    remainder = numerator - q * divisor;
    if (numerator >= 0) {
      if (remainder < 0) (q -= 1), (remainder += divisor);
      else if (remainder >= divisor) (q += 1), (remainder -= divisor);
    } else if (remainder > 0) (q += 1), (remainder -= divisor);
    else if (remainder <= -divisor) (q -= 1), (remainder += divisor);
  } else {
    remainder = numerator % divisor;
    q = (numerator - remainder) / divisor;
  }
  if (remainder === 0) return q === 0 ? 0 : q; // never -0
  const twice = 2 * Math.abs(remainder);
  const half = twice < divisor ? -1 : twice === divisor ? 0 : 1;
  const negative = numerator < 0;
  const result = roundsAway(mode, negative, half, q % 2 !== 0) ? (negative ? q - 1 : q + 1) : q;
  return result === 0 ? 0 : result; // never -0
}

/**
 * `numerator / divisor` rounded with `mode`, for any integers (divisor positive). Returns a
 * bigint; callers check it fits in a safe integer.
 * @internal
 */
export function divideRoundedBig(numerator: bigint, divisor: bigint, mode: RoundingMode): bigint {
  const remainder = numerator % divisor;
  const q = (numerator - remainder) / divisor;
  if (remainder === 0n) return q;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  const half = twice < divisor ? -1 : twice === divisor ? 0 : 1;
  const negative = numerator < 0n;
  if (!roundsAway(mode, negative, half, q % 2n !== 0n)) return q;
  return negative ? q - 1n : q + 1n;
}
