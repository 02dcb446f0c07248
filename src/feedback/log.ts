/**
 * The append-only feedback log.
 * @module
 */
import { checkRecord, isRecord, report, shown, throwIfIssues, type Issues } from "../core/_lib/check.js";
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
  checkEntry(entry, ["entry"], issues);
  const id: unknown = isRecord(entry) ? entry["id"] : undefined;
  const entries: unknown = isRecord(log) ? log["entries"] : undefined;
  if (typeof id === "string" && Array.isArray(entries)) {
    for (let i = 0; i < entries.length; i++) {
      if (isRecord(entries[i]) && (entries[i] as Record<string, unknown>)["id"] === id) {
        report(issues, ["entry", "id"], "validation.duplicate", { value: shown(id) });
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
  if (checkRecord(retraction, ["retraction"], issues)) {
    checkRetraction(retraction, ["retraction"], issues);
    const entries: unknown = isRecord(log) ? log["entries"] : undefined;
    const earlier: unknown = isRecord(log) ? log["retractions"] : undefined;
    const { entryId, id } = retraction as Record<string, unknown>;
    if (typeof entryId === "string" && entryId !== "" && Array.isArray(entries)) {
      if (!entries.some((e) => isRecord(e) && e["id"] === entryId)) report(issues, ["retraction", "entryId"], "validation.not-found", { value: shown(entryId) });
      else if (retracted.has(entryId)) report(issues, ["retraction", "entryId"], "validation.duplicate", { value: shown(entryId) });
    }
    if (typeof id === "string" && Array.isArray(earlier) && earlier.some((r) => isRecord(r) && r["id"] === id)) report(issues, ["retraction", "id"], "validation.duplicate", { value: shown(id) });
  }
  throwIfIssues(issues);
  return { ...log, retractions: [...(log.retractions ?? []), retraction] };
}
