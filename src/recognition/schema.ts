/**
 * zod schemas for kudos, badge definitions and badge awards.
 * @module
 */
import { z } from "zod";
import type { Issues } from "../core/_lib/check.js";
import { parseWith, safeParseWith, type ParseOptions, type SafeParseResult } from "../core/_lib/parse.js";
import type { ExplanationStep } from "../core/explain.js";
import { CalendarDateSchema, keyedRecord, MoneySchema, PeriodSchema } from "../core/schema.js";
import { checkCriterion, repeatWindow } from "./_lib/check.js";
import type { AllCriterion, AttainmentStreakCriterion, BadgeAward, BadgeCriterion, BadgeDefinition, CountCriterion, Kudos } from "./types.js";

// Issues found by the compute functions' own checks, as zod issues with our codes. Lists in
// parameters (the options of an enum) become text, as custom issues carry only text and numbers.
function addIssues(ctx: z.core.$RefinementCtx, issues: Issues): void {
  for (const issue of issues) {
    const params: Record<string, string | number> = { code: issue.code };
    for (const [name, value] of Object.entries(issue.params ?? {})) {
      if (typeof value === "string" || typeof value === "number") params[name] = value;
      else if (Array.isArray(value)) params[name] = value.map(String).join(", ");
    }
    ctx.addIssue({ code: "custom", path: [...issue.path], params });
  }
}

function duplicates(list: readonly string[], path: readonly (string | number)[], ctx: z.core.$RefinementCtx): void {
  if (!Array.isArray(list)) return; // already reported by the shape
  const issues: Issues = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item)) issues.push({ path: [...path, i], code: "validation.duplicate", params: { value: item } });
    seen.add(item);
  });
  addIssues(ctx, issues);
}

const Id = z.string().min(1);

/**
 * A kudos: at least one recipient, recipients and value tags each listed once.
 *
 * @example
 * ```ts
 * KudosSchema.safeParse({ id: "k1", from: "m-li", to: [], date: "2026-11-20", message: "…", values: [] }).success; //=> false
 * ```
 * @category Schemas
 */
export const KudosSchema: z.ZodType<Kudos> = z
  .object({
    id: Id,
    from: Id,
    to: z.array(Id).min(1),
    date: CalendarDateSchema,
    message: z.string(),
    values: z.array(Id),
    visibility: z.enum(["public", "private"]).optional(),
  })
  .superRefine((k, ctx) => {
    duplicates(k.to, ["to"], ctx);
    duplicates(k.values, ["values"], ctx);
  }) as z.ZodType<Kudos>;

/** A clean copy of a checked criterion, with only its known fields. */
function copyCriterion(c: BadgeCriterion): BadgeCriterion {
  if ((c as { kind?: unknown }).kind === undefined) return { all: (c as AllCriterion).all.map(copyCriterion) };
  const leaf = c as AttainmentStreakCriterion | CountCriterion;
  if (leaf.kind === "attainment-streak") return { kind: leaf.kind, atLeast: leaf.atLeast, months: leaf.months };
  return { kind: leaf.kind, fact: leaf.fact, atLeast: leaf.atLeast, ...(leaf.within === undefined ? {} : { within: leaf.within }) };
}

/**
 * A badge criterion: an attainment streak, a count of facts, or `{ all: [...] }` of criteria
 * (nested at most 16 deep). Unknown fields are dropped.
 *
 * @example
 * ```ts
 * BadgeCriterionSchema.parse({ kind: "count", fact: "won-deal", atLeast: 1 }); //=> { kind: "count", fact: "won-deal", atLeast: 1 }
 * ```
 * @category Schemas
 */
export const BadgeCriterionSchema: z.ZodType<BadgeCriterion> = z
  .unknown()
  .superRefine((value, ctx) => {
    const issues: Issues = [];
    checkCriterion(value, [], issues);
    addIssues(ctx, issues);
  })
  .transform((value) => copyCriterion(value as BadgeCriterion)) as unknown as z.ZodType<BadgeCriterion>;

/**
 * A badge definition. A `per-period` badge needs a criterion with a period: a count with
 * `within`, an `all` of counts with the same `within`, or an attainment streak.
 *
 * @example
 * ```ts
 * BadgeDefinitionSchema.safeParse({ id: "first-deal", name: { en: "First deal", "zh-CN": "首单" }, criteria: { kind: "count", fact: "won-deal", atLeast: 1 }, repeat: "per-period" }).success; //=> false
 * ```
 * @category Schemas
 */
export const BadgeDefinitionSchema: z.ZodType<BadgeDefinition> = z
  .object({
    id: Id,
    name: z.object({ en: Id, "zh-CN": Id }),
    criteria: BadgeCriterionSchema,
    repeat: z.enum(["never", "per-period"]).optional(),
  })
  .superRefine((d, ctx) => {
    // only a criterion that passed its own checks has a period to look for
    if (d.repeat === "per-period" && checkCriterion(d.criteria, ["criteria"], []) && repeatWindow(d.criteria) === null) {
      addIssues(ctx, [{ path: ["repeat"], code: "validation.enum", params: { options: ["never"], value: "per-period" } }]);
    }
  }) as z.ZodType<BadgeDefinition>;

const ParamValueSchema = z.union([z.string(), z.number(), z.boolean(), MoneySchema, z.array(z.union([z.string(), z.number(), MoneySchema]))]);

const ExplanationStepSchema: z.ZodType<ExplanationStep> = z.lazy(() =>
  z.object({
    code: Id,
    formula: z.string(),
    inputs: keyedRecord(ParamValueSchema),
    result: ParamValueSchema,
    path: z.array(z.union([z.string(), z.number()])).optional(),
    steps: z.array(ExplanationStepSchema).optional(),
  }),
) as z.ZodType<ExplanationStep>;

/**
 * A badge award as stored by an app.
 *
 * @example
 * ```ts
 * BadgeAwardSchema.parse({ badgeId: "first-deal", memberId: "m-li", key: "first-deal:m-li", earnedOn: "2026-11-03", evidence: ["D-2041"], explanation: { steps: [] } }).key; //=> "first-deal:m-li"
 * ```
 * @category Schemas
 */
export const BadgeAwardSchema: z.ZodType<BadgeAward> = z.object({
  badgeId: Id,
  memberId: Id,
  key: Id,
  earnedOn: CalendarDateSchema,
  period: PeriodSchema.optional(),
  evidence: z.array(z.string()),
  explanation: z.object({ steps: z.array(ExplanationStepSchema) }),
}) as z.ZodType<BadgeAward>;

/**
 * Parses unknown input into a {@link Kudos}.
 *
 * @throws {ValidationError} listing every problem, in `opts.locale`.
 * @example
 * ```ts
 * parseKudos({ id: "k1", from: "m-li", to: ["m-wang"], date: "2026-11-20", message: "帮客户解决了退款问题", values: ["customer-first"] }).to; //=> ["m-wang"]
 * ```
 * @category Schemas
 */
export function parseKudos(input: unknown, opts?: ParseOptions): Kudos {
  return parseWith(KudosSchema, input, opts);
}

/**
 * {@link parseKudos} without throwing.
 *
 * @example
 * ```ts
 * safeParseKudos({ id: "k1", from: "m-li", to: ["m-wang", "m-wang"], date: "2026-11-20", message: "…", values: [] }).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseKudos(input: unknown, opts?: ParseOptions): SafeParseResult<Kudos> {
  return safeParseWith(KudosSchema, input, opts);
}

/**
 * Parses unknown input into a {@link BadgeDefinition}.
 *
 * @throws {ValidationError} listing every problem, in `opts.locale`.
 * @example
 * ```ts
 * parseBadgeDefinition({ id: "hat-trick", name: { en: "Hat-trick", "zh-CN": "帽子戏法" }, criteria: { kind: "attainment-streak", atLeast: 1, months: 3 } }).id; //=> "hat-trick"
 * ```
 * @category Schemas
 */
export function parseBadgeDefinition(input: unknown, opts?: ParseOptions): BadgeDefinition {
  return parseWith(BadgeDefinitionSchema, input, opts);
}

/**
 * {@link parseBadgeDefinition} without throwing.
 *
 * @example
 * ```ts
 * safeParseBadgeDefinition({ id: "x", name: { en: "X", "zh-CN": "X" }, criteria: { kind: "count", fact: "sold", atLeast: 1 } }).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseBadgeDefinition(input: unknown, opts?: ParseOptions): SafeParseResult<BadgeDefinition> {
  return safeParseWith(BadgeDefinitionSchema, input, opts);
}
