/**
 * Time spent in meetings.
 * @module
 */
import { checkIdList, checkRecord, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { fromDayNumber, toDayNumber, weekdayOf, type CalendarDate } from "../core/dates.js";
import { checkPeriod, type Period } from "../core/periods.js";
import { checkMeetings } from "./_lib/check.js";
import type { Meeting, TeamMeetingType } from "./types.js";

/**
 * Minutes assumed for a meeting without `durationMinutes`: a one-on-one 30 (the practitioner
 * norm is 30–45); Lencioni's team meetings at the low end of their ranges (daily 10, weekly
 * tactical 45, monthly strategic 120, quarterly off-site one 8-hour day); other team meetings 60.
 *
 * @example
 * ```ts
 * DEFAULT_MEETING_MINUTES["one-on-one"]; //=> 30
 * ```
 * @category Meetings
 */
export const DEFAULT_MEETING_MINUTES: Readonly<Record<"one-on-one" | "team" | TeamMeetingType, number>> = Object.freeze({
  "one-on-one": 30,
  team: 60,
  "daily-check-in": 10,
  "weekly-tactical": 45,
  "monthly-strategic": 120,
  "quarterly-off-site": 480,
});

/**
 * One member's minutes in meetings in one week (weeks start on Monday).
 *
 * @example
 * ```ts
 * const row: MeetingLoadRow = { memberId: "a", weekStart: "2024-03-04", minutes: 75, hours: 1.25, meetings: 2 };
 * ```
 * @category Meetings
 */
export interface MeetingLoadRow {
  readonly memberId: string;
  readonly weekStart: CalendarDate;
  readonly minutes: number;
  readonly hours: number;
  readonly meetings: number;
}

/**
 * Hours in meetings per member per week (Monday to Sunday) for meetings in a period, from their
 * durations ({@link DEFAULT_MEETING_MINUTES} when a meeting has none). Every attendee counts,
 * the manager included. Rows are sorted by member (in `memberIds` order when given, otherwise
 * by first appearance) and then by week; weeks without meetings are left out.
 *
 * @throws {ValidationError} when the meetings, the period or the ids are malformed.
 * @example
 * ```ts
 * meetingLoad(meetings, { period: { start: "2024-03-01", end: "2024-03-31" } })[0];
 * ```
 * @category Meetings
 */
export function meetingLoad(meetings: readonly Meeting[], opts: { readonly period: Period; readonly memberIds?: readonly string[] }): MeetingLoadRow[] {
  const issues: Issues = [];
  checkMeetings(meetings, ["meetings"], issues);
  if (checkRecord(opts, ["opts"], issues)) {
    checkPeriod(opts.period, ["opts", "period"], issues);
    if (opts.memberIds !== undefined) checkIdList(opts.memberIds, ["opts", "memberIds"], issues);
  }
  throwIfIssues(issues);
  const wanted = opts.memberIds === undefined ? undefined : new Set(opts.memberIds);
  const rows = new Map<string, Map<number, { minutes: number; meetings: number }>>();
  for (const id of opts.memberIds ?? []) rows.set(id, new Map());
  for (const m of meetings) {
    if (m.date < opts.period.start || m.date > opts.period.end) continue;
    const day = toDayNumber(m.date);
    const week = day - ((weekdayOf(m.date) + 6) % 7); // back to Monday
    const minutes = m.durationMinutes ?? (m.kind === "one-on-one" ? DEFAULT_MEETING_MINUTES["one-on-one"] : DEFAULT_MEETING_MINUTES[m.teamMeetingType ?? "team"]);
    for (const id of new Set(m.attendeeIds)) {
      if (wanted !== undefined && !wanted.has(id)) continue;
      let weeks = rows.get(id);
      if (weeks === undefined) rows.set(id, (weeks = new Map()));
      const w = weeks.get(week) ?? { minutes: 0, meetings: 0 };
      weeks.set(week, { minutes: w.minutes + minutes, meetings: w.meetings + 1 });
    }
  }
  const out: MeetingLoadRow[] = [];
  for (const [memberId, weeks] of rows) {
    for (const week of [...weeks.keys()].sort((a, b) => a - b)) {
      const w = weeks.get(week)!;
      out.push({ memberId, weekStart: fromDayNumber(week), minutes: w.minutes, hours: w.minutes / 60, meetings: w.meetings });
    }
  }
  return out;
}
