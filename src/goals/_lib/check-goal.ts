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
  isRecord,
  report,
  type Issues,
} from "../../core/_lib/check.js";
import { parseCivil } from "../../core/_lib/civil.js";
import type { Path } from "../../core/errors.js";
import type { Goal, GoalDirection, Observation } from "../types.js";

/** @internal */
export const GOAL_DIRECTIONS: readonly GoalDirection[] = ["increase", "decrease", "maintain-at-least", "maintain-at-most", "achieve"];

function optional(value: unknown, check: (v: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

const DIRECTIONS: ReadonlySet<unknown> = new Set(GOAL_DIRECTIONS);
const isOptionalString = (v: unknown) => v === undefined || typeof v === "string";
const isOptionalNonEmpty = (v: unknown) => v === undefined || (typeof v === "string" && v.trim() !== "");
const isOptionalFinite = (v: unknown) => v === undefined || (typeof v === "number" && Number.isFinite(v));
const isOptionalDate = (v: unknown) => v === undefined || (typeof v === "string" && parseCivil(v) !== undefined);

/**
 * Is `value` a well-formed goal? The same rules as {@link checkGoal}, without building any path:
 * the fast path for the common case (a test checks the two always agree).
 * @internal
 */
export function isWellFormedGoal(value: unknown): value is Goal {
  if (!isRecord(value)) return false;
  const g = value;
  if (typeof g["id"] !== "string" || g["id"].trim() === "" || typeof g["title"] !== "string") return false;
  if (!isOptionalString(g["description"]) || !isOptionalString(g["ownerId"]) || !isOptionalNonEmpty(g["parentId"])) return false;
  if (!isOptionalDate(g["start"]) || !isOptionalDate(g["due"])) return false;
  const w = g["weight"];
  if (w !== undefined && !(typeof w === "number" && Number.isFinite(w) && w >= 0)) return false;
  if (g["archived"] !== undefined && typeof g["archived"] !== "boolean") return false;
  const aligned = g["alignedTo"];
  if (aligned !== undefined) {
    if (!Array.isArray(aligned)) return false;
    for (let i = 0; i < aligned.length; i++) if (typeof aligned[i] !== "string" || (aligned[i] as string).trim() === "") return false;
  }
  const m = g["metric"];
  if (m === undefined) return true;
  if (!isRecord(m)) return false;
  if (!isOptionalString(m["name"]) || !isOptionalString(m["unit"])) return false;
  if (m["direction"] !== undefined && !DIRECTIONS.has(m["direction"])) return false;
  return isOptionalFinite(m["baseline"]) && isOptionalFinite(m["target"]);
}

/** Checks one goal's shape (not its SMART quality: that is what findings are for). @internal */
export function checkGoal(value: unknown, path: Path, issues: Issues): value is Goal {
  return isWellFormedGoal(value) || reportGoalIssues(value, path, issues);
}

/** The full check of one goal, naming every bad path; true when it found nothing. @internal */
export function reportGoalIssues(value: unknown, path: Path, issues: Issues): boolean {
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
    if (isRecord(o) && typeof o["date"] === "string" && parseCivil(o["date"]) !== undefined && typeof o["value"] === "number" && Number.isFinite(o["value"])) continue;
    if (!checkRecord(o, [...path, i], issues)) continue;
    checkCalendarDate(o["date"], [...path, i, "date"], issues);
    checkNumber(o["value"], [...path, i, "value"], issues);
  }
  return issues.length === before;
}
