/**
 * Argument checks of the performance module.
 * @internal
 * @module
 */
import { checkArray, checkEnum, checkNumber, checkRecord, checkString, report, type Issues } from "../../core/_lib/check.js";
import type { Path } from "../../core/errors.js";
import type { KpiDefinition, KpiDirection, ScoringCurve } from "../types.js";

/** @internal */
export const KPI_DIRECTIONS: readonly KpiDirection[] = ["higher-is-better", "lower-is-better"];

function checkAnchor(value: unknown, path: Path, issues: Issues): boolean {
  if (!checkRecord(value, path, issues)) return false;
  const a = checkNumber(value["value"], [...path, "value"], issues);
  const b = checkNumber(value["score"], [...path, "score"], issues);
  return a && b;
}

/**
 * Checks a scoring curve: finite anchors in order of goodness (threshold worse than target,
 * target worse than stretch, in the curve's direction) with scores that do not fall; a
 * lower-is-better curve needs a threshold.
 * @internal
 */
export function checkCurve(value: unknown, path: Path, issues: Issues): value is ScoringCurve {
  if (!checkRecord(value, path, issues)) return false;
  const before = issues.length;
  if (value["direction"] !== undefined) checkEnum(value["direction"], KPI_DIRECTIONS, [...path, "direction"], issues);
  const okTarget = checkAnchor(value["target"], [...path, "target"], issues);
  const okThreshold = value["threshold"] === undefined || checkAnchor(value["threshold"], [...path, "threshold"], issues);
  const okStretch = value["stretch"] === undefined || checkAnchor(value["stretch"], [...path, "stretch"], issues);
  if (issues.length > before || !okTarget || !okThreshold || !okStretch) return false;
  const curve = value as unknown as ScoringCurve;
  const lower = curve.direction === "lower-is-better";
  if (lower && curve.threshold === undefined) report(issues, [...path, "threshold"], "validation.required");
  // anchors in order of goodness: for higher is better their values rise, for lower they fall
  const anchors = [
    ["threshold", curve.threshold],
    ["target", curve.target],
    ["stretch", curve.stretch],
  ] as const;
  let previous: { value: number; score: number } | undefined;
  for (const [name, anchor] of anchors) {
    if (anchor === undefined) continue;
    if (previous !== undefined) {
      const inOrder = lower ? anchor.value < previous.value : anchor.value > previous.value;
      if (!inOrder) report(issues, [...path, name, "value"], "validation.anchor-order", { value: anchor.value, previous: previous.value, direction: lower ? "lower-is-better" : "higher-is-better" });
      if (anchor.score < previous.score) report(issues, [...path, name, "score"], "validation.anchor-order", { value: anchor.score, previous: previous.score, direction: "score" });
    }
    previous = anchor;
  }
  if (!lower && curve.threshold === undefined && curve.target.value <= 0) report(issues, [...path, "target", "value"], "validation.range", { min: 0, value: curve.target.value });
  return issues.length === before;
}

/** Checks a KPI definition: id, direction, curve, optional weight and bands. @internal */
export function checkKpi(value: unknown, path: Path, issues: Issues, opts: { weightRequired?: boolean } = {}): value is KpiDefinition {
  if (!checkRecord(value, path, issues)) return false;
  const before = issues.length;
  checkString(value["id"], [...path, "id"], issues, { nonEmpty: true });
  if (value["name"] !== undefined) checkString(value["name"], [...path, "name"], issues);
  if (value["unit"] !== undefined) checkString(value["unit"], [...path, "unit"], issues);
  // the curve check below reports a bad direction; here only a missing one
  if (value["direction"] === undefined) report(issues, [...path, "direction"], "validation.required");
  if (value["weight"] !== undefined || opts.weightRequired === true) checkNumber(value["weight"], [...path, "weight"], issues, { min: 0 });
  checkCurve(value, path, issues);
  const bands = value["bands"];
  if (bands !== undefined && checkRecord(bands, [...path, "bands"], issues)) {
    checkEnum(bands["basis"], ["value", "achievement"] as const, [...path, "bands", "basis"], issues);
    const steps = bands["steps"];
    if (checkArray(steps, [...path, "bands", "steps"], issues, { nonEmpty: true })) {
      let last = -Infinity;
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i];
        const sp = [...path, "bands", "steps", i];
        if (!checkRecord(step, sp, issues)) continue;
        checkNumber(step["score"], [...sp, "score"], issues);
        if (step["from"] === undefined) {
          if (i > 0) report(issues, [...sp, "from"], "validation.required");
        } else if (checkNumber(step["from"], [...sp, "from"], issues)) {
          if ((step["from"] as number) <= last) report(issues, [...sp, "from"], "validation.anchor-order", { value: step["from"] as number, previous: last, direction: "bands" });
          last = step["from"] as number;
        }
      }
    }
  }
  return issues.length === before;
}
