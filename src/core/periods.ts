/**
 * Inclusive calendar periods: weeks, months, fiscal quarters, halves and years.
 * @module
 */
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER, daysInMonth, formatCivil, parseCivil } from "./_lib/civil.js";
import { checkCalendarDate, checkEnum, checkInteger, checkRecord, report, throwIfIssues, type Issues } from "./_lib/check.js";
import { fromDayNumber, toDayNumber, weekdayOf, type CalendarDate } from "./dates.js";
import { ValidationError, type Path } from "./errors.js";

/**
 * A run of whole days from `start` to `end`, both included: the fourth quarter of 2026 is
 * `{ start: "2026-10-01", end: "2026-12-31" }` and has 92 days.
 *
 * @example
 * ```ts
 * const q4: Period = { start: "2026-10-01", end: "2026-12-31" };
 * ```
 * @category Periods
 */
export interface Period {
  /** First day, included. */
  readonly start: CalendarDate;
  /** Last day, included; never before `start`. */
  readonly end: CalendarDate;
}

/**
 * The kinds of period {@link periodOf} builds.
 *
 * @example
 * ```ts
 * const kind: PeriodKind = "quarter";
 * ```
 * @category Periods
 */
export type PeriodKind = "week" | "month" | "quarter" | "half" | "year";

/**
 * Every period kind, shortest first.
 *
 * @example
 * ```ts
 * PERIOD_KINDS.length; //=> 5
 * ```
 * @category Periods
 */
export const PERIOD_KINDS: readonly PeriodKind[] = Object.freeze(["week", "month", "quarter", "half", "year"]);

/**
 * Where a team's calendar starts: the first month of its fiscal year and the first day of its
 * week.
 *
 * @example
 * ```ts
 * const calendar: PeriodOptions = { fiscalYearStartMonth: 4, weekStartsOn: 1 };
 * ```
 * @category Periods
 */
export interface PeriodOptions {
  /** First month of the fiscal year, 1 (January, the default) to 12. Quarters, halves and years count from it. */
  readonly fiscalYearStartMonth?: number;
  /** First day of the week, 0 (Sunday) to 6 (Saturday); default 1, Monday, as in China and ISO 8601. */
  readonly weekStartsOn?: number;
}

const MONTHS_IN: Readonly<Record<Exclude<PeriodKind, "week">, number>> = { month: 1, quarter: 3, half: 6, year: 12 };

function checkOptions(opts: unknown, issues: Issues): { fiscalYearStartMonth: number; weekStartsOn: number } {
  let fiscalYearStartMonth = 1;
  let weekStartsOn = 1;
  if (opts === undefined) return { fiscalYearStartMonth, weekStartsOn };
  if (!checkRecord(opts, ["opts"], issues)) return { fiscalYearStartMonth, weekStartsOn };
  const f = opts["fiscalYearStartMonth"];
  if (f !== undefined && checkInteger(f, ["opts", "fiscalYearStartMonth"], issues, { min: 1, max: 12 })) fiscalYearStartMonth = f;
  const w = opts["weekStartsOn"];
  if (w !== undefined && checkInteger(w, ["opts", "weekStartsOn"], issues, { min: 0, max: 6 })) weekStartsOn = w;
  return { fiscalYearStartMonth, weekStartsOn };
}

/**
 * The week, month, quarter, half or year that contains `date`. Quarters, halves and years
 * follow the fiscal year (`fiscalYearStartMonth`); weeks start on `weekStartsOn`.
 *
 * @throws {ValidationError} when `kind` is unknown, `date` is not a calendar date, or an
 * option is out of range.
 * @example
 * ```ts
 * periodOf("quarter", "2026-11-28");                              //=> { start: "2026-10-01", end: "2026-12-31" }
 * periodOf("quarter", "2026-11-28", { fiscalYearStartMonth: 2 }); //=> { start: "2026-11-01", end: "2027-01-31" }
 * periodOf("year", "2026-02-10", { fiscalYearStartMonth: 4 });    //=> { start: "2025-04-01", end: "2026-03-31" }
 * periodOf("week", "2026-11-28");                                 //=> { start: "2026-11-23", end: "2026-11-29" }
 * ```
 * @category Periods
 */
export function periodOf(kind: PeriodKind, date: CalendarDate, opts?: PeriodOptions): Period {
  const issues: Issues = [];
  checkEnum(kind, PERIOD_KINDS, ["kind"], issues);
  checkCalendarDate(date, ["date"], issues);
  const options = checkOptions(opts, issues);
  throwIfIssues(issues);
  return inRange(periodContaining(kind, date, options.fiscalYearStartMonth, options.weekStartsOn), ["date"]);
}

/** A period whose days all lie in 0001–9999, or a `validation.date-range` error at `path`. @internal */
function inRange(period: { start: string; end: string }, path: Path): Period {
  const start = parseCivil(period.start);
  const end = parseCivil(period.end);
  if (start === undefined || end === undefined || start.year < 1 || end.year > 9999) {
    throw new ValidationError([{ path, code: "validation.date-range" }]);
  }
  return period;
}

/**
 * {@link periodOf} on validated arguments.
 * @internal
 */
export function periodContaining(kind: PeriodKind, date: CalendarDate, fiscalYearStartMonth: number, weekStartsOn: number): Period {
  if (kind === "week") {
    const day = toDayNumber(date);
    const start = day - ((weekdayOf(date) - weekStartsOn + 7) % 7);
    return { start: fromDayNumber(start), end: fromDayNumber(start + 6) };
  }
  const { year, month } = parseCivil(date)!;
  const length = MONTHS_IN[kind];
  // Months counted from year 0, so fiscal arithmetic needs no special cases at year ends.
  const absoluteMonth = year * 12 + (month - 1);
  const intoFiscalYear = (month - fiscalYearStartMonth + 12) % 12;
  const startMonth = absoluteMonth - (intoFiscalYear % length);
  const endMonth = startMonth + length - 1;
  const endYear = Math.floor(endMonth / 12);
  const endMonthOfYear = (endMonth % 12) + 1;
  return {
    start: formatCivil(Math.floor(startMonth / 12), (startMonth % 12) + 1, 1),
    end: formatCivil(endYear, endMonthOfYear, daysInMonth(endYear, endMonthOfYear)),
  };
}

/**
 * The period of the same kind right after (`step` 1, the default) or before (`step` −1)
 * `period`, counted in whole periods.
 *
 * @throws {ValidationError} on a bad kind, period or option, or a result outside 0001–9999.
 * @example
 * ```ts
 * shiftPeriod("quarter", { start: "2026-10-01", end: "2026-12-31" });     //=> { start: "2027-01-01", end: "2027-03-31" }
 * shiftPeriod("month", { start: "2026-03-01", end: "2026-03-31" }, -1);  //=> { start: "2026-02-01", end: "2026-02-28" }
 * ```
 * @category Periods
 */
export function shiftPeriod(kind: PeriodKind, period: Period, step = 1, opts?: PeriodOptions): Period {
  const issues: Issues = [];
  checkEnum(kind, PERIOD_KINDS, ["kind"], issues);
  checkPeriod(period, ["period"], issues);
  checkInteger(step, ["step"], issues, { min: -100_000, max: 100_000 });
  const options = checkOptions(opts, issues);
  throwIfIssues(issues);
  let current = inRange(periodContaining(kind, period.start, options.fiscalYearStartMonth, options.weekStartsOn), ["period"]);
  const forward = step > 0;
  for (let i = 0; i < Math.abs(step); i++) {
    const edge = forward ? toDayNumber(current.end) + 1 : toDayNumber(current.start) - 1;
    if (edge < MIN_DAY_NUMBER || edge > MAX_DAY_NUMBER) throw new ValidationError([{ path: ["step"], code: "validation.date-range" }]);
    current = inRange(periodContaining(kind, fromDayNumber(edge), options.fiscalYearStartMonth, options.weekStartsOn), ["step"]);
  }
  return current;
}

/**
 * Checks for a period with real dates and `start` ≤ `end`.
 * @internal
 */
export function checkPeriod(value: unknown, path: Path, issues: Issues): value is Period {
  if (!checkRecord(value, path, issues)) return false;
  const okStart = checkCalendarDate(value["start"], [...path, "start"], issues);
  const okEnd = checkCalendarDate(value["end"], [...path, "end"], issues);
  if (okStart && okEnd && toDayNumber(value["end"] as string) < toDayNumber(value["start"] as string)) {
    return report(issues, path, "validation.period-order", { start: value["start"] as string, end: value["end"] as string });
  }
  return okStart && okEnd;
}

/**
 * How many days a period has, both ends included.
 *
 * @throws {ValidationError} when `period` is not a valid period.
 * @example
 * ```ts
 * periodDays({ start: "2026-10-01", end: "2026-12-31" }); //=> 92
 * periodDays({ start: "2028-02-01", end: "2028-02-29" }); //=> 29
 * ```
 * @category Periods
 */
export function periodDays(period: Period): number {
  const issues: Issues = [];
  checkPeriod(period, ["period"], issues);
  throwIfIssues(issues);
  return toDayNumber(period.end) - toDayNumber(period.start) + 1;
}

/**
 * The share of a period that has elapsed by the end of `asOf`, counting days inclusively:
 * `(days from start to asOf, both included) / (days in period)`. 0 before the period starts,
 * `1 / length` on its first day, 1 on its last day and after it.
 *
 * @throws {ValidationError} when `period` or `asOf` is invalid.
 * @example
 * ```ts
 * elapsedFraction({ start: "2026-10-01", end: "2026-12-31" }, "2026-11-28"); //=> 0.6413043478260869 (59 / 92)
 * elapsedFraction({ start: "2026-10-01", end: "2026-12-31" }, "2026-09-30"); //=> 0
 * ```
 * @category Periods
 */
export function elapsedFraction(period: Period, asOf: CalendarDate): number {
  const issues: Issues = [];
  checkPeriod(period, ["period"], issues);
  checkCalendarDate(asOf, ["asOf"], issues);
  throwIfIssues(issues);
  const start = toDayNumber(period.start);
  const end = toDayNumber(period.end);
  const day = toDayNumber(asOf);
  if (day < start) return 0;
  if (day >= end) return 1;
  return (day - start + 1) / (end - start + 1);
}

/**
 * How many days two periods share, both ends included; 0 when they do not meet.
 *
 * @throws {ValidationError} when either period is invalid.
 * @example
 * ```ts
 * overlapDays({ start: "2026-10-01", end: "2026-12-31" }, { start: "2026-12-15", end: "2027-01-15" }); //=> 17
 * overlapDays({ start: "2026-01-01", end: "2026-01-31" }, { start: "2026-02-01", end: "2026-02-28" }); //=> 0
 * ```
 * @category Periods
 */
export function overlapDays(a: Period, b: Period): number {
  const issues: Issues = [];
  checkPeriod(a, ["a"], issues);
  checkPeriod(b, ["b"], issues);
  throwIfIssues(issues);
  const start = Math.max(toDayNumber(a.start), toDayNumber(b.start));
  const end = Math.min(toDayNumber(a.end), toDayNumber(b.end));
  return end < start ? 0 : end - start + 1;
}

/**
 * Is `date` inside `period` (ends included)?
 *
 * @throws {ValidationError} when `period` or `date` is invalid.
 * @example
 * ```ts
 * isWithinPeriod("2026-12-31", { start: "2026-10-01", end: "2026-12-31" }); //=> true
 * isWithinPeriod("2027-01-01", { start: "2026-10-01", end: "2026-12-31" }); //=> false
 * ```
 * @category Periods
 */
export function isWithinPeriod(date: CalendarDate, period: Period): boolean {
  const issues: Issues = [];
  checkCalendarDate(date, ["date"], issues);
  checkPeriod(period, ["period"], issues);
  throwIfIssues(issues);
  const day = toDayNumber(date);
  return day >= toDayNumber(period.start) && day <= toDayNumber(period.end);
}
