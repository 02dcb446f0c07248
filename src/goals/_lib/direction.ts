/**
 * What a goal's direction means for comparisons.
 * @internal
 * @module
 */
import type { GoalDirection } from "../types.js";

/** Does a higher value count as better for this direction? @internal */
export function higherIsBetter(direction: GoalDirection): boolean {
  return direction === "increase" || direction === "maintain-at-least" || direction === "achieve";
}

/** Is `value` at or past `target` in the goal's direction (≥ when higher is better, ≤ otherwise)? @internal */
export function meetsTarget(direction: GoalDirection, value: number, target: number): boolean {
  return higherIsBetter(direction) ? value >= target : value <= target;
}
