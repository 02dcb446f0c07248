/**
 * Who may see what of a conflict case.
 * @module
 */
import { checkIdList, checkRecord, checkString, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Instant } from "../core/instants.js";
import { checkCase } from "./_lib/case.js";
import { readOptions } from "./engine.js";
import type { AgreedAction, CaseDeadline, ConflictCase, ConflictOptions, JsonValue } from "./types.js";

/**
 * Someone looking at a case: their id and the roles the app's sign-in vouches for (`"hr"` for
 * the HR team that handles confidential cases).
 *
 * @example
 * ```ts
 * const viewer: ConflictViewer = { id: "hr1", roles: ["hr"] };
 * ```
 * @category Conflicts
 */
export interface ConflictViewer {
  readonly id: string;
  readonly roles?: readonly string[];
}

/**
 * How much of a case a viewer sees:
 * - `full`: everything, notes included;
 * - `involved`: what a party needs — state, dates, agreed actions and deadlines, who handles it —
 *   but not who reported it, the summary, notes or the workflow's own data;
 * - `summary`: id, category, state, outcome and dates only;
 * - `none`: nothing but the id.
 *
 * @example
 * ```ts
 * const a: ConflictAccess = "involved";
 * ```
 * @category Conflicts
 */
export type ConflictAccess = "full" | "involved" | "summary" | "none";

/**
 * A case as one viewer may see it. Fields the viewer may not see are left out.
 *
 * @example
 * ```ts
 * const v: RedactedConflictCase = { access: "summary", id: "k1", category: "harassment", state: "triaged", reportedAt: "2026-11-23T09:00:00+08:00", updatedAt: "2026-11-23T15:00:00+08:00" };
 * ```
 * @category Conflicts
 */
export interface RedactedConflictCase {
  readonly access: ConflictAccess;
  readonly id: string;
  readonly category?: string;
  readonly state?: string;
  readonly outcome?: string;
  readonly reportedAt?: Instant;
  readonly updatedAt?: Instant;
  readonly closedAt?: Instant;
  readonly confidential?: boolean;
  readonly reportedBy?: string;
  readonly summary?: string;
  readonly parties?: readonly string[];
  readonly severity?: string;
  readonly handlerId?: string;
  readonly mediatorId?: string;
  readonly actions?: readonly AgreedAction[];
  readonly deadlines?: readonly CaseDeadline[];
  readonly data?: { readonly [key: string]: JsonValue };
  /** Events: whole for `full`; for `involved`, only each event's type and time. */
  readonly history?: readonly { readonly type: string; readonly at: Instant; readonly [field: string]: JsonValue | undefined }[];
}

function involvedIds(c: ConflictCase, fields: readonly string[]): Set<string> {
  const ids = new Set<string>(c.parties);
  for (const field of fields) {
    const v = Object.prototype.hasOwnProperty.call(c.data, field) ? c.data[field] : undefined;
    if (typeof v === "string") ids.add(v);
    else if (Array.isArray(v)) for (const x of v) if (typeof x === "string") ids.add(x);
  }
  return ids;
}

/**
 * How much of `c` the viewer may see. The reporter, the handler and the mediator see everything.
 * Other people involved (the parties, and the people in the workflow's `involved` data fields,
 * such as witnesses) see the `involved` view of a confidential case and everything of an open
 * one. HR (`roles` includes `"hr"`) sees everything, except that an HR member who is involved
 * is treated as involved, and loses access altogether once the case is `restricted`. Anyone
 * else sees the `summary`.
 *
 * @throws {ValidationError} when the case, the viewer or the options are malformed.
 * @example
 * ```ts
 * import { conflictAccess, openConflictCase } from "team-playbook/conflicts";
 * const r = openConflictCase({ type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "k2", parties: ["a", "b"], category: "harassment", summary: "……" });
 * r.ok && conflictAccess(r.case, { id: "b" });                 //=> "involved"
 * r.ok && conflictAccess(r.case, { id: "c" });                 //=> "summary"
 * r.ok && conflictAccess(r.case, { id: "hr1", roles: ["hr"] }); //=> "full"
 * ```
 * @category Conflicts
 */
export function conflictAccess(c: ConflictCase, viewer: ConflictViewer, opts?: ConflictOptions): ConflictAccess {
  const issues: Issues = [];
  const { wf } = readOptions(opts, issues);
  checkCase(c, ["case"], issues, wf);
  checkViewer(viewer, issues);
  throwIfIssues(issues);
  return accessOf(c, viewer, wf!.def.involved ?? []);
}

function accessOf(c: ConflictCase, viewer: ConflictViewer, involvedFields: readonly string[]): ConflictAccess {
  const id = viewer.id;
  if (id === c.reportedBy || id === c.handlerId || id === c.mediatorId) return "full";
  const hr = (viewer.roles ?? []).includes("hr");
  const party = c.parties.includes(id);
  if (involvedIds(c, involvedFields).has(id)) {
    if (hr && !party && c.restricted === true) return "none";
    return c.confidential ? "involved" : "full";
  }
  return hr ? "full" : "summary";
}

function checkViewer(viewer: unknown, issues: Issues): void {
  if (!checkRecord(viewer, ["viewer"], issues)) return;
  checkString(viewer["id"], ["viewer", "id"], issues, { nonEmpty: true });
  if (viewer["roles"] !== undefined) checkIdList(viewer["roles"], ["viewer", "roles"], issues);
}

/**
 * The case as `viewer` may see it (see {@link conflictAccess} for who sees what). For a
 * confidential case, nobody but the reporter, the handler, the mediator and HR ever sees who
 * reported it, the summary or the notes; someone not involved and not HR sees only the id,
 * category, state and dates.
 *
 * @throws {ValidationError} when the case, the viewer or the options are malformed.
 * @example
 * ```ts
 * import { openConflictCase, redactConflictCase } from "team-playbook/conflicts";
 * const r = openConflictCase({ type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "k2", parties: ["a", "b"], category: "harassment", summary: "……" });
 * r.ok && redactConflictCase(r.case, { id: "b" }).reportedBy; //=> undefined
 * r.ok && Object.keys(redactConflictCase(r.case, { id: "c" })); //=> ["access", "id", "category", "state", "reportedAt", "updatedAt"]
 * ```
 * @category Conflicts
 */
export function redactConflictCase(c: ConflictCase, viewer: ConflictViewer, opts?: ConflictOptions): RedactedConflictCase {
  const access = conflictAccess(c, viewer, opts);
  if (access === "none") return { access, id: c.id };
  const out: Record<string, unknown> = { access, id: c.id, category: c.category, state: c.state };
  if (c.outcome !== undefined) out["outcome"] = c.outcome;
  out["reportedAt"] = c.reportedAt;
  out["updatedAt"] = c.updatedAt;
  if (c.closedAt !== undefined) out["closedAt"] = c.closedAt;
  if (access === "summary") return out as unknown as RedactedConflictCase;
  out["confidential"] = c.confidential;
  if (access === "full") {
    out["reportedBy"] = c.reportedBy;
    out["summary"] = c.summary;
  }
  out["parties"] = c.parties;
  if (c.severity !== undefined) out["severity"] = c.severity;
  if (c.handlerId !== undefined) out["handlerId"] = c.handlerId;
  if (c.mediatorId !== undefined) out["mediatorId"] = c.mediatorId;
  out["actions"] = c.actions;
  out["deadlines"] = c.deadlines;
  if (access === "full") {
    out["data"] = c.data;
    out["history"] = c.history;
  } else {
    out["history"] = c.history.map((e) => ({ type: e.type, at: e.at }));
  }
  return out as unknown as RedactedConflictCase;
}
