/**
 * Argument checks shared by the goals functions.
 * @internal
 * @module
 */
import {
  checkArray,
  checkCalendarDate,
  checkEnum,
  checkNumber,
  checkRecord,
  checkString,
  report,
  type Issues,
} from "../../core/_lib/check.js";
import type { Path } from "../../core/errors.js";
import type { Goal, GoalDirection, Observation } from "../types.js";

/** @internal */
export const GOAL_DIRECTIONS: readonly GoalDirection[] = ["increase", "decrease", "maintain-at-least", "maintain-at-most", "achieve"];

function optional(value: unknown, check: (v: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

/** Checks one goal's shape (not its SMART quality: that is what findings are for). @internal */
export function checkGoal(value: unknown, path: Path, issues: Issues): value is Goal {
  if (!checkRecord(value, path, issues)) return false;
  const before = issues.length;
  checkString(value["id"], [...path, "id"], issues, { nonEmpty: true });
  checkString(value["title"], [...path, "title"], issues);
  optional(value["description"], (v) => checkString(v, [...path, "description"], issues));
  optional(value["ownerId"], (v) => checkString(v, [...path, "ownerId"], issues));
  optional(value["start"], (v) => checkCalendarDate(v, [...path, "start"], issues));
  optional(value["due"], (v) => checkCalendarDate(v, [...path, "due"], issues));
  optional(value["parentId"], (v) => checkString(v, [...path, "parentId"], issues, { nonEmpty: true }));
  optional(value["weight"], (v) => checkNumber(v, [...path, "weight"], issues, { min: 0 }));
  if (value["archived"] !== undefined && typeof value["archived"] !== "boolean") {
    report(issues, [...path, "archived"], "validation.type", { expected: "boolean", received: typeof value["archived"] });
  }
  const aligned = value["alignedTo"];
  if (aligned !== undefined && checkArray(aligned, [...path, "alignedTo"], issues)) {
    for (let i = 0; i < aligned.length; i++) checkString(aligned[i], [...path, "alignedTo", i], issues, { nonEmpty: true });
  }
  const metric = value["metric"];
  if (metric !== undefined && checkRecord(metric, [...path, "metric"], issues)) {
    const m = [...path, "metric"];
    optional(metric["name"], (v) => checkString(v, [...m, "name"], issues));
    optional(metric["unit"], (v) => checkString(v, [...m, "unit"], issues));
    optional(metric["direction"], (v) => checkEnum(v, GOAL_DIRECTIONS, [...m, "direction"], issues));
    optional(metric["baseline"], (v) => checkNumber(v, [...m, "baseline"], issues));
    optional(metric["target"], (v) => checkNumber(v, [...m, "target"], issues));
  }
  return issues.length === before;
}

/** Checks a list of goals, each one, and that ids are unique. @internal */
export function checkGoals(value: unknown, path: Path, issues: Issues): value is readonly Goal[] {
  if (!checkArray(value, path, issues)) return false;
  const before = issues.length;
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const goal = value[i];
    if (!checkGoal(goal, [...path, i], issues)) continue;
    if (seen.has(goal.id)) report(issues, [...path, i, "id"], "validation.duplicate", { value: goal.id });
    seen.add(goal.id);
  }
  return issues.length === before;
}

/** Checks check-ins: real dates and finite values. @internal */
export function checkObservations(value: unknown, path: Path, issues: Issues): value is readonly Observation[] {
  if (!checkArray(value, path, issues)) return false;
  const before = issues.length;
  for (let i = 0; i < value.length; i++) {
    const o = value[i];
    if (!checkRecord(o, [...path, i], issues)) continue;
    checkCalendarDate(o["date"], [...path, i, "date"], issues);
    checkNumber(o["value"], [...path, i, "value"], issues);
  }
  return issues.length === before;
}
