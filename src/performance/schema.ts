/**
 * zod schemas for KPIs, scorecards and rating forms.
 * @module
 */
import { z } from "zod";
import { parseWith, safeParseWith, type ParseOptions, type SafeParseResult } from "../core/_lib/parse.js";
import type { Issues } from "../core/_lib/check.js";
import { checkCurve, checkKpi } from "./_lib/check.js";
import { checkForm, type RatingForm } from "./review.js";
import { checkScorecard } from "./scorecard.js";
import type { Anchor, KpiDefinition, Scorecard, ScoringCurve } from "./types.js";

const AnchorSchema: z.ZodType<Anchor> = z.object({ value: z.number(), score: z.number() });

// Order rules (anchors, weights, bands) come from the same checks the compute functions use.
function orderRule(check: (value: unknown, path: readonly (string | number)[], issues: Issues) => unknown) {
  return (value: unknown, ctx: z.core.$RefinementCtx) => {
    const issues: Issues = [];
    check(value, [], issues);
    for (const issue of issues) ctx.addIssue({ code: "custom", path: [...issue.path], params: { code: issue.code, ...(issue.params ?? {}) } });
  };
}

/**
 * A scoring curve.
 *
 * @example
 * ```ts
 * ScoringCurveSchema.safeParse({ threshold: { value: 100, score: 50 }, target: { value: 80, score: 100 } }).success; //=> false
 * ```
 * @category Schemas
 */
export const ScoringCurveSchema: z.ZodType<ScoringCurve> = z
  .object({ direction: z.enum(["higher-is-better", "lower-is-better"]).optional(), threshold: AnchorSchema.optional(), target: AnchorSchema, stretch: AnchorSchema.optional() })
  .superRefine(orderRule(checkCurve)) as z.ZodType<ScoringCurve>;

const KpiFields = {
  id: z.string().min(1),
  name: z.string().optional(),
  unit: z.string().optional(),
  direction: z.enum(["higher-is-better", "lower-is-better"]),
  threshold: AnchorSchema.optional(),
  target: AnchorSchema,
  stretch: AnchorSchema.optional(),
  weight: z.number().min(0).optional(),
  bands: z.object({ basis: z.enum(["value", "achievement"]), steps: z.array(z.object({ from: z.number().optional(), score: z.number() })).min(1) }).optional(),
};

/**
 * A KPI definition.
 *
 * @example
 * ```ts
 * KpiSchema.parse({ id: "rev", direction: "higher-is-better", target: { value: 100, score: 100 } });
 * ```
 * @category Schemas
 */
export const KpiSchema: z.ZodType<KpiDefinition> = z.object(KpiFields).superRefine(orderRule(checkKpi)) as z.ZodType<KpiDefinition>;

/**
 * A scorecard.
 *
 * @example
 * ```ts
 * ScorecardSchema.safeParse({ id: "c", kpis: [] }).success; //=> false
 * ```
 * @category Schemas
 */
export const ScorecardSchema: z.ZodType<Scorecard> = z
  .object({
    id: z.string().min(1),
    kpis: z.array(z.object({ ...KpiFields, weight: z.number().min(0) })).min(1),
    missing: z.enum(["renormalize", "zero"]).optional(),
    ratingScale: z.object({ bands: z.array(z.object({ min: z.number(), rating: z.number(), label: z.string().optional() })).min(1) }).optional(),
  })
  .superRefine(orderRule(checkScorecard)) as z.ZodType<Scorecard>;

/**
 * A rating form (criteria weights must total 100 after rounding to 2 decimals).
 *
 * @example
 * ```ts
 * RatingFormSchema.safeParse({ criteria: [{ id: "a", weight: 30 }, { id: "b", weight: 60 }], scale: { min: 0, max: 5 } }).success; //=> false
 * ```
 * @category Schemas
 */
export const RatingFormSchema: z.ZodType<RatingForm> = z
  .object({
    criteria: z.array(z.object({ id: z.string().min(1), weight: z.number().min(0), name: z.string().optional() })).min(1),
    scale: z.object({ min: z.number(), max: z.number() }),
  })
  .superRefine(orderRule(checkForm)) as z.ZodType<RatingForm>;

/**
 * Parses unknown input into a {@link Scorecard}.
 *
 * @throws {ValidationError} listing every problem, in `opts.locale`.
 * @example
 * ```ts
 * parseScorecard({ id: "c", kpis: [{ id: "rev", direction: "higher-is-better", target: { value: 100, score: 100 }, weight: 1 }] }).id; //=> "c"
 * ```
 * @category Schemas
 */
export function parseScorecard(input: unknown, opts?: ParseOptions): Scorecard {
  return parseWith(ScorecardSchema, input, opts);
}

/**
 * {@link parseScorecard} without throwing.
 *
 * @example
 * ```ts
 * safeParseScorecard({ id: "c", kpis: [] }).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseScorecard(input: unknown, opts?: ParseOptions): SafeParseResult<Scorecard> {
  return safeParseWith(ScorecardSchema, input, opts);
}
