/**
 * The goal data types: goals, their metrics and check-ins, and the results of the checks.
 * Schemas for each live in `schema.ts`, checked against these interfaces by a type test.
 * @module
 */
import type { CalendarDate, Explanation, Finding } from "../core/index.js";
import type { GoalFindingCode } from "./codes.js";

/**
 * Which way a goal's metric should move:
 * - `increase` — raise it from a baseline to the target (新签客户从 0 到 20 家);
 * - `decrease` — lower it from a baseline to the target (响应时间从 48 小时缩短到 24 小时);
 * - `maintain-at-least` — keep it at or above the target all period (回款率 ≥ 95%);
 * - `maintain-at-most` — keep it at or below the target (逾期应收 ≤ 50 万元);
 * - `achieve` — done or not done (上线新的报价流程): a check-in of 1 means done, 0 not yet.
 *
 * @example
 * ```ts
 * const direction: GoalDirection = "decrease";
 * ```
 * @category Goals
 */
export type GoalDirection = "increase" | "decrease" | "maintain-at-least" | "maintain-at-most" | "achieve";

/**
 * How a goal is measured: a number in a unit, moving in a direction from a baseline to a
 * target. Missing parts are not errors: {@link checkSmart} reports them as findings. Currency goals count in major units with the ISO code as unit (500000, "CNY");
 * percentages in points ("percent": 95 means 95%).
 *
 * @example
 * ```ts
 * const metric: GoalMetric = { name: "新签企业客户", unit: "count", direction: "increase", baseline: 0, target: 20 };
 * ```
 * @category Goals
 */
export interface GoalMetric {
  /** What is counted, in words: "新签企业客户", "first-response time". */
  readonly name?: string;
  /** The unit: "count", "percent", "hours", "days", an ISO 4217 code, or any word the team uses. A metric without one is a SMART finding. */
  readonly unit?: string;
  /** Which way it should move; a metric without one is a SMART finding. */
  readonly direction?: GoalDirection;
  /** Where the metric stands when the goal starts; required for `increase` and `decrease` by the SMART check. */
  readonly baseline?: number;
  /** The value to reach (or to stay on the right side of); a metric without one is a SMART finding, not an error. */
  readonly target?: number;
}

/**
 * A goal: what one person (or the team) commits to, by when, and how it serves a larger goal.
 *
 * @example
 * ```ts
 * const goal: Goal = {
 *   id: "g-zhang", title: "2027 Q1 新签企业客户 20 家", ownerId: "am-zhang",
 *   metric: { unit: "count", direction: "increase", baseline: 0, target: 20 },
 *   start: "2027-01-01", due: "2027-03-31", parentId: "team-growth",
 * };
 * ```
 * @category Goals
 */
export interface Goal {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** The member accountable for it (Doran's "assignable"). */
  readonly ownerId?: string;
  readonly metric?: GoalMetric;
  /** First day of the goal, included. */
  readonly start?: CalendarDate;
  /** Last day of the goal, included. */
  readonly due?: CalendarDate;
  /** The goal this one contributes to, in the same goal tree. */
  readonly parentId?: string;
  /** Strategy or objective ids outside the goal tree that this goal serves. */
  readonly alignedTo?: readonly string[];
  /** Weight in its parent's roll-up; default 1, 0 leaves it out. */
  readonly weight?: number;
  /** Archived goals are left out of roll-ups. */
  readonly archived?: boolean;
}

/**
 * A check-in: the value of a goal's metric on a day.
 *
 * @example
 * ```ts
 * const checkIn: Observation = { date: "2026-11-28", value: 50 };
 * ```
 * @category Goals
 */
export interface Observation {
  readonly date: CalendarDate;
  readonly value: number;
}

/**
 * The defaults of {@link checkSmart}; every field may be overridden.
 *
 * @example
 * ```ts
 * const strict: SmartPolicy = { maxSpanDays: 190, achievable: { warnRatio: 1.3, failRatio: 2 } };
 * ```
 * @category Goals
 */
export interface SmartPolicy {
  /** Words that make a title vague when no metric and target back it; the defaults are in `DEFAULT_SMART_POLICY`. */
  readonly vagueWords?: readonly string[];
  /** Words that join two goals into one: 和, 并, 且, 以及, 同时, ；, and, as well as. */
  readonly conjunctions?: readonly string[];
  /** Require an owner for "specific" (default true). */
  readonly requireOwner?: boolean;
  /** Longest span from start to due, days included (default 366). */
  readonly maxSpanDays?: number;
  /** Ratios of the target to the best comparable past value: above `warnRatio` (1.5) a warning, above `failRatio` (3) not achievable. */
  readonly achievable?: { readonly warnRatio?: number; readonly failRatio?: number };
}

/**
 * The verdict on one SMART criterion: passed when none of its findings is an error.
 *
 * @example
 * ```ts
 * const verdict: SmartCriterion = { passed: false, findings: [{ code: "smart.time-bound.no-due", severity: "error" }] };
 * ```
 * @category Goals
 */
export interface SmartCriterion {
  readonly passed: boolean;
  readonly findings: readonly Finding<GoalFindingCode>[];
}

/**
 * The result of {@link checkSmart}.
 *
 * @example
 * ```ts
 * report.passed;                    //=> false
 * report.met;                       //=> 3
 * report.criteria.timeBound.passed; //=> false
 * ```
 * @category Goals
 */
export interface SmartReport {
  /** All five criteria passed. */
  readonly passed: boolean;
  /** How many of the five criteria passed (0–5). */
  readonly met: number;
  readonly criteria: {
    readonly specific: SmartCriterion;
    readonly measurable: SmartCriterion;
    readonly achievable: SmartCriterion;
    readonly relevant: SmartCriterion;
    readonly timeBound: SmartCriterion;
  };
  /** Every finding of the five criteria, in S-M-A-R-T order. */
  readonly findings: readonly Finding<GoalFindingCode>[];
}

/**
 * Context for {@link checkSmart}.
 *
 * @example
 * ```ts
 * const ctx: SmartContext = { asOf: "2026-12-15", goals: teamGoals, history: [{ date: "2026-09-30", value: 9 }] };
 * ```
 * @category Goals
 */
export interface SmartContext {
  /** The day of the check; a due date before it is warned about. */
  readonly asOf?: CalendarDate;
  /** The goal tree, to resolve `parentId`. */
  readonly goals?: readonly Goal[];
  /** The same metric's values in comparable past periods, to judge "achievable". */
  readonly history?: readonly Observation[];
  readonly policy?: SmartPolicy;
}

/**
 * Where a goal stands on its way:
 * `not-started` before its start; `achieved` once the target is met; `missed` after its due
 * date short of the target; otherwise `on-track`, `at-risk` or `off-track` by how far progress
 * lags the elapsed share of the span; `unknown` when it cannot be measured.
 *
 * @example
 * ```ts
 * const status: GoalStatus = "at-risk";
 * ```
 * @category Goals
 */
export type GoalStatus = "not-started" | "on-track" | "at-risk" | "off-track" | "achieved" | "missed" | "unknown";

/**
 * Thresholds of {@link goalProgress}.
 *
 * @example
 * ```ts
 * const policy: ProgressPolicy = { onTrackGap: 10, atRiskGap: 25 };
 * ```
 * @category Goals
 */
export interface ProgressPolicy {
  /** Largest gap, in percentage points of expected minus actual progress, still on track (default 16.5). */
  readonly onTrackGap?: number;
  /** Largest gap still at risk rather than off track (default 33). */
  readonly atRiskGap?: number;
}

/**
 * The result of {@link goalProgress}. Ratios are fractions (0.5 is half way); `gap` is in
 * percentage points; `null` marks what cannot be computed (no span, no check-in, no baseline).
 *
 * @example
 * ```ts
 * const p: GoalProgress = goalProgress(goal, [{ date: "2026-11-28", value: 50 }], "2026-11-28");
 * p.status; //=> "on-track"
 * ```
 * @category Goals
 */
export interface GoalProgress {
  /** The latest check-in value on or before `asOf` (the baseline when there is none yet). */
  readonly current: number | null;
  /** `(current − baseline) / (target − baseline)`, floored at 0, not capped. */
  readonly progress: number | null;
  /** Elapsed share of the span (days included), 0 to 1. */
  readonly expected: number | null;
  /** `(expected − progress) × 100`: how many points progress lags; negative when ahead. */
  readonly gap: number | null;
  /** Linear run-rate forecast at the due date: `baseline + (current − baseline) / expected`. */
  readonly projected: number | null;
  /** Change per remaining day still needed to reach the target (negative for a decrease). */
  readonly requiredRate: number | null;
  readonly status: GoalStatus;
  readonly findings: readonly Finding<GoalFindingCode>[];
  readonly explanation: Explanation;
}
