/**
 * The threshold / target / stretch scoring curve.
 * @module
 */
import { throwIfIssues, type Issues } from "../core/_lib/check.js";
import { checkCurve } from "./_lib/check.js";
import type { ScoringCurve } from "./types.js";

/**
 * Where on its curve a value landed.
 *
 * @example
 * ```ts
 * const segment: CurveSegment = "target-to-stretch";
 * ```
 * @category Performance
 */
export type CurveSegment = "below-threshold" | "at-threshold" | "threshold-to-target" | "target-to-stretch" | "capped";

/**
 * The score of a value on a curve, and which part of the curve it fell on.
 *
 * @example
 * ```ts
 * const point: CurvePoint = { score: 75, segment: "threshold-to-target", capped: false };
 * ```
 * @category Performance
 */
export interface CurvePoint {
  readonly score: number;
  readonly segment: CurveSegment;
  readonly capped: boolean;
}

/**
 * Scores a value on a threshold / target / stretch curve:
 * - worse than the threshold: 0; exactly at the threshold: its score (the threshold is
 *   inclusive, and its score need not lie on the line from 0);
 * - between two anchors: `s_lo + (x − x_lo) / (x_hi − x_lo) × (s_hi − s_lo)`, which serves
 *   lower-is-better curves unchanged (their anchors run the other way);
 * - at or beyond the stretch: the stretch score (the cap); with no stretch, the target's score;
 * - no threshold: a higher-is-better line from (0, 0) to the target.
 *
 * @throws {ValidationError} when the curve is malformed (anchors out of order, falling scores, a
 * lower-is-better curve without threshold) or `value` is not a finite number.
 * @example
 * ```ts
 * const curve = { threshold: { value: 80, score: 50 }, target: { value: 100, score: 100 }, stretch: { value: 120, score: 150 } };
 * scoreOnCurve(curve, 90).score;  //=> 75
 * scoreOnCurve(curve, 130).score; //=> 150 (capped)
 * scoreOnCurve(curve, 79.9).score; //=> 0
 * ```
 * @category Performance
 */
export function scoreOnCurve(curve: ScoringCurve, value: number): CurvePoint {
  const issues: Issues = [];
  checkCurve(curve, ["curve"], issues);
  if (typeof value !== "number" || !Number.isFinite(value)) issues.push({ path: ["value"], code: typeof value === "number" ? "validation.number" : "validation.type", params: typeof value === "number" ? { value: String(value) } : { expected: "number", received: typeof value } });
  throwIfIssues(issues);
  return pointOnCurve(curve, value);
}

/**
 * {@link scoreOnCurve} on a validated curve and value.
 * @internal
 */
export function pointOnCurve(curve: ScoringCurve, x: number): CurvePoint {
  const score = scoreAt(curve, x);
  const segment = segmentOf(curve, x);
  return { score, segment, capped: segment === "capped" };
}

/** Is `a` at least as good as `b` on this curve? @internal */
function atLeast(lower: boolean, a: number, b: number): boolean {
  return lower ? a <= b : a >= b;
}

/** The part of the curve `x` falls on. @internal */
export function segmentOf(curve: ScoringCurve, x: number): CurveSegment {
  const lower = curve.direction === "lower-is-better";
  const top = curve.stretch ?? curve.target;
  const threshold = curve.threshold?.value ?? 0;
  if (x === top.value) return curve.stretch === undefined ? "threshold-to-target" : "target-to-stretch";
  if (atLeast(lower, x, top.value)) return "capped";
  if (!atLeast(lower, x, threshold)) return "below-threshold";
  if (x === threshold) return "at-threshold";
  return atLeast(lower, x, curve.target.value) ? "target-to-stretch" : "threshold-to-target";
}

/**
 * The score alone, allocating nothing: the hot path of scorecards.
 * @internal
 */
export function scoreAt(curve: ScoringCurve, x: number): number {
  const lower = curve.direction === "lower-is-better";
  const target = curve.target;
  const stretch = curve.stretch;
  const top = stretch ?? target;
  if (x === top.value || atLeast(lower, x, top.value)) return top.score;
  const threshold = curve.threshold;
  const tValue = threshold?.value ?? 0;
  const tScore = threshold?.score ?? 0;
  if (!atLeast(lower, x, tValue)) return 0;
  if (x === tValue) return tScore;
  if (!atLeast(lower, x, target.value)) return tScore + ((x - tValue) / (target.value - tValue)) * (target.score - tScore);
  // between target and stretch: a stretch exists, or x would have been capped above
  return target.score + ((x - target.value) / (stretch!.value - target.value)) * (stretch!.score - target.score);
}
