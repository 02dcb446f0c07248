/**
 * Action items that carry forward until they are done.
 * @module
 */
import { checkCalendarDate, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { toDayNumber, type CalendarDate } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import { checkMeeting, checkMeetings } from "./_lib/check.js";
import type { MeetingFindingCode } from "./codes.js";
import type { ActionItem, Meeting } from "./types.js";

/**
 * The next meeting with the previous meeting's open action items carried into it, each marked
 * `carriedFrom: previous.id`; items already in the next meeting (same id) are left as they are,
 * and done items are not carried. Neither meeting is changed.
 *
 * @throws {ValidationError} when either meeting is malformed.
 * @example
 * ```ts
 * const next = carryForwardActionItems(
 *   { id: "#1", kind: "one-on-one", date: "2024-03-04", attendeeIds: ["mgr", "a"], actionItems: [{ id: "A", ownerId: "a", description: "发方案", done: false }, { id: "B", ownerId: "mgr", description: "批折扣", done: true }] },
 *   { id: "#2", kind: "one-on-one", date: "2024-03-11", attendeeIds: ["mgr", "a"] },
 * );
 * next.actionItems; //=> [{ id: "A", ownerId: "a", description: "发方案", done: false, carriedFrom: "#1" }]
 * ```
 * @category Meetings
 */
export function carryForwardActionItems(previous: Meeting, next: Meeting): Meeting {
  const issues: Issues = [];
  checkMeeting(previous, ["previous"], issues);
  checkMeeting(next, ["next"], issues);
  throwIfIssues(issues);
  const present = new Set((next.actionItems ?? []).map((i) => i.id));
  const carried: ActionItem[] = [];
  for (const item of previous.actionItems ?? []) {
    if (item.done || present.has(item.id)) continue;
    carried.push({ ...item, carriedFrom: previous.id });
  }
  return { ...next, actionItems: [...(next.actionItems ?? []), ...carried] };
}

/**
 * An action item still open, as its latest meeting records it.
 *
 * @example
 * ```ts
 * const row: OpenActionItem = { item: { id: "A", ownerId: "a", description: "发方案", due: "2024-03-08", done: false }, meetingId: "#2", overdueDays: 6 };
 * ```
 * @category Meetings
 */
export interface OpenActionItem {
  readonly item: ActionItem;
  readonly meetingId: string;
  /** Days past `due` (0 when not due or no due date). */
  readonly overdueDays: number;
}

/**
 * Every action item still open on `asOf`: each item id's latest record (by meeting date, then
 * list order) decides whether it is done. Overdue items (due before `asOf`) also give a finding.
 * Meetings after `asOf` do not count.
 *
 * @throws {ValidationError} when the meetings or the date are malformed.
 * @example
 * ```ts
 * openActionItems(meetings, "2024-03-14").items.map((o) => [o.item.id, o.overdueDays]);
 * ```
 * @category Meetings
 */
export function openActionItems(meetings: readonly Meeting[], asOf: CalendarDate): { items: OpenActionItem[]; findings: Finding<MeetingFindingCode>[] } {
  const issues: Issues = [];
  checkMeetings(meetings, ["meetings"], issues);
  checkCalendarDate(asOf, ["asOf"], issues);
  throwIfIssues(issues);
  const today = toDayNumber(asOf);
  const ordered = meetings.map((m, index) => ({ m, index, day: toDayNumber(m.date) })).filter((x) => x.day <= today);
  ordered.sort((a, b) => a.day - b.day || a.index - b.index);
  const latest = new Map<string, { item: ActionItem; meetingId: string }>();
  for (const { m } of ordered) for (const item of m.actionItems ?? []) latest.set(item.id, { item, meetingId: m.id });
  const items: OpenActionItem[] = [];
  const findings: Finding<MeetingFindingCode>[] = [];
  for (const { item, meetingId } of latest.values()) {
    if (item.done) continue;
    const overdueDays = item.due === undefined ? 0 : Math.max(0, today - toDayNumber(item.due));
    items.push({ item, meetingId, overdueDays });
    if (overdueDays > 0) findings.push({ code: "meetings.action-item.overdue", severity: "warning", params: { id: item.id, ownerId: item.ownerId, description: item.description, due: item.due!, days: overdueDays } });
  }
  return { items, findings };
}
