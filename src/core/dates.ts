import {
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  civilFromDayNumber,
  dayNumberFromCivil,
  formatCivil,
  parseCivil,
  weekdayOfDayNumber,
} from "./_lib/civil.js";
import { checkCalendarDate, checkInteger, throwIfIssues, type Issues } from "./_lib/check.js";
import { ValidationError, type Path } from "./errors.js";

/**
 * A calendar day as `"YYYY-MM-DD"` (years 0001–9999), such as `"2026-11-28"`. It must be a
 * day that exists: `"2026-02-30"` is rejected. A calendar date has no time and no time zone,
 * so no host setting can shift it.
 *
 * @example
 * ```ts
 * const due: CalendarDate = "2026-12-31";
 * ```
 * @category Dates
 */
export type CalendarDate = string;

/**
 * Is `value` a real calendar day written `"YYYY-MM-DD"`?
 *
 * @example
 * ```ts
 * isCalendarDate("2028-02-29"); //=> true  (leap year)
 * isCalendarDate("2026-02-29"); //=> false
 * isCalendarDate("2026-2-3");   //=> false (two-digit month and day)
 * ```
 * @category Dates
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === "string" && parseCivil(value) !== undefined;
}

/**
 * Day number of a valid calendar date (days since 1970-01-01). Callers validate first.
 * @internal
 */
export function toDayNumber(date: CalendarDate): number {
  const civil = parseCivil(date);
  if (civil === undefined) return Number.NaN;
  return dayNumberFromCivil(civil.year, civil.month, civil.day);
}

/**
 * Calendar date of a day number (days since 1970-01-01).
 * @internal
 */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return formatCivil(year, month, day);
}

/**
 * Day of the week of a valid calendar date: 0 = Sunday … 6 = Saturday.
 * @internal
 */
export function weekdayOf(date: CalendarDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

/**
 * The date `days` days after `date` (before it when negative).
 *
 * @throws {ValidationError} when `date` is not a calendar date, `days` is not a safe integer,
 * or the result leaves the years 0001–9999.
 * @example
 * ```ts
 * addDays("2026-11-28", 3);  //=> "2026-12-01"
 * addDays("2028-03-01", -1); //=> "2028-02-29"
 * ```
 * @category Dates
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const issues: Issues = [];
  checkCalendarDate(date, ["date"], issues);
  checkInteger(days, ["days"], issues);
  throwIfIssues(issues);
  return shiftDays(date, days, ["days"]);
}

/**
 * Shifts a valid date by whole days, with a range check.
 * @internal
 */
export function shiftDays(date: CalendarDate, days: number, path: Path): CalendarDate {
  const target = toDayNumber(date) + days;
  if (target < MIN_DAY_NUMBER || target > MAX_DAY_NUMBER) {
    throw new ValidationError([{ path, code: "validation.date-range" }]);
  }
  return fromDayNumber(target);
}

/**
 * Whole days from `from` to `to`: positive when `to` is later, negative when earlier, 0 on the
 * same day. (The number of days in an inclusive period is `daysBetween(start, end) + 1`; see
 * {@link periodDays}.)
 *
 * @throws {ValidationError} when either argument is not a calendar date.
 * @example
 * ```ts
 * daysBetween("2026-10-01", "2026-12-31"); //=> 91
 * daysBetween("2026-03-01", "2026-02-28"); //=> -1
 * ```
 * @category Dates
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const issues: Issues = [];
  checkCalendarDate(from, ["from"], issues);
  checkCalendarDate(to, ["to"], issues);
  throwIfIssues(issues);
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Day of the week: 0 = Sunday, 1 = Monday … 6 = Saturday (as in `Date#getDay`).
 *
 * @throws {ValidationError} when `date` is not a calendar date.
 * @example
 * ```ts
 * dayOfWeek("2026-11-28"); //=> 6 (a Saturday)
 * ```
 * @category Dates
 */
export function dayOfWeek(date: CalendarDate): number {
  const issues: Issues = [];
  checkCalendarDate(date, ["date"], issues);
  throwIfIssues(issues);
  return weekdayOf(date);
}

/**
 * Orders two calendar dates: negative when `a` is earlier, 0 when equal, positive when later.
 * Usable directly with `Array#sort`.
 *
 * @throws {ValidationError} when either argument is not a calendar date.
 * @example
 * ```ts
 * ["2026-12-01", "2026-01-31"].sort(compareDates); //=> ["2026-01-31", "2026-12-01"]
 * ```
 * @category Dates
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(daysBetween(b, a));
}
