/**
 * Who may read which feedback.
 * @module
 */
import { checkArray, checkRecord, checkString, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { activeEntries, checkLog } from "./_lib/check.js";
import type { FeedbackEntry, FeedbackLog, OrgChart } from "./types.js";

/**
 * The entries a viewer may read, in log order, retracted entries left out:
 * - `public`: everyone;
 * - `private`: the giver and the receiver;
 * - `private-manager`: the giver, the receiver and the receiver's manager;
 * - `manager-only`: the giver and the receiver's manager — not the receiver.
 *
 * "Manager" is the receiver's direct manager in `org`; managers further up see nothing more.
 *
 * @throws {ValidationError} when the log, the viewer or the org chart is malformed.
 * @example
 * ```ts
 * const org = [{ id: "mgr" }, { id: "a", managerId: "mgr" }, { id: "b", managerId: "mgr" }];
 * visibleFeedback(log, { id: "b" }, org).map((e) => e.id);
 * ```
 * @category Feedback
 */
export function visibleFeedback(log: FeedbackLog, viewer: { readonly id: string }, org: OrgChart = []): FeedbackEntry[] {
  const issues: Issues = [];
  const retracted = checkLog(log, ["log"], issues);
  if (checkRecord(viewer, ["viewer"], issues)) checkString(viewer.id, ["viewer", "id"], issues, { nonEmpty: true });
  const managers = new Map<string, string>();
  if (checkArray(org, ["org"], issues)) {
    for (let i = 0; i < org.length; i++) {
      const m: unknown = org[i];
      if (!checkRecord(m, ["org", i], issues)) continue;
      checkString(m["id"], ["org", i, "id"], issues, { nonEmpty: true });
      if (m["managerId"] !== undefined) checkString(m["managerId"], ["org", i, "managerId"], issues, { nonEmpty: true });
      if (typeof m["id"] === "string" && typeof m["managerId"] === "string") managers.set(m["id"], m["managerId"]);
    }
  }
  throwIfIssues(issues);
  const me = viewer.id;
  const out: FeedbackEntry[] = [];
  for (const e of activeEntries(log, retracted)) {
    const isManager = managers.get(e.to) === me;
    const visible =
      e.visibility === "public" ||
      e.from === me ||
      (e.visibility === "private" && e.to === me) ||
      (e.visibility === "private-manager" && (e.to === me || isManager)) ||
      (e.visibility === "manager-only" && isManager);
    if (visible) out.push(e);
  }
  return out;
}
