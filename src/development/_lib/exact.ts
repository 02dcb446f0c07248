/**
 * Exact fractions for weighted shares: weights are read as exact decimals and brought to one
 * common scale, so every sum is an integer (bigint) and a share is a fraction of two of them.
 * @internal
 * @module
 */
import { decToString, pow10n, type Dec } from "../../core/_lib/decimal.js";
import { divideRoundedBig } from "../../core/rounding.js";
import type { ExactShare } from "../types.js";

/** Brings exact decimals to one scale: returns the integer coefficients at that scale. @internal */
export function toCommonScale(decs: readonly Dec[]): { scale: number; values: bigint[] } {
  let scale = 0;
  for (const d of decs) if (d.scale > scale) scale = d.scale;
  return { scale, values: decs.map((d) => d.coefficient * pow10n(scale - d.scale)) };
}

/** `coefficient / 10^scale` as a number (through its decimal text, so 3 × 0.1 reads 0.3). @internal */
export function scaledToNumber(coefficient: bigint, scale: number): number {
  return Number(decToString({ coefficient, scale, small: undefined }));
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** An exact fraction in lowest terms, as text: `"22/29"` (`"1"` and `"0"` when whole). @internal */
export function fractionText(numerator: bigint, denominator: bigint): string {
  const g = gcd(numerator, denominator);
  const n = g === 0n ? numerator : numerator / g;
  const d = g === 0n ? denominator : denominator / g;
  return d === 1n ? n.toString() : `${n}/${d}`;
}

/** `numerator / denominator` as the nearest number. @internal */
export function ratio(numerator: bigint, denominator: bigint): number {
  const g = gcd(numerator, denominator);
  const n = g === 0n ? numerator : numerator / g;
  const d = g === 0n ? denominator : denominator / g;
  if (n >= -(2n ** 53n) && n <= 2n ** 53n && d <= 2n ** 53n) return Number(n) / Number(d);
  // very long weights: keep 17 significant digits
  return Number(divideRoundedBig(n * 10n ** 17n, d, "half-even")) / 1e17;
}

/** `100 × numerator / denominator` rounded once, half away from zero, to `digits` decimals. @internal */
export function percent(numerator: bigint, denominator: bigint, digits = 1): number {
  const unit = 10n ** BigInt(digits);
  const rounded = divideRoundedBig(numerator * 100n * unit, denominator, "half-up");
  return scaledToNumber(rounded, digits);
}

/** `numerator / denominator` (denominator positive) as an {@link ExactShare}. @internal */
export function exactShare(numerator: bigint, denominator: bigint): ExactShare {
  return { fraction: fractionText(numerator, denominator), value: ratio(numerator, denominator), percent: percent(numerator, denominator) };
}
