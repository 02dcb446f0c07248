/**
 * Goal progress, pace, forecast and status.
 * @module
 */
import { checkCalendarDate, checkNumber, checkOptions, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { toDayNumber, type CalendarDate } from "../core/dates.js";
import { step as explainStep, type ExplanationStep } from "../core/explain.js";
import type { Finding } from "../core/findings.js";
import type { GoalFindingCode } from "./codes.js";
import { checkGoal, checkObservations } from "./_lib/check-goal.js";
import { meetsTarget } from "./_lib/direction.js";
import type { Goal, GoalProgress, GoalStatus, Observation, ProgressPolicy } from "./types.js";

/**
 * The default status thresholds of {@link goalProgress}, in percentage points of lag: Engagedly's
 * published automatic goal status (gap below 16.5 on track, 16.5 to 33 behind, beyond 33 at risk;
 * we call the last two `at-risk` and `off-track`, and count a gap of exactly 16.5 as on track).
 *
 * @example
 * ```ts
 * DEFAULT_PROGRESS_POLICY.onTrackGap; //=> 16.5
 * ```
 * @category Goals
 */
export const DEFAULT_PROGRESS_POLICY = Object.freeze({ onTrackGap: 16.5, atRiskGap: 33 } as const satisfies ProgressPolicy);

/**
 * How far a goal has come by `asOf`, how far it should have come, where it is heading and what
 * that means:
 *
 * - `current`: the latest check-in on or before `asOf` (later ones are ignored; on the same day
 *   the last one listed wins); the baseline when there is none yet;
 * - `progress = (current − baseline) / (target − baseline)`, direction-aware, floored at 0 and
 *   not capped (baseline 0 when absent for an increase); for `maintain-*` and `achieve` goals,
 *   1 while the condition holds (or is done) and 0 otherwise;
 * - `expected`: the elapsed share of the span, days included (`elapsedFraction`);
 *   `gap = (expected − progress) × 100` points;
 * - `projected = baseline + (current − baseline) / expected`: the linear run-rate at the due date;
 *   `requiredRate`: the change per remaining day still needed to reach the target;
 * - `status`: `not-started` before the start; `achieved` once the target is met (≥ for higher
 *   is better, ≤ for lower); `missed` after the due date short of it; otherwise `on-track` for a
 *   gap of at most 16.5 points, `at-risk` up to 33, `off-track` beyond. `unknown` when the goal
 *   cannot be measured (no metric, target or direction; no span; a decrease without baseline).
 *
 * @throws {ValidationError} when the goal, a check-in, `asOf` or the policy is malformed.
 * @example
 * ```ts
 * const goal = {
 *   id: "rev", title: "Q4 新签 100 家", metric: { unit: "count", direction: "increase", baseline: 0, target: 100 },
 *   start: "2026-10-01", due: "2026-12-31",
 * } as const;
 * const p = goalProgress(goal, [{ date: "2026-11-28", value: 50 }], "2026-11-28");
 * p.progress; //=> 0.5
 * p.expected; //=> 59 / 92
 * p.status;   //=> "on-track" (gap 14.1 points)
 * ```
 * @category Goals
 */
export function goalProgress(goal: Goal, checkIns: readonly Observation[], asOf: CalendarDate, policy?: ProgressPolicy): GoalProgress {
  const issues: Issues = [];
  checkGoal(goal, ["goal"], issues);
  checkObservations(checkIns, ["checkIns"], issues);
  checkCalendarDate(asOf, ["asOf"], issues);
  if (checkOptions(policy, ["policy"], issues) && policy !== undefined) {
    if (policy.onTrackGap !== undefined) checkNumber(policy.onTrackGap, ["policy", "onTrackGap"], issues, { min: 0 });
    if (policy.atRiskGap !== undefined) {
      const onTrack = typeof policy.onTrackGap === "number" ? policy.onTrackGap : DEFAULT_PROGRESS_POLICY.onTrackGap;
      checkNumber(policy.atRiskGap, ["policy", "atRiskGap"], issues, { min: onTrack });
    }
  }
  throwIfIssues(issues);
  return computeProgress(goal, checkIns, asOf, {
    onTrackGap: policy?.onTrackGap ?? DEFAULT_PROGRESS_POLICY.onTrackGap,
    atRiskGap: policy?.atRiskGap ?? DEFAULT_PROGRESS_POLICY.atRiskGap,
  });
}

type F = Finding<GoalFindingCode>;

function latestOnOrBefore(checkIns: readonly Observation[], asOf: number): Observation | undefined {
  let latest: Observation | undefined;
  let latestDay = -Infinity;
  for (const o of checkIns) {
    const day = toDayNumber(o.date);
    if (day <= asOf && day >= latestDay) {
      latest = o;
      latestDay = day;
    }
  }
  return latest;
}

function unknown(findings: F[], steps: ExplanationStep[]): GoalProgress {
  steps.push(explainStep("goals.progress.status", "unknown", {}, "unknown"));
  return { current: null, progress: null, expected: null, gap: null, projected: null, requiredRate: null, status: "unknown", findings, explanation: { steps } };
}

/** {@link goalProgress} on validated input. @internal */
export function computeProgress(goal: Goal, checkIns: readonly Observation[], asOf: CalendarDate, policy: Required<ProgressPolicy>): GoalProgress {
  const findings: F[] = [];
  const steps: ExplanationStep[] = [];
  const metric = goal.metric;
  const direction = metric?.direction;
  const target = metric?.target;
  if (metric === undefined || direction === undefined || target === undefined) {
    findings.push({ code: "goals.progress.no-metric", severity: "warning", path: ["metric"] });
    return unknown(findings, steps);
  }
  const today = toDayNumber(asOf);
  const baseline = metric.baseline ?? (direction === "increase" ? 0 : direction === "achieve" ? 0 : undefined);
  if (direction === "decrease" && baseline === undefined) {
    findings.push({ code: "goals.progress.no-baseline", severity: "warning", path: ["metric", "baseline"] });
    return unknown(findings, steps);
  }

  // current value
  const latest = latestOnOrBefore(checkIns, today);
  const current = latest?.value ?? baseline ?? null;
  if (latest === undefined && (goal.start === undefined || toDayNumber(goal.start) <= today)) {
    findings.push({ code: "goals.progress.no-check-in", severity: "warning", params: { asOf } });
  }
  steps.push(explainStep("goals.progress.current", "latest check-in ≤ asOf", latest === undefined ? { asOf } : { asOf, date: latest.date }, current ?? "—"));

  // progress
  let progress: number | null = null;
  if (current !== null) {
    if (direction === "increase" || direction === "decrease") {
      const base = baseline!;
      progress = target === base ? (meetsTarget(direction, current, target) ? 1 : 0) : Math.max(0, (current - base) / (target - base));
      steps.push(explainStep("goals.progress.ratio", "max(0, (current − baseline) / (target − baseline))", { current, baseline: base, target }, progress));
    } else {
      progress = meetsTarget(direction, current, target) ? 1 : 0;
      steps.push(explainStep("goals.progress.condition", direction === "achieve" ? "done ? 1 : 0" : "condition holds ? 1 : 0", { current, target, direction }, progress));
    }
  }

  // pace
  if (goal.start === undefined || goal.due === undefined || toDayNumber(goal.due) < toDayNumber(goal.start)) {
    findings.push({ code: "goals.progress.no-span", severity: "warning", path: goal.start === undefined ? ["start"] : ["due"] });
    const met = current !== null && meetsTarget(direction, current, target) && direction !== "maintain-at-least" && direction !== "maintain-at-most";
    const status: GoalStatus = met ? "achieved" : "unknown";
    steps.push(explainStep("goals.progress.status", "no span", {}, status));
    return { current, progress, expected: null, gap: null, projected: null, requiredRate: null, status, findings, explanation: { steps } };
  }
  const start = toDayNumber(goal.start);
  const due = toDayNumber(goal.due);
  const days = due - start + 1;
  const expected = today < start ? 0 : today >= due ? 1 : (today - start + 1) / days;
  steps.push(explainStep("goals.progress.expected", "(asOf − start + 1) / (due − start + 1)", { start: goal.start, due: goal.due, asOf }, expected));
  const gap = progress === null ? null : (expected - progress) * 100;

  let projected: number | null = null;
  let requiredRate: number | null = null;
  if (current !== null && baseline !== undefined && expected > 0 && (direction === "increase" || direction === "decrease")) {
    projected = baseline + (current - baseline) / expected;
    steps.push(explainStep("goals.progress.projected", "baseline + (current − baseline) / expected", { baseline, current, expected }, projected));
  }
  const remaining = due - Math.max(today, start - 1);
  if (current !== null && remaining > 0 && direction !== "achieve") {
    requiredRate = (target - current) / remaining;
    if (meetsTarget(direction, current, target)) requiredRate = 0;
    steps.push(explainStep("goals.progress.required-rate", "(target − current) / days left", { target, current, days: remaining }, requiredRate));
  }

  const met = current !== null && meetsTarget(direction, current, target);
  const threshold = direction === "maintain-at-least" || direction === "maintain-at-most";
  let status: GoalStatus;
  if (today < start) status = "not-started";
  else if (current === null) status = "unknown"; // no check-in and no baseline: nothing to judge by
  else if (threshold) {
    // a threshold goal is on track while it holds; at the end it was achieved or missed
    status = today > due ? (met ? "achieved" : "missed") : met ? "on-track" : "off-track";
  } else if (met) status = "achieved";
  else if (today > due) status = "missed";
  else if (gap === null) status = "unknown";
  else status = gap <= policy.onTrackGap ? "on-track" : gap <= policy.atRiskGap ? "at-risk" : "off-track";
  steps.push(
    threshold || gap === null
      ? explainStep("goals.progress.status", "condition holds on the day", {}, status)
      : explainStep("goals.progress.status", `gap ≤ ${policy.onTrackGap} on track, ≤ ${policy.atRiskGap} at risk, else off track`, { gap }, status),
  );
  return { current, progress, expected, gap, projected, requiredRate, status, findings, explanation: { steps } };
}
