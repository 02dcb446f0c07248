/**
 * Feedback requests: when reviewers are reminded and when a request expires.
 * @module
 */
import { checkCalendarDate, checkEnum, checkIdList, checkInteger, checkOptions, checkRecord, checkString, report, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { fromDayNumber, toDayNumber, type CalendarDate } from "../core/dates.js";
import type { FeedbackRequest } from "./types.js";

/**
 * A request's reminders, expiry and state on a day.
 *
 * @example
 * ```ts
 * const s: FeedbackRequestSchedule = { reminders: ["2024-01-08"], expiresOn: "2024-03-31", status: "open", nextReminder: "2024-01-08" };
 * ```
 * @category Feedback
 */
export interface FeedbackRequestSchedule {
  /** Reminder days: every `reminderEveryDays` after creation, before it expires, answered or dismissed. */
  readonly reminders: readonly CalendarDate[];
  readonly expiresOn: CalendarDate;
  readonly status: "open" | "answered" | "dismissed" | "expired";
  /** The first reminder after `asOf` while the request is open. */
  readonly nextReminder: CalendarDate | null;
}

/**
 * When a feedback request's reviewers are reminded and when it expires (Culture Amp: weekly
 * reminders until it expires 90 days later or is dismissed). An answer or a dismissal stops the
 * reminders from that day on.
 *
 * @throws {ValidationError} when the request or an option is malformed.
 * @example
 * ```ts
 * const s = feedbackRequestSchedule({ id: "q1", requesterId: "mgr", aboutId: "a", reviewerIds: ["b"], createdOn: "2024-01-01", visibility: "manager-only", question: "How did a handle the Acme renewal?" }, { asOf: "2024-04-01" });
 * [s.reminders.length, s.reminders[11], s.expiresOn, s.status]; //=> [12, "2024-03-25", "2024-03-31", "expired"]
 * ```
 * @category Feedback
 */
export function feedbackRequestSchedule(
  request: FeedbackRequest,
  opts: { readonly asOf: CalendarDate; readonly expiryDays?: number; readonly reminderEveryDays?: number },
): FeedbackRequestSchedule {
  const issues: Issues = [];
  if (checkRecord(request, ["request"], issues)) {
    for (const k of ["id", "requesterId", "aboutId", "question"] as const) checkString(request[k], ["request", k], issues, { nonEmpty: true });
    checkIdList(request.reviewerIds, ["request", "reviewerIds"], issues, { nonEmpty: true });
    const okCreated = checkCalendarDate(request.createdOn, ["request", "createdOn"], issues);
    checkEnum(request.visibility, ["private-manager", "manager-only"] as const, ["request", "visibility"], issues);
    for (const k of ["answeredOn", "dismissedOn"] as const) {
      const d = request[k];
      if (d !== undefined && checkCalendarDate(d, ["request", k], issues) && okCreated && toDayNumber(d) < toDayNumber(request.createdOn)) {
        report(issues, ["request", k], "validation.period-order", { start: request.createdOn, end: d });
      }
    }
  }
  if (checkOptions(opts, ["opts"], issues) && checkRecord(opts, ["opts"], issues)) {
    checkCalendarDate(opts.asOf, ["opts", "asOf"], issues);
    if (opts.expiryDays !== undefined) checkInteger(opts.expiryDays, ["opts", "expiryDays"], issues, { min: 1, max: 3660 });
    if (opts.reminderEveryDays !== undefined) checkInteger(opts.reminderEveryDays, ["opts", "reminderEveryDays"], issues, { min: 1, max: 3660 });
  }
  if (issues.length === 0 && toDayNumber(opts.asOf) < toDayNumber(request.createdOn)) report(issues, ["opts", "asOf"], "validation.period-order", { start: request.createdOn, end: opts.asOf });
  throwIfIssues(issues);
  const created = toDayNumber(request.createdOn);
  const expires = created + (opts.expiryDays ?? 90);
  const every = opts.reminderEveryDays ?? 7;
  // an answer or a dismissal after the request expired changes nothing: it had expired
  const answered = request.answeredOn === undefined ? Infinity : toDayNumber(request.answeredOn);
  const dismissed = request.dismissedOn === undefined ? Infinity : toDayNumber(request.dismissedOn);
  const closed = Math.min(answered < expires ? answered : Infinity, dismissed < expires ? dismissed : Infinity);
  const reminders: CalendarDate[] = [];
  for (let day = created + every; day < expires && day < closed; day += every) reminders.push(fromDayNumber(day));
  const asOf = toDayNumber(opts.asOf);
  const status =
    closed <= asOf ? (answered === closed ? "answered" : "dismissed") : asOf >= expires ? "expired" : "open";
  const next = status === "open" ? (reminders.find((d) => toDayNumber(d) > asOf) ?? null) : null;
  return { reminders, expiresOn: fromDayNumber(expires), status, nextReminder: next };
}
