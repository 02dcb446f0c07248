/**
 * Exact arithmetic on non-negative decimals given as numbers: each number stands for the
 * decimal it prints as (7.5 is 75/10), values are scaled to integers at a common scale, and
 * sums are kept in doubles while they are safe integers, in bigints otherwise.
 * @internal
 * @module
 */
import { parseDec, POW10, pow10n } from "../../core/_lib/decimal.js";

/** Digits after the point of a number already checked by `parseDec`. @internal */
export function scaleOf(x: number): number {
  return Number.isInteger(x) ? 0 : parseDec(x)!.scale;
}

/** `x × 10^s` as a double; not a safe integer (or NaN) when it cannot be held exactly. @internal */
export function scaled(x: number, s: number): number {
  if (s > 22) return Number.NaN;
  if (Number.isInteger(x)) return x * POW10[s]!;
  const d = parseDec(x)!;
  return d.small === undefined ? Number.NaN : d.small * POW10[s - d.scale]!;
}

/** `x × 10^s` as a bigint. @internal */
export function scaledBig(x: number, s: number): bigint {
  if (Number.isInteger(x)) return BigInt(x) * pow10n(s);
  const d = parseDec(x)!;
  return d.coefficient * pow10n(s - d.scale);
}

/** Is `k` an integer a double holds exactly? (false for NaN) @internal */
export const isSafe = (k: number): boolean => k <= Number.MAX_SAFE_INTEGER;

/** `a ÷ b` of two decimals, rounded once when their scaled values are safe integers. @internal */
export function ratio(a: number, b: number): number {
  if (Number.isInteger(a) && Number.isInteger(b)) return a / b;
  const s = Math.max(scaleOf(a), scaleOf(b));
  const ka = scaled(a, s);
  const kb = scaled(b, s);
  if (isSafe(ka) && isSafe(kb)) return ka / kb;
  return Number(scaledBig(a, s)) / Number(scaledBig(b, s));
}

/** `Σ a ÷ Σ b`, the sums exact; `null` when `Σ b` is 0. @internal */
export function ratioOfSums(as: readonly number[], bs: readonly number[]): number | null {
  let s = 0;
  for (const x of as) s = Math.max(s, scaleOf(x));
  for (const x of bs) s = Math.max(s, scaleOf(x));
  let sa = 0;
  let sb = 0;
  for (const x of as) sa += scaled(x, s);
  for (const x of bs) sb += scaled(x, s);
  if (isSafe(sa) && isSafe(sb)) return sb === 0 ? null : sa / sb;
  let ba = 0n;
  let bb = 0n;
  for (const x of as) ba += scaledBig(x, s);
  for (const x of bs) bb += scaledBig(x, s);
  return bb === 0n ? null : Number(ba) / Number(bb);
}
