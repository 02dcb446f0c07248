/**
 * Who has not heard from us lately: feedback coverage and praise nudges.
 * @module
 */
import { checkArray, checkCalendarDate, checkEnum, checkIdList, checkInteger, checkRecord, checkString, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { fromDayNumber, toDayNumber, type CalendarDate } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import { checkLog, ownDay } from "./_lib/check.js";
import type { FeedbackFindingCode } from "./codes.js";
import type { FeedbackKind, FeedbackLog } from "./types.js";

/**
 * One member's feedback coverage. `lastReceived` and `daysSince` are absent when nothing was
 * received.
 *
 * @example
 * ```ts
 * const row: CoverageRow = { memberId: "b", lastReceived: "2026-10-01", daysSince: 58, overdue: true };
 * ```
 * @category Feedback
 */
export interface CoverageRow {
  readonly memberId: string;
  readonly lastReceived?: CalendarDate;
  readonly daysSince?: number;
  readonly overdue: boolean;
}

/**
 * When each member last received feedback, and who is overdue: nothing received, or the last
 * more than `withinDays` days before `asOf` (exactly `withinDays` ago is still covered). Days are
 * the dates of `at` in each entry's own offset; entries after `asOf` and retracted entries do not
 * count; `kind` limits it to praise or constructive feedback. One pass over the log.
 *
 * @throws {ValidationError} when the log, the ids or the options are malformed.
 * @example
 * ```ts
 * feedbackCoverage({ entries: [{ id: "f1", from: "mgr", to: "a", at: "2026-11-20T10:00:00+08:00", kind: "praise", visibility: "private" }] }, ["a", "c"], { asOf: "2026-11-28", withinDays: 30 });
 * //=> [{ memberId: "a", lastReceived: "2026-11-20", daysSince: 8, overdue: false }, { memberId: "c", overdue: true }]
 * ```
 * @category Feedback
 */
export function feedbackCoverage(
  log: FeedbackLog,
  memberIds: readonly string[],
  opts: { readonly asOf: CalendarDate; readonly withinDays: number; readonly kind?: FeedbackKind },
): CoverageRow[] {
  const issues: Issues = [];
  const retracted = checkLog(log, ["log"], issues);
  checkIdList(memberIds, ["memberIds"], issues, { unique: true });
  if (checkRecord(opts, ["opts"], issues)) {
    checkCalendarDate(opts.asOf, ["opts", "asOf"], issues);
    checkInteger(opts.withinDays, ["opts", "withinDays"], issues, { min: 0 });
    if (opts.kind !== undefined) checkEnum(opts.kind, ["praise", "constructive"] as const, ["opts", "kind"], issues);
  }
  throwIfIssues(issues);
  const asOf = toDayNumber(opts.asOf);
  const last = lastDays(log, retracted, asOf, (e) => opts.kind === undefined || e.kind === opts.kind);
  return memberIds.map((memberId) => {
    const day = last.get(memberId);
    if (day === undefined) return { memberId, overdue: true };
    const daysSince = asOf - day;
    return { memberId, lastReceived: fromDayNumber(day), daysSince, overdue: daysSince > opts.withinDays };
  });
}

/** The last day each receiver got a counted entry on or before `asOf`. */
function lastDays(log: FeedbackLog, retracted: ReadonlySet<string>, asOf: number, counts: (e: FeedbackLog["entries"][number]) => boolean): Map<string, number> {
  const last = new Map<string, number>();
  const days = new Map<string, number>(); // day numbers of date texts, read once each
  const entries = log.entries;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (!counts(e) || (retracted.size > 0 && retracted.has(e.id))) continue;
    const text = ownDay(e.at);
    let day = days.get(text);
    if (day === undefined) days.set(text, (day = toDayNumber(text)));
    if (day > asOf) continue;
    const seen = last.get(e.to);
    if (seen === undefined || day > seen) last.set(e.to, day);
  }
  return last;
}

/**
 * A nudge for a manager to praise a report publicly.
 *
 * @example
 * ```ts
 * const n: PraiseNudge = { memberId: "new", reason: "first-praise", dueOn: "2024-03-22" };
 * ```
 * @category Feedback
 */
export interface PraiseNudge {
  readonly memberId: string;
  /** `first-praise`: weeks after the start date, no praise yet; `praise-gap`: none for too long. */
  readonly reason: "first-praise" | "praise-gap";
  readonly dueOn: CalendarDate;
  readonly lastPraisedOn?: CalendarDate;
}

/**
 * Lattice's praise nudges for one manager: a report who started `firstPraiseDays` (21) days ago
 * and has had no praise from the manager, or whose last praise from the manager is more than
 * `gapDays` (60) days old, gets a nudge. `coverage` is the share of reports praised by the
 * manager within `gapDays`, descriptive only.
 *
 * @throws {ValidationError} when the log, the reports or the options are malformed.
 * @example
 * ```ts
 * praiseNudges({ entries: [] }, [{ id: "new", startDate: "2024-03-01" }], { managerId: "mgr", asOf: "2024-03-22" }).nudges;
 * //=> [{ memberId: "new", reason: "first-praise", dueOn: "2024-03-22" }]
 * ```
 * @category Feedback
 */
export function praiseNudges(
  log: FeedbackLog,
  reports: readonly { readonly id: string; readonly startDate?: CalendarDate }[],
  opts: { readonly managerId: string; readonly asOf: CalendarDate; readonly firstPraiseDays?: number; readonly gapDays?: number },
): { coverage: number | null; nudges: PraiseNudge[]; findings: Finding<FeedbackFindingCode>[] } {
  const issues: Issues = [];
  const retracted = checkLog(log, ["log"], issues);
  if (checkArray(reports, ["reports"], issues)) {
    for (let i = 0; i < reports.length; i++) {
      const r: unknown = reports[i];
      if (!checkRecord(r, ["reports", i], issues)) continue;
      checkString(r["id"], ["reports", i, "id"], issues, { nonEmpty: true });
      if (r["startDate"] !== undefined) checkCalendarDate(r["startDate"], ["reports", i, "startDate"], issues);
    }
  }
  if (checkRecord(opts, ["opts"], issues)) {
    checkString(opts.managerId, ["opts", "managerId"], issues, { nonEmpty: true });
    checkCalendarDate(opts.asOf, ["opts", "asOf"], issues);
    if (opts.firstPraiseDays !== undefined) checkInteger(opts.firstPraiseDays, ["opts", "firstPraiseDays"], issues, { min: 0 });
    if (opts.gapDays !== undefined) checkInteger(opts.gapDays, ["opts", "gapDays"], issues, { min: 0 });
  }
  throwIfIssues(issues);
  const asOf = toDayNumber(opts.asOf);
  const first = opts.firstPraiseDays ?? 21;
  const gap = opts.gapDays ?? 60;
  const last = lastDays(log, retracted, asOf, (e) => e.kind === "praise" && e.from === opts.managerId);
  const nudges: PraiseNudge[] = [];
  const findings: Finding<FeedbackFindingCode>[] = [];
  let covered = 0;
  for (const r of reports) {
    const day = last.get(r.id);
    if (day !== undefined && asOf - day <= gap) {
      covered++;
      continue;
    }
    if (day !== undefined) {
      const due = fromDayNumber(day + gap + 1);
      nudges.push({ memberId: r.id, reason: "praise-gap", dueOn: due, lastPraisedOn: fromDayNumber(day) });
      findings.push({ code: "feedback.nudge.praise-gap", severity: "info", params: { memberId: r.id, managerId: opts.managerId, since: fromDayNumber(day), days: asOf - day } });
      continue;
    }
    const dueDay = r.startDate === undefined ? asOf : toDayNumber(r.startDate) + first;
    if (dueDay > asOf) continue; // too early for a first praise nudge
    nudges.push({ memberId: r.id, reason: "first-praise", dueOn: fromDayNumber(dueDay) });
    findings.push({ code: "feedback.nudge.first-praise", severity: "info", params: { memberId: r.id, managerId: opts.managerId, ...(r.startDate === undefined ? {} : { startDate: r.startDate }) } });
  }
  return { coverage: reports.length === 0 ? null : covered / reports.length, nudges, findings };
}
