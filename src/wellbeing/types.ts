/**
 * The data of wellbeing signals: weekly hours, leave, workload, burnout pulses and goal results.
 * @module
 */
import type { SuppressionReason } from "../culture/types.js";
import type { CalendarDate } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import type { Period } from "../core/periods.js";
import type { WellbeingFindingCode } from "./codes.js";

/**
 * The three dimensions of burnout in the WHO's ICD-11 description (an occupational phenomenon,
 * not a medical condition): `exhaustion` (energy depletion), `cynicism` (mental distance from
 * the job, negativism) and `efficacy` (professional efficacy, whose *reduction* is the third
 * dimension: a higher efficacy score means less risk).
 *
 * @example
 * ```ts
 * const d: BurnoutDimension = "cynicism";
 * ```
 * @category Wellbeing
 */
export type BurnoutDimension = "exhaustion" | "cynicism" | "efficacy";

/**
 * One member's answers to the burnout pulse ({@link BURNOUT_PULSE_ITEMS}) on `date`: three
 * answers per dimension, in item order, each an integer from 0 (never) to 6 (every day).
 *
 * @example
 * ```ts
 * const p: BurnoutPulse = { date: "2026-11-20", exhaustion: [5, 4, 5], cynicism: [2, 3, 1], efficacy: [4, 3, 5] };
 * ```
 * @category Wellbeing
 */
export interface BurnoutPulse {
  readonly date: CalendarDate;
  readonly exhaustion: readonly [number, number, number];
  readonly cynicism: readonly [number, number, number];
  readonly efficacy: readonly [number, number, number];
}

/**
 * Hours one member worked in one week, from a timesheet, a calendar or collaboration telemetry
 * (Viva Insights' `Workweek_span`, `After_hours_collaboration_hours`). `weekStart` is the
 * week's first day, whatever day the team's weeks start on; a week counts when it starts in the
 * window of {@link WellbeingPolicy.hoursWindowWeeks} weeks ending on `asOf`.
 *
 * @example
 * ```ts
 * const w: WorkWeek = { weekStart: "2026-11-16", hours: 54, afterHoursHours: 12 };
 * ```
 * @category Wellbeing
 */
export interface WorkWeek {
  readonly weekStart: CalendarDate;
  /** All hours worked in the week, 0–168. */
  readonly hours: number;
  /** The part of `hours` outside working hours (evenings, nights, weekends); at most `hours`. */
  readonly afterHoursHours?: number;
}

/**
 * A member's leave. Give what the team's HR system has: the last day of leave taken, and/or the
 * entitlement of the current leave year with the days taken so far.
 *
 * @example
 * ```ts
 * const l: LeaveRecord = { lastLeaveDay: "2026-04-30", year: { start: "2026-01-01", end: "2026-12-31" }, entitlementDays: 15, takenDays: 3 };
 * ```
 * @category Wellbeing
 */
export interface LeaveRecord {
  /** The last day of leave taken (a day off of a day or more, not a public holiday). */
  readonly lastLeaveDay?: CalendarDate;
  /** The first day leave is known from (joining day, or start of records); used when there is no `lastLeaveDay`. */
  readonly trackedSince?: CalendarDate;
  /** The leave year the entitlement belongs to. Required with `entitlementDays`. */
  readonly year?: Period;
  /** Days of leave for the whole `year`. Required with `year`. */
  readonly entitlementDays?: number;
  /** Days taken in `year` up to `asOf` (default 0). */
  readonly takenDays?: number;
}

/**
 * A member's current workload against their capacity, in any one unit (accounts, open deals,
 * hours, story points) used for both.
 *
 * @example
 * ```ts
 * const load: WorkloadSnapshot = { load: 42, capacity: 35 };
 * ```
 * @category Wellbeing
 */
export interface WorkloadSnapshot {
  /** 0 to 10^15. */
  readonly load: number;
  /** 0.001 to 10^15 (so every ratio is finite). */
  readonly capacity: number;
}

/**
 * What the team knows about one member, all parts optional. `teamId` places the member in a
 * group for {@link teamWellbeing}.
 *
 * @example
 * ```ts
 * const m: MemberWellbeingData = {
 *   memberId: "m-wang", teamId: "east",
 *   weeks: [{ weekStart: "2026-11-16", hours: 54, afterHoursHours: 12 }],
 *   leave: { lastLeaveDay: "2026-04-30" },
 *   load: { load: 42, capacity: 35 },
 *   pulses: [{ date: "2026-11-20", exhaustion: [5, 4, 5], cynicism: [2, 3, 1], efficacy: [4, 3, 5] }],
 * };
 * ```
 * @category Wellbeing
 */
export interface MemberWellbeingData {
  /** Unique within the list. */
  readonly memberId: string;
  readonly teamId?: string;
  /** One entry per week, each `weekStart` once. */
  readonly weeks?: readonly WorkWeek[];
  readonly leave?: LeaveRecord;
  readonly load?: WorkloadSnapshot;
  /** Pulses on different days; the latest on or before `asOf` counts. */
  readonly pulses?: readonly BurnoutPulse[];
}

/**
 * The thresholds of {@link burnoutSignals}. Every number is a **[HEURISTIC]** default with no
 * clinical standing: these are prompts for a conversation, not cut-offs of a diagnosis. Tune
 * them to the team.
 *
 * @example
 * ```ts
 * const policy: WellbeingPolicy = { maxWeeklyHours: 45, noLeaveMonths: 4 };
 * ```
 * @category Wellbeing
 */
export interface WellbeingPolicy {
  /** Mean weekly hours above this raise `wellbeing.hours.long` (default 50). */
  readonly maxWeeklyHours?: number;
  /** An after-hours share of hours above this raises `wellbeing.hours.after-hours` (default 0.2). */
  readonly maxAfterHoursShare?: number;
  /** Weeks, the last starting on or before `asOf`, that hours are taken from (default 4). */
  readonly hoursWindowWeeks?: number;
  /** No leave for this many calendar months before `asOf` raises `wellbeing.leave.none-recently` (default 6). */
  readonly noLeaveMonths?: number;
  /** Earned-but-untaken leave days at or above this raise `wellbeing.leave.unused` (default 5). */
  readonly unusedLeaveDays?: number;
  /** Load above capacity × this raises `wellbeing.load.over-capacity` (default 1: any load over capacity). */
  readonly maxLoadRatio?: number;
  /** An exhaustion subscale (0–18) at or above this raises `wellbeing.pulse.exhaustion-high` (default 12). */
  readonly exhaustionHigh?: number;
  /** A cynicism subscale (0–18) at or above this raises `wellbeing.pulse.cynicism-high` (default 9). */
  readonly cynicismHigh?: number;
  /** An efficacy subscale (0–18) at or below this raises `wellbeing.pulse.efficacy-low` (default 6). */
  readonly efficacyLow?: number;
  /** A latest pulse older than this many days is stale: reported, but raises no subscale signal (default 90). */
  readonly pulseMaxAgeDays?: number;
}

/**
 * Options of {@link burnoutSignals}: the day to look from, and the policy.
 *
 * @example
 * ```ts
 * const opts: BurnoutSignalOptions = { asOf: "2026-11-28", maxWeeklyHours: 45 };
 * ```
 * @category Wellbeing
 */
export interface BurnoutSignalOptions extends WellbeingPolicy {
  readonly asOf: CalendarDate;
}

/**
 * The kinds of signal, one per finding code of {@link burnoutSignals} (the stale-pulse note is
 * not a signal).
 *
 * @example
 * ```ts
 * const s: BurnoutSignal = "over-capacity";
 * ```
 * @category Wellbeing
 */
export type BurnoutSignal = "long-hours" | "after-hours" | "no-leave" | "unused-leave" | "over-capacity" | "exhaustion" | "cynicism" | "low-efficacy";

/**
 * The three subscale sums of one pulse, each 0–18, reported separately and never added up.
 * `efficacy` runs the other way: higher is better.
 *
 * @example
 * ```ts
 * const s: BurnoutSubscales = { date: "2026-11-20", exhaustion: 14, cynicism: 6, efficacy: 12, stale: false };
 * ```
 * @category Wellbeing
 */
export interface BurnoutSubscales {
  readonly date: CalendarDate;
  readonly exhaustion: number;
  readonly cynicism: number;
  readonly efficacy: number;
  /** Older than `pulseMaxAgeDays`: shown, but raising no signal. */
  readonly stale: boolean;
}

/**
 * One member's signals: the numbers behind them and the findings that explain them. There is
 * no total and no diagnosis: each signal stands on its own.
 *
 * @example
 * ```ts
 * const row: MemberBurnoutSignals = {
 *   memberId: "m-wang",
 *   hours: { weeks: 1, meanHours: 54, afterHoursShare: 0.2222222222222222 },
 *   signals: ["long-hours", "after-hours"],
 *   findings: [],
 * };
 * ```
 * @category Wellbeing
 */
export interface MemberBurnoutSignals {
  readonly memberId: string;
  readonly teamId?: string;
  /** Over the weeks in the window; absent when none. `afterHoursShare` over weeks that give after-hours. */
  readonly hours?: { readonly weeks: number; readonly meanHours: number; readonly afterHoursShare?: number };
  /** Days since the last leave (or since tracking began, with `lastLeaveDay` absent), and leave earned so far but not taken. */
  readonly leave?: { readonly lastLeaveDay?: CalendarDate; readonly daysWithoutLeave?: number; readonly accruedDays?: number; readonly unusedDays?: number };
  readonly load?: { readonly load: number; readonly capacity: number; readonly ratio: number };
  /** The latest pulse on or before `asOf`. */
  readonly pulse?: BurnoutSubscales;
  /** The signals raised, in the order of {@link BurnoutSignal}. */
  readonly signals: readonly BurnoutSignal[];
  readonly findings: readonly Finding<WellbeingFindingCode>[];
}

/**
 * The result of {@link burnoutSignals}: one row per member, in input order.
 *
 * @example
 * ```ts
 * const r: BurnoutSignalReport = { asOf: "2026-11-28", members: [] };
 * ```
 * @category Wellbeing
 */
export interface BurnoutSignalReport {
  readonly asOf: CalendarDate;
  readonly members: readonly MemberBurnoutSignals[];
}

/**
 * One goal's result for one completed period: exactly one of `attainment` (actual / target,
 * e.g. 1.08; met when at least `metAt`) or `met`.
 *
 * @example
 * ```ts
 * const r: GoalResult = { memberId: "m-li", goalId: "monthly-revenue", period: { start: "2026-10-01", end: "2026-10-31" }, attainment: 1.12 };
 * ```
 * @category Wellbeing
 */
export interface GoalResult {
  readonly memberId: string;
  /** The recurring goal; results without one form the member's unnamed goal. */
  readonly goalId?: string;
  readonly period: Period;
  readonly attainment?: number;
  readonly met?: boolean;
}

/**
 * Options of {@link challengeBalance}. Defaults are **[HEURISTIC]**.
 *
 * @example
 * ```ts
 * const opts: ChallengeOptions = { asOf: "2026-12-31", periods: 6, by: "goal" };
 * ```
 * @category Wellbeing
 */
export interface ChallengeOptions {
  /** Only periods that ended on or before this day count. */
  readonly asOf: CalendarDate;
  /** How many of the latest periods to look at (default 4, at least 2). */
  readonly periods?: number;
  /** Attainment at or above this is met (default 1). */
  readonly metAt?: number;
  /** One row per member (default: all of a member's goals together) or per member and goal. */
  readonly by?: "member" | "goal";
}

/**
 * How hard a member's goals have been: `too-easy` (every result in the last N periods met),
 * `too-hard` (none met), `balanced`, or `not-enough-data` (fewer than N periods).
 *
 * @example
 * ```ts
 * const s: ChallengeStatus = "too-easy";
 * ```
 * @category Wellbeing
 */
export type ChallengeStatus = "too-easy" | "too-hard" | "balanced" | "not-enough-data";

/**
 * One row of {@link challengeBalance}.
 *
 * @example
 * ```ts
 * const row: ChallengeRow = { memberId: "m-li", periods: 4, results: 4, met: 4, meanAttainment: 1.2, status: "too-easy", findings: [] };
 * ```
 * @category Wellbeing
 */
export interface ChallengeRow {
  readonly memberId: string;
  /** Only when `by: "goal"` and the results name a goal. */
  readonly goalId?: string;
  /** Distinct periods looked at (at most `periods`). */
  readonly periods: number;
  /** Results in those periods, and how many were met. */
  readonly results: number;
  readonly met: number;
  /** Mean attainment of the results that give one, when all of them do. */
  readonly meanAttainment?: number;
  readonly status: ChallengeStatus;
  readonly findings: readonly Finding<WellbeingFindingCode>[];
}


/**
 * Counts of members with each signal of one source, over the `n` members who have data for it.
 * `shares` are `count / n`, unrounded.
 *
 * @example
 * ```ts
 * const b: SignalBlock = { suppressed: false, n: 6, counts: { "long-hours": 2 }, shares: { "long-hours": 0.3333333333333333 } };
 * ```
 * @category Wellbeing
 */
export type SignalBlock =
  | { readonly suppressed: false; readonly n: number; readonly counts: { readonly [S in BurnoutSignal]?: number }; readonly shares: { readonly [S in BurnoutSignal]?: number } }
  | { readonly suppressed: true; readonly reason: SuppressionReason };

/**
 * Pulse results of a group over the `n` members with a current pulse: mean subscales (each
 * 0–18, never added up, unrounded) and counts of the three pulse signals.
 *
 * @example
 * ```ts
 * const b: PulseBlock = { suppressed: true, reason: "too-few" };
 * ```
 * @category Wellbeing
 */
export type PulseBlock =
  | {
      readonly suppressed: false;
      readonly n: number;
      readonly meanExhaustion: number;
      readonly meanCynicism: number;
      readonly meanEfficacy: number;
      readonly counts: { readonly exhaustion: number; readonly cynicism: number; readonly "low-efficacy": number };
    }
  | { readonly suppressed: true; readonly reason: SuppressionReason };

/**
 * The numbers of a group (or of the whole team) that passed the minimum: its size and one block
 * per source of data. A block has its own population (the members with that data) and is
 * hidden on its own when that population is too small.
 *
 * @example
 * ```ts
 * const r: WellbeingAggregate = {
 *   hours: { suppressed: true, reason: "too-few" }, leave: { suppressed: true, reason: "too-few" },
 *   load: { suppressed: true, reason: "too-few" }, pulse: { suppressed: true, reason: "too-few" },
 * };
 * ```
 * @category Wellbeing
 */
export interface WellbeingAggregate {
  readonly hours: SignalBlock;
  readonly leave: SignalBlock;
  readonly load: SignalBlock;
  readonly pulse: PulseBlock;
}

/**
 * One group of {@link teamWellbeing}: a hidden group has `suppressed: true`, a `reason` and no
 * numbers at all (not even `n`).
 *
 * @example
 * ```ts
 * const g: WellbeingGroup = { key: "west", suppressed: true, reason: "too-few" };
 * ```
 * @category Wellbeing
 */
export interface WellbeingGroup {
  readonly key: string;
  readonly suppressed: boolean;
  readonly reason?: SuppressionReason;
  readonly n?: number;
  readonly results?: WellbeingAggregate;
}

/**
 * The result of {@link teamWellbeing}.
 *
 * @example
 * ```ts
 * const s: TeamWellbeingSummary = { asOf: "2026-11-28", minGroupSize: 5, overall: { n: 3, suppressed: true, reason: "overall-too-small" }, groups: [] };
 * ```
 * @category Wellbeing
 */
export interface TeamWellbeingSummary {
  readonly asOf: CalendarDate;
  readonly minGroupSize: number;
  readonly overall: { readonly n: number; readonly suppressed: boolean; readonly reason?: SuppressionReason; readonly results?: WellbeingAggregate };
  /** Groups by `teamId` (members without one form the group `""`), sorted by key. */
  readonly groups: readonly WellbeingGroup[];
}

/**
 * Options of {@link teamWellbeing}: those of {@link burnoutSignals} and the minimum group size.
 *
 * @example
 * ```ts
 * const opts: TeamWellbeingOptions = { asOf: "2026-11-28", minGroupSize: 5 };
 * ```
 * @category Wellbeing
 */
export interface TeamWellbeingOptions extends BurnoutSignalOptions {
  /** Smallest number of people any shown number may rest on (default 5, as for surveys and Viva Insights' `mingroup`). */
  readonly minGroupSize?: number;
}
