/**
 * zod schemas for the wellbeing module's data: member data (hours, leave, workload, pulses),
 * goal results and the wellbeing policy.
 * @module
 */
import { z } from "zod";
import { CalendarDateSchema, PeriodSchema } from "../core/schema.js";
import type { Issues } from "../core/_lib/check.js";
import { parseWith, rule, safeParseWith, type ParseOptions, type SafeParseResult } from "../core/_lib/parse.js";
import { checkGoalResults, checkMembers } from "./_lib/check.js";
import type { BurnoutPulse, GoalResult, LeaveRecord, MemberWellbeingData, WellbeingPolicy, WorkloadSnapshot, WorkWeek } from "./types.js";

// an integer check that does not abort, so the list-wide rules (duplicates) still run
const Answer = z.number().min(0).max(6).refine(Number.isSafeInteger, { params: { code: "validation.integer" } });
const Answers = z.tuple([Answer, Answer, Answer]);

/**
 * A burnout pulse: three answers 0–6 per dimension.
 *
 * @example
 * ```ts
 * BurnoutPulseSchema.safeParse({ date: "2026-11-20", exhaustion: [5, 4, 5], cynicism: [2, 3, 1], efficacy: [4, 3, 5] }).success; //=> true
 * BurnoutPulseSchema.safeParse({ date: "2026-11-20", exhaustion: [7, 4, 5], cynicism: [2, 3, 1], efficacy: [4, 3, 5] }).success; //=> false
 * ```
 * @category Schemas
 */
export const BurnoutPulseSchema: z.ZodType<BurnoutPulse> = z.object({ date: CalendarDateSchema, exhaustion: Answers, cynicism: Answers, efficacy: Answers }) as z.ZodType<BurnoutPulse>;

/**
 * A week of hours; after-hours never above the week's hours.
 *
 * @example
 * ```ts
 * WorkWeekSchema.safeParse({ weekStart: "2026-11-16", hours: 40, afterHoursHours: 50 }).success; //=> false
 * ```
 * @category Schemas
 */
export const WorkWeekSchema: z.ZodType<WorkWeek> = z
  .object({ weekStart: CalendarDateSchema, hours: z.number().min(0).max(168), afterHoursHours: z.number().min(0).max(168).optional() })
  .superRefine((w, ctx) => {
    if (w.afterHoursHours !== undefined && w.afterHoursHours > w.hours) ctx.addIssue({ code: "custom", path: ["afterHoursHours"], params: { code: "validation.range", value: w.afterHoursHours, min: 0, max: w.hours } });
  }) as z.ZodType<WorkWeek>;

/**
 * A leave record; `year` and `entitlementDays` come together.
 *
 * @example
 * ```ts
 * LeaveRecordSchema.safeParse({ year: { start: "2026-01-01", end: "2026-12-31" } }).success; //=> false
 * ```
 * @category Schemas
 */
export const LeaveRecordSchema: z.ZodType<LeaveRecord> = z
  .object({
    lastLeaveDay: CalendarDateSchema.optional(),
    trackedSince: CalendarDateSchema.optional(),
    year: PeriodSchema.optional(),
    entitlementDays: z.number().min(0).max(366).optional(),
    takenDays: z.number().min(0).max(366).optional(),
  })
  .superRefine((l, ctx) => {
    if (l.year !== undefined && l.entitlementDays === undefined) ctx.addIssue({ code: "custom", path: ["year"], params: { code: "validation.requires", requires: "entitlementDays" } });
    if (l.entitlementDays !== undefined && l.year === undefined) ctx.addIssue({ code: "custom", path: ["entitlementDays"], params: { code: "validation.requires", requires: "year" } });
    if (l.takenDays !== undefined && l.entitlementDays === undefined) ctx.addIssue({ code: "custom", path: ["takenDays"], params: { code: "validation.requires", requires: "entitlementDays" } });
  }) as z.ZodType<LeaveRecord>;

/**
 * A workload snapshot; capacity above zero.
 *
 * @example
 * ```ts
 * WorkloadSnapshotSchema.safeParse({ load: 3, capacity: 0 }).success; //=> false
 * ```
 * @category Schemas
 */
export const WorkloadSnapshotSchema: z.ZodType<WorkloadSnapshot> = z.object({ load: z.number().min(0).max(1e15), capacity: z.number().min(0.001).max(1e15) }) as z.ZodType<WorkloadSnapshot>;

/**
 * One member's wellbeing data.
 *
 * @example
 * ```ts
 * MemberWellbeingDataSchema.safeParse({ memberId: "m-wang", load: { load: 42, capacity: 35 } }).success; //=> true
 * ```
 * @category Schemas
 */
export const MemberWellbeingDataSchema: z.ZodType<MemberWellbeingData> = z.object({
  memberId: z.string().min(1),
  teamId: z.string().min(1).optional(),
  weeks: z.array(WorkWeekSchema).optional(),
  leave: LeaveRecordSchema.optional(),
  load: WorkloadSnapshotSchema.optional(),
  pulses: z.array(BurnoutPulseSchema).optional(),
}) as z.ZodType<MemberWellbeingData>;

const MemberListSchema: z.ZodType<MemberWellbeingData[]> = z
  .array(MemberWellbeingDataSchema)
  .superRefine(...rule((value, issues) => checkMembers(value, [], issues))) as z.ZodType<MemberWellbeingData[]>;

/**
 * One goal result: exactly one of `attainment` and `met`.
 *
 * @example
 * ```ts
 * GoalResultSchema.safeParse({ memberId: "m-li", period: { start: "2026-10-01", end: "2026-10-31" }, met: true }).success; //=> true
 * ```
 * @category Schemas
 */
export const GoalResultSchema: z.ZodType<GoalResult> = z
  .object({ memberId: z.string().min(1), goalId: z.string().min(1).optional(), period: PeriodSchema, attainment: z.number().min(0).optional(), met: z.boolean().optional() })
  .superRefine((r, ctx) => {
    if ((r.attainment === undefined) === (r.met === undefined)) ctx.addIssue({ code: "custom", path: [], params: { code: "validation.one-of", options: "attainment, met" } });
  }) as z.ZodType<GoalResult>;

const GoalResultListSchema: z.ZodType<GoalResult[]> = z
  .array(GoalResultSchema)
  .superRefine(
    ...rule((value, issues) => {
      // zod issue params keep only text and numbers: a list of options travels as text
      const inner: Issues = [];
      checkGoalResults(value, [], inner);
      for (const issue of inner) {
        const options = issue.params?.["options"];
        issues.push(Array.isArray(options) ? { ...issue, params: { ...issue.params, options: options.join(", ") } } : issue);
      }
    }),
  ) as z.ZodType<GoalResult[]>;

/**
 * The thresholds of the wellbeing policy (see `DEFAULT_WELLBEING_POLICY`).
 *
 * @example
 * ```ts
 * WellbeingPolicySchema.safeParse({ maxWeeklyHours: 45, exhaustionHigh: 19 }).success; //=> false
 * ```
 * @category Schemas
 */
export const WellbeingPolicySchema: z.ZodType<WellbeingPolicy> = z.object({
  maxWeeklyHours: z.number().min(0).max(168).optional(),
  maxAfterHoursShare: z.number().min(0).max(1).optional(),
  hoursWindowWeeks: z.number().int().min(1).max(520).optional(),
  noLeaveMonths: z.number().int().min(1).max(120).optional(),
  unusedLeaveDays: z.number().min(0).max(366).optional(),
  maxLoadRatio: z.number().min(0).optional(),
  exhaustionHigh: z.number().int().min(0).max(18).optional(),
  cynicismHigh: z.number().int().min(0).max(18).optional(),
  efficacyLow: z.number().int().min(0).max(18).optional(),
  pulseMaxAgeDays: z.number().int().min(0).max(36600).optional(),
}) as z.ZodType<WellbeingPolicy>;

/**
 * Parses the members' wellbeing data (ids unique, weeks and pulse dates unique per member), or
 * throws a `ValidationError` naming every problem.
 *
 * @example
 * ```ts
 * parseMemberWellbeingData([{ memberId: "m-wang" }]).length; //=> 1
 * ```
 * @category Schemas
 */
export function parseMemberWellbeingData(input: unknown, opts?: ParseOptions): MemberWellbeingData[] {
  return parseWith(MemberListSchema, input, opts);
}

/**
 * Parses the members' wellbeing data without throwing.
 *
 * @example
 * ```ts
 * safeParseMemberWellbeingData([{ memberId: "a" }, { memberId: "a" }]).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseMemberWellbeingData(input: unknown, opts?: ParseOptions): SafeParseResult<MemberWellbeingData[]> {
  return safeParseWith(MemberListSchema, input, opts);
}

/**
 * Parses goal results (one per member, goal and period), or throws a `ValidationError`.
 *
 * @example
 * ```ts
 * parseGoalResults([]).length; //=> 0
 * ```
 * @category Schemas
 */
export function parseGoalResults(input: unknown, opts?: ParseOptions): GoalResult[] {
  return parseWith(GoalResultListSchema, input, opts);
}

/**
 * Parses goal results without throwing.
 *
 * @example
 * ```ts
 * safeParseGoalResults([{ memberId: "a", period: { start: "2026-10-01", end: "2026-10-31" } }]).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseGoalResults(input: unknown, opts?: ParseOptions): SafeParseResult<GoalResult[]> {
  return safeParseWith(GoalResultListSchema, input, opts);
}
