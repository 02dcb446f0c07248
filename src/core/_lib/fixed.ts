/**
 * Exact decimal and fraction arithmetic. Decimals stay decimals (`coefficient / 10^scale`):
 * amounts, shares, rates, hours and limits given as decimals have exact sums and products.
 * Ratios that are not decimals (attainment, proration by days, a bonus curve between anchors)
 * are fractions of bigints. Payouts round each line once; signals compare without rounding.
 * @internal
 * @module
 */
import { divideRoundedBig, type RoundingMode } from "../rounding.js";
import { decToString, pow10n, type Dec } from "./decimal.js";

/** An exact decimal `c / 10^s` (`s ≥ 0`). @internal */
export interface Fx {
  readonly c: bigint;
  readonly s: number;
}

/** Zero. @internal */
export const FX_ZERO: Fx = { c: 0n, s: 0 };

const POW10N: bigint[] = Array.from({ length: 64 }, (_, i) => 10n ** BigInt(i));

function p10(n: number): bigint {
  return n < POW10N.length ? POW10N[n]! : pow10n(n);
}

/** An integer as a decimal. @internal */
export function fxInt(n: number | bigint): Fx {
  return { c: BigInt(n), s: 0 };
}

/** A parsed decimal as an {@link Fx}. @internal */
export function fxDec(d: Dec): Fx {
  return { c: d.coefficient, s: d.scale };
}

/** `a × b`. @internal */
export function fxMul(a: Fx, b: Fx): Fx {
  return { c: a.c * b.c, s: a.s + b.s };
}

/** `a + b`. @internal */
export function fxAdd(a: Fx, b: Fx): Fx {
  if (a.s === b.s) return { c: a.c + b.c, s: a.s };
  return a.s > b.s ? { c: a.c + b.c * p10(a.s - b.s), s: a.s } : { c: a.c * p10(b.s - a.s) + b.c, s: b.s };
}

/** `a − b`. @internal */
export function fxSub(a: Fx, b: Fx): Fx {
  return fxAdd(a, { c: -b.c, s: b.s });
}

/** `−a`. @internal */
export function fxNeg(a: Fx): Fx {
  return { c: -a.c, s: a.s };
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`. @internal */
export function fxCmp(a: Fx, b: Fx): number {
  const x = a.s >= b.s ? a.c : a.c * p10(b.s - a.s);
  const y = b.s >= a.s ? b.c : b.c * p10(a.s - b.s);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The smaller of two decimals. @internal */
export function fxMin(a: Fx, b: Fx): Fx {
  return fxCmp(a, b) <= 0 ? a : b;
}

/** The larger of two decimals. @internal */
export function fxMax(a: Fx, b: Fx): Fx {
  return fxCmp(a, b) >= 0 ? a : b;
}

/** `a` rounded to an integer with `mode`. @internal */
export function fxRound(a: Fx, mode: RoundingMode): bigint {
  return a.s === 0 ? a.c : divideRoundedBig(a.c, p10(a.s), mode);
}

/** `a` with trailing zeros dropped from its scale. @internal */
export function fxTrim(a: Fx): Fx {
  let { c, s } = a;
  while (s > 0 && c % 10n === 0n) {
    c /= 10n;
    s -= 1;
  }
  return { c, s };
}

/** Canonical decimal text (`"5555.565"`). @internal */
export function fxText(a: Fx): string {
  const t = fxTrim(a);
  return decToString({ coefficient: t.c, scale: t.s, small: undefined });
}

/** `a` as the nearest double (for display and ratios, never for money). @internal */
export function fxNumber(a: Fx): number {
  return Number(fxText(a));
}

/** An exact fraction `n / d` with `d > 0`. @internal */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

/** A decimal as a fraction. @internal */
export function ratioOf(a: Fx): Ratio {
  return { n: a.c, d: p10(a.s) };
}

/** `n / d` for integers (`d > 0`). @internal */
export function ratio(n: bigint, d: bigint): Ratio {
  return { n, d };
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The fraction in lowest terms. @internal */
export function rReduce(a: Ratio): Ratio {
  const g = gcd(a.n, a.d);
  return g <= 1n ? a : { n: a.n / g, d: a.d / g };
}

/** `a + b`. @internal */
export function rAdd(a: Ratio, b: Ratio): Ratio {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : rReduce({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
}

/** `a − b`. @internal */
export function rSub(a: Ratio, b: Ratio): Ratio {
  return rAdd(a, { n: -b.n, d: b.d });
}

/** `a × b`. @internal */
export function rMul(a: Ratio, b: Ratio): Ratio {
  return rReduce({ n: a.n * b.n, d: a.d * b.d });
}

/** `a ÷ b` (`b ≠ 0`). @internal */
export function rDiv(a: Ratio, b: Ratio): Ratio {
  const sign = b.n < 0n ? -1n : 1n;
  return rReduce({ n: a.n * b.d * sign, d: a.d * b.n * sign });
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`. @internal */
export function rCmp(a: Ratio, b: Ratio): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** `a` rounded to an integer with `mode`. @internal */
export function rRound(a: Ratio, mode: RoundingMode): bigint {
  return divideRoundedBig(a.n, a.d, mode);
}

/** `a` as the nearest double (17 significant digits are kept before converting). @internal */
export function rNumber(a: Ratio): number {
  if (a.n === 0n) return 0;
  const n = Number(a.n);
  const d = Number(a.d);
  if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return n / d;
  const scaled = (a.n * 10n ** 20n) / a.d;
  return Number(scaled) / 1e20;
}

/**
 * Exact text of a fraction: a terminating decimal when it is one (`"1.3"`), otherwise the
 * fraction itself (`"14/15"`), so an explanation never shows a rounded ratio as if exact.
 * @internal
 */
export function rText(a: Ratio): string {
  const r = rReduce(a);
  let d = r.d;
  let s = 0;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) (d /= 2n), twos++;
  while (d % 5n === 0n) (d /= 5n), fives++;
  if (d !== 1n) return `${r.n}/${r.d}`;
  s = Math.max(twos, fives);
  return fxText({ c: (r.n * p10(s)) / r.d, s });
}
