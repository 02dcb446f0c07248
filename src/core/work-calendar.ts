/**
 * Working days: weekends, public holidays, and the weekend days China moves work onto around
 * its holidays (调休).
 * @module
 */
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER, parseCivil } from "./_lib/civil.js";
import { checkArray, checkCalendarDate, checkInteger, checkRecord, report, throwIfIssues, type Issues } from "./_lib/check.js";
import { fromDayNumber, toDayNumber, weekdayOf, type CalendarDate } from "./dates.js";
import { ValidationError } from "./errors.js";
import type { Finding } from "./findings.js";
import type { CoreFindingCode } from "./codes.js";
import type { Period } from "./periods.js";
import { checkPeriod } from "./periods.js";

/**
 * Which days are working days. A day is a working day when it is listed in
 * `extraWorkingDays`; otherwise when it is neither in `holidays` nor on a `weekendDays`
 * weekday. Without a calendar, Monday to Friday are working days.
 *
 * @example
 * ```ts
 * // 2025 National Day and Mid-Autumn (国庆节、中秋节): 1–8 October off, Sunday 28 September and
 * // Saturday 11 October worked (国务院办公厅关于2025年部分节假日安排的通知).
 * const cn2025: WorkCalendar = {
 *   holidays: ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08"],
 *   extraWorkingDays: ["2025-09-28", "2025-10-11"],
 * };
 * ```
 * @category Dates
 */
export interface WorkCalendar {
  /** Days of the week that are not worked: 0 = Sunday … 6 = Saturday. Default `[0, 6]`; at most 6 days. */
  readonly weekendDays?: readonly number[];
  /** Days off that would otherwise be working days (public holidays, company days off). */
  readonly holidays?: readonly CalendarDate[];
  /** Days worked that would otherwise be weekend days (调休上班日). */
  readonly extraWorkingDays?: readonly CalendarDate[];
}

/** A validated calendar with fast look-ups by day number. @internal */
export interface CompiledCalendar {
  readonly weekend: readonly boolean[];
  readonly holidays: ReadonlySet<number>;
  readonly extra: ReadonlySet<number>;
}

const DEFAULT_CALENDAR: CompiledCalendar = { weekend: [true, false, false, false, false, false, true], holidays: new Set(), extra: new Set() };

/**
 * Validates a work calendar and prepares its look-ups; issues go to `issues`.
 * @internal
 */
export function compileCalendar(calendar: unknown, path: readonly (string | number)[], issues: Issues): CompiledCalendar {
  if (calendar === undefined) return DEFAULT_CALENDAR;
  if (!checkRecord(calendar, path, issues)) return DEFAULT_CALENDAR;
  const weekend = [false, false, false, false, false, false, false];
  const weekendDays = calendar["weekendDays"];
  if (weekendDays === undefined) {
    weekend[0] = true;
    weekend[6] = true;
  } else if (checkArray(weekendDays, [...path, "weekendDays"], issues)) {
    for (let i = 0; i < weekendDays.length; i++) {
      const d = weekendDays[i];
      if (checkInteger(d, [...path, "weekendDays", i], issues, { min: 0, max: 6 })) weekend[d] = true;
    }
    if (weekend.every(Boolean)) report(issues, [...path, "weekendDays"], "validation.length", { max: 6, value: 7 });
  }
  const days = (key: "holidays" | "extraWorkingDays"): Set<number> => {
    const set = new Set<number>();
    const list = calendar[key];
    if (list === undefined || !checkArray(list, [...path, key], issues)) return set;
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (checkCalendarDate(d, [...path, key, i], issues)) set.add(toDayNumber(d));
    }
    return set;
  };
  const holidays = days("holidays");
  const extra = days("extraWorkingDays");
  for (const day of extra) {
    if (holidays.has(day)) report(issues, path, "validation.calendar-conflict", { date: fromDayNumber(day) });
  }
  return { weekend, holidays, extra };
}

/**
 * Is day number `day` a working day in a compiled calendar?
 * @internal
 */
export function isWorkingDayNumber(day: number, calendar: CompiledCalendar): boolean {
  if (calendar.extra.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  return !calendar.weekend[(((day + 4) % 7) + 7) % 7];
}

/**
 * Is `date` a working day?
 *
 * @throws {ValidationError} when `date` or `calendar` is invalid.
 * @example
 * ```ts
 * isWorkingDay("2026-11-28");                                           //=> false (Saturday)
 * isWorkingDay("2025-09-28", { extraWorkingDays: ["2025-09-28"] });     //=> true  (调休上班)
 * isWorkingDay("2025-10-08", { holidays: ["2025-10-08"] });             //=> false
 * ```
 * @category Dates
 */
export function isWorkingDay(date: CalendarDate, calendar?: WorkCalendar): boolean {
  const issues: Issues = [];
  checkCalendarDate(date, ["date"], issues);
  const compiled = compileCalendar(calendar, ["calendar"], issues);
  throwIfIssues(issues);
  return isWorkingDayNumber(toDayNumber(date), compiled);
}

/**
 * The working day `days` working days after `date` (before it when negative). The start day
 * itself is never counted, so adding 1 on a Friday gives the next Monday, and adding 1 on a
 * Saturday also gives Monday; adding 0 returns `date` unchanged.
 *
 * @param days - whole working days, −100,000 to 100,000
 * @throws {ValidationError} when an argument is invalid or the result leaves 0001–9999.
 * @example
 * ```ts
 * addWorkingDays("2026-11-27", 1);  //=> "2026-11-30" (Friday → Monday)
 * addWorkingDays("2026-11-30", -1); //=> "2026-11-27"
 * // Three working days from Friday 26 September 2025 in the 2025 National Day schedule:
 * // 28 Sep (Sun, worked), 29 Sep, 30 Sep.
 * addWorkingDays("2025-09-26", 3, cn2025); //=> "2025-09-30"
 * ```
 * @category Dates
 */
export function addWorkingDays(date: CalendarDate, days: number, calendar?: WorkCalendar): CalendarDate {
  const issues: Issues = [];
  checkCalendarDate(date, ["date"], issues);
  checkInteger(days, ["days"], issues, { min: -100_000, max: 100_000 });
  const compiled = compileCalendar(calendar, ["calendar"], issues);
  throwIfIssues(issues);
  let day = toDayNumber(date);
  const step = days < 0 ? -1 : 1;
  let left = Math.abs(days);
  while (left > 0) {
    day += step;
    if (day < MIN_DAY_NUMBER || day > MAX_DAY_NUMBER) throw new ValidationError([{ path: ["days"], code: "validation.date-range" }]);
    if (isWorkingDayNumber(day, compiled)) left -= 1;
  }
  return fromDayNumber(day);
}

/**
 * How many working days a period has, both ends included.
 *
 * @throws {ValidationError} when `period` or `calendar` is invalid.
 * @example
 * ```ts
 * countWorkingDays({ start: "2026-11-23", end: "2026-11-29" });                      //=> 5
 * countWorkingDays({ start: "2025-09-28", end: "2025-10-11" }, cn2025);             //=> 6
 * ```
 * @category Dates
 */
export function countWorkingDays(period: Period, calendar?: WorkCalendar): number {
  const issues: Issues = [];
  checkPeriod(period, ["period"], issues);
  const compiled = compileCalendar(calendar, ["calendar"], issues);
  throwIfIssues(issues);
  const start = toDayNumber(period.start);
  const end = toDayNumber(period.end);
  // Whole weeks have the same number of weekend days; only listed days need a look each.
  const weeks = Math.floor((end - start + 1) / 7);
  const perWeek = 7 - compiled.weekend.filter(Boolean).length;
  let count = weeks * perWeek;
  for (let day = start + weeks * 7; day <= end; day++) if (!compiled.weekend[(((day + 4) % 7) + 7) % 7]) count += 1;
  const weekdayOfNumber = (day: number): number => (((day + 4) % 7) + 7) % 7;
  for (const day of compiled.holidays) {
    if (day >= start && day <= end && !compiled.extra.has(day) && !compiled.weekend[weekdayOfNumber(day)]) count -= 1;
  }
  for (const day of compiled.extra) {
    if (day >= start && day <= end && compiled.weekend[weekdayOfNumber(day)]) count += 1;
  }
  return count;
}

/**
 * Checks a work calendar for the mistakes that silently skew working-day counts:
 * - `calendar.year-not-covered` (warning): the calendar lists no holiday or extra working day
 *   in the year of `asOf` (China publishes each year's schedule in the autumn before);
 * - `calendar.holiday-on-weekend` (info): a holiday on a weekend day changes nothing;
 * - `calendar.extra-working-day-on-weekday` (warning): an extra working day that is a weekday
 *   anyway, often a typo for another date.
 *
 * @throws {ValidationError} when `calendar` or `asOf` is invalid.
 * @example
 * ```ts
 * checkWorkCalendar(cn2025, { asOf: "2026-01-05" });
 * //=> [{ code: "calendar.year-not-covered", severity: "warning", params: { year: 2026 } }]
 * ```
 * @category Dates
 */
export function checkWorkCalendar(calendar: WorkCalendar, opts: { readonly asOf: CalendarDate }): Finding<CoreFindingCode>[] {
  const issues: Issues = [];
  // here the calendar is the subject, not an optional setting: it must be given
  if (checkRecord(calendar, ["calendar"], issues)) compileCalendar(calendar, ["calendar"], issues);
  if (checkRecord(opts, ["opts"], issues)) checkCalendarDate(opts.asOf, ["opts", "asOf"], issues);
  throwIfIssues(issues);
  const findings: Finding<CoreFindingCode>[] = [];
  const year = parseCivil(opts.asOf)!.year;
  const listed = [...(calendar.holidays ?? []), ...(calendar.extraWorkingDays ?? [])];
  if (!listed.some((d) => parseCivil(d)!.year === year)) {
    findings.push({ code: "calendar.year-not-covered", severity: "warning", params: { year } });
  }
  const weekendDays = calendar.weekendDays ?? [0, 6];
  (calendar.holidays ?? []).forEach((date, i) => {
    if (weekendDays.includes(weekdayOf(date))) findings.push({ code: "calendar.holiday-on-weekend", severity: "info", path: ["holidays", i], params: { date } });
  });
  (calendar.extraWorkingDays ?? []).forEach((date, i) => {
    if (!weekendDays.includes(weekdayOf(date))) findings.push({ code: "calendar.extra-working-day-on-weekday", severity: "warning", path: ["extraWorkingDays", i], params: { date } });
  });
  return findings;
}
