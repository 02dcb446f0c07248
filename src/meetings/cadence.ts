/**
 * Are one-on-ones and team meetings happening as often as agreed?
 * @module
 */
import { civilFromDayNumber, dayNumberFromCivil, daysInMonth } from "../core/_lib/civil.js";
import { checkCalendarDate, checkEnum, checkIdList, checkRecord, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { fromDayNumber, toDayNumber, type CalendarDate } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import { checkMeetings } from "./_lib/check.js";
import type { MeetingFindingCode } from "./codes.js";
import type { Cadence, CadencePolicy, Meeting } from "./types.js";

/**
 * One member's one-on-one rhythm.
 *
 * @example
 * ```ts
 * const row: MemberCadence = { memberId: "a", last: "2024-03-04", nextDue: "2024-03-11", overdueDays: 3 };
 * ```
 * @category Meetings
 */
export interface MemberCadence {
  readonly memberId: string;
  /** The last one-on-one on or before `asOf`; absent when there was none. */
  readonly last?: CalendarDate;
  readonly nextDue: CalendarDate;
  /** Days past `nextDue` (0 when not yet due). */
  readonly overdueDays: number;
}

/**
 * The team meeting rhythm (present when the policy sets one).
 *
 * @example
 * ```ts
 * const team: TeamCadence = { last: "2024-03-11", nextDue: "2024-03-18", overdueDays: 0 };
 * ```
 * @category Meetings
 */
export interface TeamCadence {
  readonly last?: CalendarDate;
  readonly nextDue: CalendarDate;
  readonly overdueDays: number;
}

/**
 * A cadence report.
 *
 * @example
 * ```ts
 * const report: CadenceReport = { members: [], team: null, findings: [] };
 * ```
 * @category Meetings
 */
export interface CadenceReport {
  readonly members: readonly MemberCadence[];
  readonly team: TeamCadence | null;
  readonly findings: readonly Finding<MeetingFindingCode>[];
}

const CADENCES: readonly Cadence[] = ["daily", "weekly", "biweekly", "monthly", "quarterly"];

/** The day one cadence step after `day`; months keep the day of month, clamped (Jan 31 → Feb 28). @internal */
export function nextAfter(day: number, cadence: Cadence): number {
  if (cadence === "daily") return day + 1;
  if (cadence === "weekly") return day + 7;
  if (cadence === "biweekly") return day + 14;
  const c = civilFromDayNumber(day);
  const months = cadence === "monthly" ? 1 : 3;
  const index = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayNumberFromCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/**
 * For each member, the last one-on-one, when the next is due and how many days it is overdue;
 * and the same for team meetings when the policy sets a team cadence. Next due = the last
 * meeting + the cadence (a month keeps the day of month). A member never met is due from their
 * start date (`policy.startDates`), or at once. Meetings after `asOf` do not count. A one-on-one
 * counts for every attendee who is not its manager.
 *
 * @throws {ValidationError} when the meetings, member ids, policy or date are malformed.
 * @example
 * ```ts
 * meetingCadence([{ id: "m1", kind: "one-on-one", date: "2024-03-04", managerId: "mgr", attendeeIds: ["mgr", "a"] }], ["a"], { oneOnOne: "weekly" }, "2024-03-14").members;
 * //=> [{ memberId: "a", last: "2024-03-04", nextDue: "2024-03-11", overdueDays: 3 }]
 * ```
 * @category Meetings
 */
export function meetingCadence(meetings: readonly Meeting[], memberIds: readonly string[], policy: CadencePolicy, asOf: CalendarDate): CadenceReport {
  const issues: Issues = [];
  checkMeetings(meetings, ["meetings"], issues);
  checkIdList(memberIds, ["memberIds"], issues, { unique: true });
  if (checkRecord(policy, ["policy"], issues)) {
    checkEnum(policy.oneOnOne, ["weekly", "biweekly", "monthly"] as const, ["policy", "oneOnOne"], issues);
    if (policy.team !== undefined) checkEnum(policy.team, CADENCES, ["policy", "team"], issues);
    const starts: unknown = policy.startDates;
    if (starts !== undefined && checkRecord(starts, ["policy", "startDates"], issues)) {
      for (const id of Object.keys(starts)) checkCalendarDate(starts[id], ["policy", "startDates", id], issues);
    }
  }
  checkCalendarDate(asOf, ["asOf"], issues);
  throwIfIssues(issues);
  const today = toDayNumber(asOf);
  const lastOneOnOne = new Map<string, number>();
  let lastTeam: number | undefined;
  for (const m of meetings) {
    const day = toDayNumber(m.date);
    if (day > today) continue;
    if (m.kind === "team") {
      if (lastTeam === undefined || day > lastTeam) lastTeam = day;
      continue;
    }
    for (const id of m.attendeeIds) {
      if (id === m.managerId) continue;
      const seen = lastOneOnOne.get(id);
      if (seen === undefined || day > seen) lastOneOnOne.set(id, day);
    }
  }
  const findings: Finding<MeetingFindingCode>[] = [];
  const starts = policy.startDates ?? {};
  const members = memberIds.map((memberId): MemberCadence => {
    const last = lastOneOnOne.get(memberId);
    if (last === undefined) {
      const start = Object.prototype.hasOwnProperty.call(starts, memberId) ? starts[memberId] : undefined;
      const due = start === undefined ? today : toDayNumber(start);
      const overdueDays = Math.max(0, today - due);
      // someone who has not started yet is not late for anything
      if (due <= today) findings.push({ code: "meetings.one-on-one.never-held", severity: "warning", params: { memberId, ...(start === undefined ? {} : { since: start }), days: overdueDays } });
      return { memberId, nextDue: fromDayNumber(due), overdueDays };
    }
    const due = nextAfter(last, policy.oneOnOne);
    const overdueDays = Math.max(0, today - due);
    if (overdueDays > 0) findings.push({ code: "meetings.one-on-one.overdue", severity: "warning", params: { memberId, last: fromDayNumber(last), due: fromDayNumber(due), days: overdueDays, cadence: policy.oneOnOne } });
    return { memberId, last: fromDayNumber(last), nextDue: fromDayNumber(due), overdueDays };
  });
  let team: TeamCadence | null = null;
  if (policy.team !== undefined) {
    const due = lastTeam === undefined ? today : nextAfter(lastTeam, policy.team);
    const overdueDays = Math.max(0, today - due);
    team = lastTeam === undefined ? { nextDue: fromDayNumber(due), overdueDays } : { last: fromDayNumber(lastTeam), nextDue: fromDayNumber(due), overdueDays };
    if (lastTeam === undefined) findings.push({ code: "meetings.team.never-held", severity: "warning", params: { cadence: policy.team } });
    else if (overdueDays > 0) findings.push({ code: "meetings.team.overdue", severity: "warning", params: { last: fromDayNumber(lastTeam), due: fromDayNumber(due), days: overdueDays, cadence: policy.team } });
  }
  return { members, team, findings };
}
