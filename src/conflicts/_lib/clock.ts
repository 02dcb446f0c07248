/**
 * Days of instants and due dates of case clocks, in working days.
 * @module
 * @internal
 */
import { tzOffset } from "@date-fns/tz";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "../../core/_lib/civil.js";
import { toDayNumber } from "../../core/dates.js";
import { checkInstant } from "../../core/instants.js";
import { isWorkingDayNumber, type CompiledCalendar } from "../../core/work-calendar.js";
import type { CaseDeadline } from "../types.js";

/** Milliseconds since the epoch of a well-formed instant (already validated). @internal */
export function epochOf(instant: string): number {
  return checkInstant(instant, [], [])!.epochMs;
}

/**
 * The day number on which an instant falls: as written in its own offset, or on the wall clocks
 * of `timeZone`. @internal
 */
export function dayOf(instant: string, timeZone: string | undefined): number {
  if (timeZone === undefined) return toDayNumber(instant.slice(0, 10));
  const ms = epochOf(instant);
  const offset = tzOffset(timeZone, new Date(ms));
  return Math.floor((ms + offset * 60_000) / 86_400_000);
}

/** The working day `days` working days after day number `day` (the start not counted). @internal */
export function addWorkingDayNumbers(day: number, days: number, calendar: CompiledCalendar): number {
  let d = day;
  let left = days;
  while (left > 0) {
    d += 1;
    if (d > MAX_DAY_NUMBER) return MAX_DAY_NUMBER;
    if (isWorkingDayNumber(d, calendar)) left -= 1;
  }
  return d;
}

/** Working days d with `after` < d ≤ `through`. @internal */
export function workingDaysBetween(after: number, through: number, calendar: CompiledCalendar): number {
  let count = 0;
  for (let d = Math.max(after + 1, MIN_DAY_NUMBER); d <= through; d++) if (isWorkingDayNumber(d, calendar)) count += 1;
  return count;
}

/**
 * The due day of a clock: its start plus its working days plus every working day spent on hold
 * while the clock still ran (a hold from day f to day t pauses the working days after f up to
 * and including t; a hold still open counts up to `asOfDay`; a hold that starts after the due day
 * moves nothing). @internal
 */
export function dueDayOf(clock: CaseDeadline, calendar: CompiledCalendar, timeZone: string | undefined, asOfDay: number): { due: number; paused: number } {
  let due = addWorkingDayNumbers(dayOf(clock.startedAt, timeZone), clock.workingDays, calendar);
  let paused = 0;
  // Holds come in order. A hold that starts after the due day changes nothing: the deadline had
  // already run out before it. One that starts on the due day, before the day ended, pauses it.
  for (let i = 0; i < clock.holds.length; i++) {
    const hold = clock.holds[i]!;
    const from = dayOf(hold.from, timeZone);
    if (from > due) break;
    const to = hold.to === undefined ? asOfDay : dayOf(hold.to, timeZone);
    const days = workingDaysBetween(from, to, calendar);
    paused += days;
    due = addWorkingDayNumbers(due, days, calendar);
  }
  return { due, paused };
}
