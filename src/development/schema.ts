/**
 * zod schemas for skill profiles, role profiles, career ladders, the training catalogue,
 * training records and development plans. Each runs the same checks as the compute functions,
 * so a stored value that parses is accepted by them.
 * @module
 */
import { z } from "zod";
import { CalendarDateSchema, keyedRecord } from "../core/schema.js";
import { parseWith, rule, safeParseWith, type ParseOptions, type SafeParseResult } from "../core/_lib/parse.js";
import { checkCatalog, checkLadder, checkPlan, checkRoleProfile, checkSkillProfile, checkTraining, checkTrainingRecord } from "./_lib/check.js";
import type { CareerLadder, DevelopmentPlan, ProficiencyLevel, RoleProfile, SkillProfile, Training, TrainingRecord } from "./types.js";

/**
 * A level of the 0–4 proficiency scale.
 *
 * @example
 * ```ts
 * ProficiencyLevelSchema.safeParse(5).success; //=> false
 * ```
 * @category Schemas
 */
export const ProficiencyLevelSchema: z.ZodType<ProficiencyLevel> = z.number().int().min(0).max(4) as unknown as z.ZodType<ProficiencyLevel>;

const Level = ProficiencyLevelSchema;
const Format = z.enum(["experience", "social", "formal"]);
const Hours = z.number().min(0);

/**
 * A member's skills.
 *
 * @example
 * ```ts
 * SkillProfileSchema.safeParse({ skills: { negotiation: 2 } }).success; //=> true
 * ```
 * @category Schemas
 */
export const SkillProfileSchema: z.ZodType<SkillProfile> = z
  .object({ id: z.string().min(1).optional(), skills: keyedRecord(Level) })
  .superRefine(...rule((v, issues) => checkSkillProfile(v, [], issues))) as unknown as z.ZodType<SkillProfile>;

/**
 * A role profile: required levels 1–4 and positive weights.
 *
 * @example
 * ```ts
 * RoleProfileSchema.safeParse({ requirements: { negotiation: { level: 3, weight: 0 } } }).success; //=> false
 * ```
 * @category Schemas
 */
export const RoleProfileSchema: z.ZodType<RoleProfile> = z
  .object({
    id: z.string().min(1).optional(),
    title: z.string().optional(),
    requirements: keyedRecord(z.object({ level: Level, weight: z.number().optional() })),
  })
  .superRefine(...rule((v, issues) => checkRoleProfile(v, [], issues))) as unknown as z.ZodType<RoleProfile>;

/**
 * A career ladder: at least one rung, each with a unique id.
 *
 * @example
 * ```ts
 * CareerLadderSchema.safeParse({ rungs: [{ requirements: {} }] }).success; //=> false
 * ```
 * @category Schemas
 */
export const CareerLadderSchema: z.ZodType<CareerLadder> = z
  .object({ id: z.string().min(1).optional(), title: z.string().optional(), rungs: z.array(z.unknown()) })
  .superRefine(...rule((v, issues) => checkLadder(v, [], issues))) as unknown as z.ZodType<CareerLadder>;

/**
 * A training of the catalogue.
 *
 * @example
 * ```ts
 * TrainingSchema.safeParse({ id: "t", title: "t", skills: [{ skill: "crm", raisesTo: 2 }], format: "formal" }).success; //=> true
 * ```
 * @category Schemas
 */
export const TrainingSchema: z.ZodType<Training> = z
  .object({
    id: z.string().min(1),
    title: z.string(),
    skills: z.array(z.object({ skill: z.string().min(1), raisesTo: Level })),
    format: Format,
    hours: Hours.optional(),
  })
  .superRefine(...rule((v, issues) => checkTraining(v, [], issues))) as unknown as z.ZodType<Training>;

/**
 * A training catalogue: trainings with unique ids.
 *
 * @example
 * ```ts
 * TrainingCatalogSchema.safeParse([]).success; //=> true
 * ```
 * @category Schemas
 */
export const TrainingCatalogSchema: z.ZodType<Training[]> = z
  .array(z.unknown())
  .superRefine(...rule((v, issues) => checkCatalog(v, [], issues))) as unknown as z.ZodType<Training[]>;

/**
 * A training record.
 *
 * @example
 * ```ts
 * TrainingRecordSchema.safeParse({ memberId: "a", trainingId: "t", assignedOn: "2026-10-08", completedOn: "2026-10-01" }).success; //=> false
 * ```
 * @category Schemas
 */
export const TrainingRecordSchema: z.ZodType<TrainingRecord> = z
  .object({ memberId: z.string().min(1), trainingId: z.string().min(1), assignedOn: CalendarDateSchema, completedOn: CalendarDateSchema.optional() })
  .superRefine(...rule((v, issues) => checkTrainingRecord(v, [], issues))) as unknown as z.ZodType<TrainingRecord>;

/**
 * A development plan: unique goal and activity ids; activities name goals of the plan.
 *
 * @example
 * ```ts
 * DevelopmentPlanSchema.safeParse({ id: "p", memberId: "a", goals: [], activities: [{ id: "a1", title: "x", format: "formal", goalId: "nope" }] }).success; //=> false
 * ```
 * @category Schemas
 */
export const DevelopmentPlanSchema: z.ZodType<DevelopmentPlan> = z
  .object({
    id: z.string().min(1),
    memberId: z.string().min(1),
    goals: z.array(
      z.object({
        id: z.string().min(1),
        title: z.string(),
        skill: z.string().min(1).optional(),
        targetLevel: Level.optional(),
        careerAim: z.string().min(1).optional(),
        horizon: z.enum(["short", "long"]).optional(),
      }),
    ),
    activities: z.array(
      z.object({
        id: z.string().min(1),
        title: z.string(),
        goalId: z.string().min(1).optional(),
        format: Format,
        due: CalendarDateSchema.optional(),
        hours: Hours.optional(),
        trainingId: z.string().min(1).optional(),
        completedOn: CalendarDateSchema.optional(),
      }),
    ),
  })
  .superRefine(...rule((v, issues) => checkPlan(v, [], issues))) as unknown as z.ZodType<DevelopmentPlan>;

/**
 * Parses a role profile (stored JSON) or throws a `ValidationError` naming every problem.
 *
 * @example
 * ```ts
 * parseRoleProfile({ requirements: { crm: { level: 2 } } }).requirements.crm.level; //=> 2
 * ```
 * @category Schemas
 */
export function parseRoleProfile(input: unknown, opts?: ParseOptions): RoleProfile {
  return parseWith(RoleProfileSchema, input, opts);
}

/**
 * Parses a role profile without throwing.
 *
 * @example
 * ```ts
 * safeParseRoleProfile({ requirements: { crm: { level: 5 } } }).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseRoleProfile(input: unknown, opts?: ParseOptions): SafeParseResult<RoleProfile> {
  return safeParseWith(RoleProfileSchema, input, opts);
}

/**
 * Parses a training catalogue or throws a `ValidationError` naming every problem.
 *
 * @example
 * ```ts
 * parseTrainingCatalog([]).length; //=> 0
 * ```
 * @category Schemas
 */
export function parseTrainingCatalog(input: unknown, opts?: ParseOptions): Training[] {
  return parseWith(TrainingCatalogSchema, input, opts);
}

/**
 * Parses a training catalogue without throwing.
 *
 * @example
 * ```ts
 * safeParseTrainingCatalog([{ id: "t" }]).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseTrainingCatalog(input: unknown, opts?: ParseOptions): SafeParseResult<Training[]> {
  return safeParseWith(TrainingCatalogSchema, input, opts);
}

/**
 * Parses a development plan or throws a `ValidationError` naming every problem.
 *
 * @example
 * ```ts
 * parseDevelopmentPlan({ id: "p", memberId: "a", goals: [], activities: [] }).id; //=> "p"
 * ```
 * @category Schemas
 */
export function parseDevelopmentPlan(input: unknown, opts?: ParseOptions): DevelopmentPlan {
  return parseWith(DevelopmentPlanSchema, input, opts);
}

/**
 * Parses a development plan without throwing.
 *
 * @example
 * ```ts
 * safeParseDevelopmentPlan({ id: "p" }).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseDevelopmentPlan(input: unknown, opts?: ParseOptions): SafeParseResult<DevelopmentPlan> {
  return safeParseWith(DevelopmentPlanSchema, input, opts);
}
