/**
 * zod schemas for plans, credits, payout inputs and disputes. The rules the compute functions
 * apply (bands in order, revenue shares totalling exactly 1, quota where attainment is used)
 * are the same checks, run as refinements, so a parsed plan is one `calculatePayout` accepts.
 * @module
 */
import { z } from "zod";
import { parseWith, rule, safeParseWith, type ParseOptions, type SafeParseResult } from "../core/_lib/parse.js";
import type { Issues } from "../core/_lib/check.js";
import { CalendarDateSchema, CurrencyCodeSchema, DecimalSchema, keyedRecord, PeriodSchema, RoundingModeSchema } from "../core/schema.js";
import { ScoringCurveSchema } from "../performance/schema.js";
import { readCredits, readPlan } from "./_lib/compile.js";
import type { DisputeRecord } from "./dispute.js";
import type { Credit, CreditFilter, IncentivePlan, PayoutInput } from "./types.js";

const Minor = z.number().refine(Number.isSafeInteger, { params: { code: "validation.minor-units" } });
const NonNegativeMinor = Minor.refine((n) => n >= 0, { params: { code: "validation.negative" } });

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

/**
 * A credit filter (recursive: `all` / `any` of filters).
 *
 * @example
 * ```ts
 * CreditFilterSchema.parse({ attribute: "qty", gte: 10 });
 * ```
 * @category Schemas
 */
export const CreditFilterSchema: z.ZodType<CreditFilter> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(CreditFilterSchema).min(1) }),
    z.object({ any: z.array(CreditFilterSchema).min(1) }),
    z.object({ attribute: z.string().min(1), equals: Scalar.optional(), in: z.array(Scalar).min(1).optional(), gte: z.union([z.string(), z.number()]).optional(), lte: z.union([z.string(), z.number()]).optional() }),
  ]),
) as z.ZodType<CreditFilter>;

const CreditKindSchema = z.enum(["revenue", "overlay"]);

const CommissionSchema = z.object({
  kind: z.literal("commission"),
  id: z.string().min(1),
  credit: CreditKindSchema.optional(),
  rate: DecimalSchema.optional(),
  tiers: z
    .object({
      mode: z.enum(["marginal", "retroactive"]),
      basis: z.enum(["amount", "attainment"]),
      scope: z.enum(["period", "credit"]).optional(),
      bands: z.array(z.object({ from: DecimalSchema, rate: DecimalSchema })).min(1),
    })
    .optional(),
  gate: z.object({ minAttainment: DecimalSchema }).optional(),
  cap: z.object({ perCredit: NonNegativeMinor }).optional(),
  filter: CreditFilterSchema.optional(),
});

const BonusSchema = z.object({
  kind: z.literal("bonus"),
  id: z.string().min(1),
  targetIncentive: NonNegativeMinor,
  measures: z.array(z.object({ key: z.string().min(1), weight: DecimalSchema, curve: ScoringCurveSchema })).min(1),
  prorate: z.enum(["calendar-days", "none"]).optional(),
});

const SpifSchema = z.object({
  kind: z.literal("spif"),
  id: z.string().min(1),
  amount: NonNegativeMinor,
  filter: CreditFilterSchema,
  mode: z.enum(["every", "once"]).optional(),
  credit: CreditKindSchema.optional(),
});

/**
 * An incentive plan, with the same rules `calculatePayout` applies.
 *
 * @example
 * ```ts
 * IncentivePlanSchema.safeParse({ id: "p", currency: "CNY", components: [{ kind: "commission", id: "c", rate: "0.05" }] }).success; //=> true
 * ```
 * @category Schemas
 */
export const IncentivePlanSchema: z.ZodType<IncentivePlan> = z
  .object({
    id: z.string().min(1),
    currency: CurrencyCodeSchema,
    rounding: RoundingModeSchema.optional(),
    quota: z.object({ amount: NonNegativeMinor, prorate: z.enum(["calendar-days", "none"]).optional() }).optional(),
    components: z.array(z.discriminatedUnion("kind", [CommissionSchema, BonusSchema, SpifSchema])).min(1),
    draw: z
      .object({
        amount: NonNegativeMinor,
        type: z.enum(["recoverable", "non-recoverable"]),
        style: z.enum(["guarantee", "additive"]).optional(),
        from: CalendarDateSchema.optional(),
        until: CalendarDateSchema.optional(),
        recoverFrom: CalendarDateSchema.optional(),
      })
      .optional(),
    clawback: z
      .object({ windowDays: z.number().int().min(0), mode: z.enum(["full", "unserved-term"]).optional(), termDays: z.number().int().min(1).optional(), termMonths: z.number().int().min(1).optional() })
      .optional(),
    cap: z.object({ perPeriod: NonNegativeMinor, payExcessLater: z.boolean().optional() }).optional(),
  })
  .superRefine(...rule((value, issues) => readPlan(value, [], issues))) as z.ZodType<IncentivePlan>;

const CreditShape = z.object({
  id: z.string().min(1),
  amount: Minor,
  date: CalendarDateSchema,
  payees: z.array(z.object({ id: z.string().min(1), share: DecimalSchema, kind: CreditKindSchema.optional() })).min(1),
  status: z.enum(["won", "cancelled"]).optional(),
  cancelledOn: CalendarDateSchema.optional(),
  attributes: keyedRecord(Scalar).optional(),
});

/**
 * A credit, with revenue shares totalling exactly 1.
 *
 * @example
 * ```ts
 * CreditSchema.safeParse({ id: "d1", amount: 100, date: "2026-11-10", payees: [{ id: "A", share: "0.6" }, { id: "B", share: "0.3" }] }).success; //=> false
 * ```
 * @category Schemas
 */
export const CreditSchema: z.ZodType<Credit> = CreditShape.superRefine(
  ...rule((value, issues) => {
    const inner: Issues = [];
    readCredits([value], [], inner);
    for (const issue of inner) issues.push({ ...issue, path: issue.path.slice(1) });
  }),
) as z.ZodType<Credit>;

/**
 * The input of one statement (credit ids unique across the list).
 *
 * @example
 * ```ts
 * PayoutInputSchema.parse({ payeeId: "zhang", period: { start: "2026-10-01", end: "2026-12-31" }, credits: [] });
 * ```
 * @category Schemas
 */
export const PayoutInputSchema: z.ZodType<PayoutInput> = z
  .object({
    payeeId: z.string().min(1),
    period: PeriodSchema,
    credits: z.array(CreditShape),
    measures: keyedRecord(DecimalSchema).optional(),
    employment: z.object({ start: CalendarDateSchema.optional(), end: CalendarDateSchema.optional() }).optional(),
    carry: z.object({ drawBalance: NonNegativeMinor.optional(), capExcess: NonNegativeMinor.optional() }).optional(),
    paidCredits: z.array(z.object({ creditId: z.string().min(1), amount: Minor })).optional(),
  })
  .superRefine(
    ...rule((value, issues) => {
      if (typeof value === "object" && value !== null) readCredits((value as { credits?: unknown }).credits, ["credits"], issues);
    }),
  ) as z.ZodType<PayoutInput>;

/**
 * A dispute record.
 *
 * @example
 * ```ts
 * DisputeRecordSchema.safeParse({}).success; //=> false
 * ```
 * @category Schemas
 */
export const DisputeRecordSchema: z.ZodType<DisputeRecord> = z.object({
  id: z.string().min(1),
  planId: z.string(),
  payeeId: z.string(),
  period: PeriodSchema,
  currency: CurrencyCodeSchema,
  line: z.object({
    index: z.number().int().min(0),
    componentId: z.string(),
    kind: z.enum(["commission", "bonus", "spif", "clawback", "cap-carry", "cap", "deficit", "draw", "recovery"]),
    amount: Minor,
    creditId: z.string().optional(),
  }),
  raisedBy: z.string().min(1),
  raisedOn: CalendarDateSchema,
  reason: z.string().min(1),
  expectedAmount: Minor.nullable(),
  difference: Minor.nullable(),
  status: z.literal("open"),
}) as z.ZodType<DisputeRecord>;

/**
 * Parses an incentive plan, or throws a `ValidationError` listing every problem.
 *
 * @example
 * ```ts
 * parseIncentivePlan(JSON.parse(stored)).components.length;
 * ```
 * @category Schemas
 */
export function parseIncentivePlan(input: unknown, opts?: ParseOptions): IncentivePlan {
  return parseWith(IncentivePlanSchema, input, opts);
}

/**
 * Parses an incentive plan without throwing.
 *
 * @example
 * ```ts
 * safeParseIncentivePlan({ id: "p" }).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseIncentivePlan(input: unknown, opts?: ParseOptions): SafeParseResult<IncentivePlan> {
  return safeParseWith(IncentivePlanSchema, input, opts);
}

/**
 * Parses a list of credits (each checked, ids unique), or throws a `ValidationError`.
 *
 * @example
 * ```ts
 * parseCredits([{ id: "d1", amount: 100, date: "2026-11-10", payees: [{ id: "A", share: 1 }] }]).length; //=> 1
 * ```
 * @category Schemas
 */
export function parseCredits(input: unknown, opts?: ParseOptions): Credit[] {
  return parseWith(CreditListSchema, input, opts);
}

/**
 * Parses a list of credits without throwing.
 *
 * @example
 * ```ts
 * safeParseCredits([{ id: "d1" }]).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseCredits(input: unknown, opts?: ParseOptions): SafeParseResult<Credit[]> {
  return safeParseWith(CreditListSchema, input, opts);
}

const CreditListSchema: z.ZodType<Credit[]> = z.array(CreditShape).superRefine(...rule((value, issues) => readCredits(value, [], issues))) as z.ZodType<Credit[]>;
