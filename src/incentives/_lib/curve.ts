/**
 * The performance scoring curve, computed exactly: bonus factors must not carry float error
 * into money. Same rule as `scoreOnCurve`, on fractions.
 * @internal
 * @module
 */
import { parseDec } from "../../core/_lib/decimal.js";
import type { ScoringCurve } from "../../performance/types.js";
import { fxDec, rAdd, rCmp, rDiv, rMul, ratioOf, rSub, type Ratio } from "../../core/_lib/fixed.js";

const ZERO: Ratio = { n: 0n, d: 1n };

function exact(x: number): Ratio {
  return ratioOf(fxDec(parseDec(x)!));
}

function atLeast(lower: boolean, a: Ratio, b: Ratio): boolean {
  const c = rCmp(a, b);
  return lower ? c <= 0 : c >= 0;
}

/** The curve's score at `x`, exactly. @internal */
export function scoreExact(curve: ScoringCurve, x: Ratio): Ratio {
  const lower = curve.direction === "lower-is-better";
  const top = curve.stretch ?? curve.target;
  const topValue = exact(top.value);
  if (atLeast(lower, x, topValue)) return exact(top.score);
  const tValue = curve.threshold === undefined ? ZERO : exact(curve.threshold.value);
  const tScore = curve.threshold === undefined ? ZERO : exact(curve.threshold.score);
  if (!atLeast(lower, x, tValue)) return ZERO;
  if (rCmp(x, tValue) === 0) return tScore;
  const target = exact(curve.target.value);
  const targetScore = exact(curve.target.score);
  if (!atLeast(lower, x, target)) return rAdd(tScore, rMul(rDiv(rSub(x, tValue), rSub(target, tValue)), rSub(targetScore, tScore)));
  const stretch = curve.stretch!;
  return rAdd(targetScore, rMul(rDiv(rSub(x, target), rSub(exact(stretch.value), target)), rSub(exact(stretch.score), targetScore)));
}
