/**
 * The append-only feedback log.
 * @module
 */
import { checkRecord, report, shown, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { checkEntry, checkLog, checkRetraction } from "./_lib/check.js";
import type { FeedbackEntry, FeedbackLog, FeedbackRetraction } from "./types.js";

/**
 * Appends one entry and returns a new log; the log passed in is not changed. Feedback to
 * oneself, an id already in the log, a malformed instant or an unknown kind or visibility is a
 * `ValidationError`. Entries are never edited afterwards — not even their visibility; a
 * correction is a retraction ({@link retractFeedback}) and, if needed, a new entry.
 *
 * @throws {ValidationError} naming every problem of the log and the entry.
 * @example
 * ```ts
 * const log = appendFeedback({ entries: [] }, { id: "f1", from: "mgr", to: "a", at: "2026-11-20T10:00:00+08:00", kind: "praise", visibility: "public", behavior: "把客户的三个异议都当场回应了" });
 * log.entries.length; //=> 1
 * ```
 * @category Feedback
 */
export function appendFeedback(log: FeedbackLog, entry: FeedbackEntry): FeedbackLog {
  const issues: Issues = [];
  checkLog(log, ["log"], issues);
  if (checkEntry(entry, ["entry"], issues) && issues.length === 0) {
    for (let i = 0; i < log.entries.length; i++) {
      if (log.entries[i]!.id === entry.id) {
        report(issues, ["entry", "id"], "validation.duplicate", { value: shown(entry.id) });
        break;
      }
    }
  }
  throwIfIssues(issues);
  return { ...log, entries: [...log.entries, entry] };
}

/**
 * Retracts an entry: appends a retraction record that queries honour (the entry no longer
 * counts anywhere) while the entry itself stays in the log for the audit trail.
 *
 * @throws {ValidationError} when the entry is not in the log or already retracted, the
 * retraction id is taken, or the reason is empty.
 * @example
 * ```ts
 * const corrected = retractFeedback(log, { id: "r1", entryId: "f1", by: "mgr", at: "2026-11-21T09:00:00+08:00", reason: "发错了人" });
 * corrected.entries.length; //=> 1 (kept for the audit trail)
 * ```
 * @category Feedback
 */
export function retractFeedback(log: FeedbackLog, retraction: FeedbackRetraction): FeedbackLog {
  const issues: Issues = [];
  const retracted = checkLog(log, ["log"], issues);
  if (checkRecord(retraction, ["retraction"], issues) && checkRetraction(retraction, ["retraction"], issues) && issues.length === 0) {
    if (!log.entries.some((e) => e.id === retraction.entryId)) report(issues, ["retraction", "entryId"], "validation.not-found", { value: shown(retraction.entryId) });
    else if (retracted.has(retraction.entryId)) report(issues, ["retraction", "entryId"], "validation.duplicate", { value: shown(retraction.entryId) });
    if ((log.retractions ?? []).some((r) => r.id === retraction.id)) report(issues, ["retraction", "id"], "validation.duplicate", { value: shown(retraction.id) });
  }
  throwIfIssues(issues);
  return { ...log, retractions: [...(log.retractions ?? []), retraction] };
}
