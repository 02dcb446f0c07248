/**
 * zod schemas for the core types, and the `parseX` / `safeParseX` functions built on them.
 * Compute functions never import this file at run time, so an app that only computes does not
 * load zod's parser.
 * @module
 */
import { z } from "zod";
import { isCurrencyCode } from "./currency.js";
import { isCalendarDate, toDayNumber, type CalendarDate } from "./dates.js";
import { isDecimal, type DecimalInput } from "./decimal.js";
import type { Finding } from "./findings.js";
import { isInstant, type Instant } from "./instants.js";
import type { Locale } from "./locale.js";
import type { Money } from "./money.js";
import type { Period, PeriodKind, PeriodOptions } from "./periods.js";
import { ROUNDING_MODES, type RoundingMode } from "./rounding.js";
import type { WorkCalendar } from "./work-calendar.js";
import { parseWith, safeParseWith, type ParseOptions, type SafeParseResult } from "./_lib/parse.js";
import { parseDec } from "./_lib/decimal.js";

/**
 * A real calendar day as `"YYYY-MM-DD"`.
 *
 * @example
 * ```ts
 * CalendarDateSchema.safeParse("2026-02-30").success; //=> false
 * ```
 * @category Schemas
 */
export const CalendarDateSchema: z.ZodType<CalendarDate> = z.string().refine(isCalendarDate, { params: { code: "validation.calendar-date" } });

/**
 * An ISO 8601 instant with an offset.
 *
 * @example
 * ```ts
 * InstantSchema.safeParse("2026-11-28T09:30:00+08:00").success; //=> true
 * ```
 * @category Schemas
 */
export const InstantSchema: z.ZodType<Instant> = z.string().refine(isInstant, { params: { code: "validation.instant" } });

/**
 * An ISO 4217 currency code.
 *
 * @example
 * ```ts
 * CurrencyCodeSchema.safeParse("CNY").success; //=> true
 * ```
 * @category Schemas
 */
export const CurrencyCodeSchema: z.ZodType<string> = z.string().refine(isCurrencyCode, { params: { code: "validation.currency" } });

/**
 * An exact decimal, as a number or as text.
 *
 * @example
 * ```ts
 * DecimalSchema.safeParse("0.035").success; //=> true
 * ```
 * @category Schemas
 */
export const DecimalSchema: z.ZodType<DecimalInput> = z.union([z.number(), z.string()]).refine(isDecimal, { params: { code: "validation.decimal" } });

/**
 * A non-negative exact decimal (weights, shares).
 *
 * @example
 * ```ts
 * NonNegativeDecimalSchema.safeParse("-1").success; //=> false
 * ```
 * @category Schemas
 */
export const NonNegativeDecimalSchema: z.ZodType<DecimalInput> = DecimalSchema.refine((d) => (parseDec(d)?.coefficient ?? 0n) >= 0n, {
  params: { code: "validation.negative" },
});

/**
 * Money: integer minor units and a currency.
 *
 * @example
 * ```ts
 * MoneySchema.safeParse({ amount: 10.5, currency: "CNY" }).success; //=> false
 * ```
 * @category Schemas
 */
export const MoneySchema: z.ZodType<Money> = z.object({
  amount: z.number().refine(Number.isSafeInteger, { params: { code: "validation.minor-units" } }),
  currency: CurrencyCodeSchema,
});

/**
 * A rounding mode.
 *
 * @example
 * ```ts
 * RoundingModeSchema.parse("half-up"); //=> "half-up"
 * ```
 * @category Schemas
 */
export const RoundingModeSchema: z.ZodType<RoundingMode> = z.enum(ROUNDING_MODES as [RoundingMode, ...RoundingMode[]]);

/**
 * A period kind.
 *
 * @example
 * ```ts
 * PeriodKindSchema.parse("quarter"); //=> "quarter"
 * ```
 * @category Schemas
 */
export const PeriodKindSchema: z.ZodType<PeriodKind> = z.enum(["week", "month", "quarter", "half", "year"]);

/**
 * An inclusive period whose end is not before its start.
 *
 * @example
 * ```ts
 * PeriodSchema.safeParse({ start: "2026-12-31", end: "2026-10-01" }).success; //=> false
 * ```
 * @category Schemas
 */
export const PeriodSchema: z.ZodType<Period> = z
  .object({ start: CalendarDateSchema, end: CalendarDateSchema })
  .superRefine((p, ctx) => {
    if (toDayNumber(p.end) < toDayNumber(p.start)) {
      ctx.addIssue({ code: "custom", path: [], params: { code: "validation.period-order", start: p.start, end: p.end } });
    }
  });

/**
 * Fiscal-year start month and first day of the week.
 *
 * @example
 * ```ts
 * PeriodOptionsSchema.parse({ fiscalYearStartMonth: 4 }); //=> { fiscalYearStartMonth: 4 }
 * ```
 * @category Schemas
 */
export const PeriodOptionsSchema: z.ZodType<PeriodOptions> = z.object({
  fiscalYearStartMonth: z.number().int().min(1).max(12).optional(),
  weekStartsOn: z.number().int().min(0).max(6).optional(),
}) as z.ZodType<PeriodOptions>;

/**
 * A work calendar: weekend days, holidays and extra working days (调休).
 *
 * @example
 * ```ts
 * WorkCalendarSchema.safeParse({ holidays: ["2025-10-01"], extraWorkingDays: ["2025-10-01"] }).success; //=> false
 * ```
 * @category Schemas
 */
export const WorkCalendarSchema: z.ZodType<WorkCalendar> = z
  .object({
    weekendDays: z.array(z.number().int().min(0).max(6)).optional(),
    holidays: z.array(CalendarDateSchema).optional(),
    extraWorkingDays: z.array(CalendarDateSchema).optional(),
  })
  .superRefine((calendar, ctx) => {
    if (calendar.weekendDays !== undefined && new Set(calendar.weekendDays).size > 6) {
      ctx.addIssue({ code: "custom", path: ["weekendDays"], params: { code: "validation.length", max: 6 } });
    }
    const holidays = new Set(calendar.holidays ?? []);
    for (const date of calendar.extraWorkingDays ?? []) {
      if (holidays.has(date)) ctx.addIssue({ code: "custom", path: [], params: { code: "validation.calendar-conflict", date } });
    }
  }) as z.ZodType<WorkCalendar>;

/**
 * A supported locale.
 *
 * @example
 * ```ts
 * LocaleSchema.parse("zh-CN"); //=> "zh-CN"
 * ```
 * @category Schemas
 */
export const LocaleSchema: z.ZodType<Locale> = z.enum(["en", "zh-CN"]);

const MessageParamValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  MoneySchema,
  z.array(z.union([z.string(), z.number(), MoneySchema])),
]);

/**
 * A finding as stored data (any code string, so findings of newer versions still parse).
 *
 * @example
 * ```ts
 * FindingSchema.parse({ code: "calendar.holiday-on-weekend", severity: "info" });
 * ```
 * @category Schemas
 */
export const FindingSchema: z.ZodType<Finding<string>> = z.object({
  code: z.string().min(1),
  severity: z.enum(["error", "warning", "info"]),
  path: z.array(z.union([z.string(), z.number()])).optional(),
  params: z.record(z.string(), MessageParamValueSchema).optional(),
}) as z.ZodType<Finding<string>>;

/**
 * Parses unknown input (JSON from a database or a form) into {@link Money}.
 *
 * @throws {ValidationError} listing every problem, in `opts.locale`.
 * @example
 * ```ts
 * parseMoney({ amount: 12345, currency: "CNY" }); //=> { amount: 12345, currency: "CNY" }
 * parseMoney({ amount: "12345" }, { locale: "zh-CN" }); // throws ValidationError with two issues
 * ```
 * @category Schemas
 */
export function parseMoney(input: unknown, opts?: ParseOptions): Money {
  return parseWith(MoneySchema, input, opts);
}

/**
 * {@link parseMoney} without throwing.
 *
 * @example
 * ```ts
 * safeParseMoney({ amount: 1.5, currency: "CNY" }).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseMoney(input: unknown, opts?: ParseOptions): SafeParseResult<Money> {
  return safeParseWith(MoneySchema, input, opts);
}

/**
 * Parses unknown input into a {@link Period}.
 *
 * @throws {ValidationError} listing every problem, in `opts.locale`.
 * @example
 * ```ts
 * parsePeriod({ start: "2026-10-01", end: "2026-12-31" }); //=> { start: "2026-10-01", end: "2026-12-31" }
 * ```
 * @category Schemas
 */
export function parsePeriod(input: unknown, opts?: ParseOptions): Period {
  return parseWith(PeriodSchema, input, opts);
}

/**
 * {@link parsePeriod} without throwing.
 *
 * @example
 * ```ts
 * safeParsePeriod({ start: "2026-12-31", end: "2026-10-01" }).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParsePeriod(input: unknown, opts?: ParseOptions): SafeParseResult<Period> {
  return safeParseWith(PeriodSchema, input, opts);
}

/**
 * Parses unknown input into a {@link WorkCalendar}.
 *
 * @throws {ValidationError} listing every problem, in `opts.locale`.
 * @example
 * ```ts
 * parseWorkCalendar({ holidays: ["2025-10-01"] }); //=> { holidays: ["2025-10-01"] }
 * ```
 * @category Schemas
 */
export function parseWorkCalendar(input: unknown, opts?: ParseOptions): WorkCalendar {
  return parseWith(WorkCalendarSchema, input, opts);
}

/**
 * {@link parseWorkCalendar} without throwing.
 *
 * @example
 * ```ts
 * safeParseWorkCalendar({ weekendDays: [7] }).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseWorkCalendar(input: unknown, opts?: ParseOptions): SafeParseResult<WorkCalendar> {
  return safeParseWith(WorkCalendarSchema, input, opts);
}

/**
 * A record keyed by ids the app chooses (people, skills, attributes): like `z.record`, but the
 * output is the input object itself, so a key such as `__proto__` (an own key after
 * `JSON.parse`) is kept exactly as the compute functions see it, never dropped. Each value is
 * checked by `value`; a value schema must not transform. @internal
 */
export function keyedRecord<T>(value: z.ZodType<T>): z.ZodType<Readonly<Record<string, T>>> {
  return z
    .custom<Record<string, T>>((v) => typeof v === "object" && v !== null && !Array.isArray(v), { params: { code: "validation.type", expected: "object" } })
    .superRefine((rec, ctx) => {
      for (const key of Object.keys(rec)) {
        const r = value.safeParse(rec[key]);
        if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ ...(issue as object), path: [key, ...issue.path] } as never);
      }
    });
}
