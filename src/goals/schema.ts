/**
 * zod schemas for the goals types, and their `parseX` / `safeParseX` functions.
 * @module
 */
import { z } from "zod";
import { CalendarDateSchema } from "../core/schema.js";
import { parseWith, safeParseWith, type ParseOptions, type SafeParseResult } from "../core/_lib/parse.js";
import type { Goal, GoalDirection, GoalMetric, Observation, ProgressPolicy, SmartPolicy } from "./types.js";

/**
 * A goal direction.
 *
 * @example
 * ```ts
 * GoalDirectionSchema.parse("decrease"); //=> "decrease"
 * ```
 * @category Schemas
 */
export const GoalDirectionSchema: z.ZodType<GoalDirection> = z.enum(["increase", "decrease", "maintain-at-least", "maintain-at-most", "achieve"]);

/**
 * A goal metric; every part may be missing (the SMART check reports it).
 *
 * @example
 * ```ts
 * GoalMetricSchema.parse({ unit: "count", direction: "increase", baseline: 0, target: 20 });
 * ```
 * @category Schemas
 */
export const GoalMetricSchema: z.ZodType<GoalMetric> = z.object({
  name: z.string().optional(),
  unit: z.string().optional(),
  direction: GoalDirectionSchema.optional(),
  baseline: z.number().optional(),
  target: z.number().optional(),
}) as z.ZodType<GoalMetric>;

const NonBlank = z.string().refine((s) => s.trim() !== "", { params: { code: "validation.empty" } });

/**
 * A goal.
 *
 * @example
 * ```ts
 * GoalSchema.safeParse({ id: "g1", title: "提升客户满意度" }).success; //=> true (a poor goal, but a valid one)
 * ```
 * @category Schemas
 */
export const GoalSchema: z.ZodType<Goal> = z.object({
  id: NonBlank,
  title: z.string(),
  description: z.string().optional(),
  ownerId: z.string().optional(),
  metric: GoalMetricSchema.optional(),
  start: CalendarDateSchema.optional(),
  due: CalendarDateSchema.optional(),
  parentId: NonBlank.optional(),
  alignedTo: z.array(NonBlank).optional(),
  weight: z.number().min(0).optional(),
  archived: z.boolean().optional(),
}) as z.ZodType<Goal>;

/**
 * A list of goals with unique ids.
 *
 * @example
 * ```ts
 * GoalListSchema.safeParse([{ id: "a", title: "A" }, { id: "a", title: "B" }]).success; //=> false
 * ```
 * @category Schemas
 */
export const GoalListSchema: z.ZodType<readonly Goal[]> = z.array(GoalSchema).superRefine((goals, ctx) => {
  const seen = new Set<string>();
  goals.forEach((g, i) => {
    if (seen.has(g.id)) ctx.addIssue({ code: "custom", path: [i, "id"], params: { code: "validation.duplicate", value: g.id } });
    seen.add(g.id);
  });
});

/**
 * A check-in.
 *
 * @example
 * ```ts
 * ObservationSchema.parse({ date: "2026-11-28", value: 50 });
 * ```
 * @category Schemas
 */
export const ObservationSchema: z.ZodType<Observation> = z.object({ date: CalendarDateSchema, value: z.number() });

/**
 * The SMART policy.
 *
 * @example
 * ```ts
 * SmartPolicySchema.parse({ maxSpanDays: 190 });
 * ```
 * @category Schemas
 */
export const SmartPolicySchema: z.ZodType<SmartPolicy> = z.object({
  vagueWords: z.array(z.string().min(1)).optional(),
  conjunctions: z.array(z.string().min(1)).optional(),
  requireOwner: z.boolean().optional(),
  maxSpanDays: z.number().min(1).optional(),
  achievable: z.object({ warnRatio: z.number().min(1).optional(), failRatio: z.number().min(1).optional() }).optional(),
}) as z.ZodType<SmartPolicy>;

/**
 * The progress policy.
 *
 * @example
 * ```ts
 * ProgressPolicySchema.parse({ onTrackGap: 10, atRiskGap: 25 });
 * ```
 * @category Schemas
 */
export const ProgressPolicySchema: z.ZodType<ProgressPolicy> = z
  .object({ onTrackGap: z.number().min(0).optional(), atRiskGap: z.number().min(0).optional() })
  .superRefine((p, ctx) => {
    const onTrack = p.onTrackGap ?? 16.5;
    if (p.atRiskGap !== undefined && p.atRiskGap < onTrack) ctx.addIssue({ code: "custom", path: ["atRiskGap"], params: { code: "validation.range", min: onTrack, value: p.atRiskGap } });
  }) as z.ZodType<ProgressPolicy>;

/**
 * Parses unknown input into a {@link Goal}.
 *
 * @throws {ValidationError} listing every problem, in `opts.locale`.
 * @example
 * ```ts
 * parseGoal({ id: "g1", title: "Q1 新签客户 20 家", due: "2027-03-31" }).due; //=> "2027-03-31"
 * ```
 * @category Schemas
 */
export function parseGoal(input: unknown, opts?: ParseOptions): Goal {
  return parseWith(GoalSchema, input, opts);
}

/**
 * {@link parseGoal} without throwing.
 *
 * @example
 * ```ts
 * safeParseGoal({ id: "", title: 3 }).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseGoal(input: unknown, opts?: ParseOptions): SafeParseResult<Goal> {
  return safeParseWith(GoalSchema, input, opts);
}

/**
 * Parses unknown input into a list of goals with unique ids.
 *
 * @throws {ValidationError} listing every problem, in `opts.locale`.
 * @example
 * ```ts
 * parseGoals([{ id: "a", title: "A" }]).length; //=> 1
 * ```
 * @category Schemas
 */
export function parseGoals(input: unknown, opts?: ParseOptions): readonly Goal[] {
  return parseWith(GoalListSchema, input, opts);
}

/**
 * {@link parseGoals} without throwing.
 *
 * @example
 * ```ts
 * safeParseGoals([{ id: "a", title: "A" }, { id: "a", title: "B" }]).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseGoals(input: unknown, opts?: ParseOptions): SafeParseResult<readonly Goal[]> {
  return safeParseWith(GoalListSchema, input, opts);
}
