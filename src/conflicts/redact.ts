/**
 * Who may see what of a conflict case.
 * @module
 */
import { checkIdList, checkRecord, checkString, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Instant } from "../core/instants.js";
import { checkCase } from "./_lib/case.js";
import { copyJson } from "./_lib/json.js";
import { roleIds, type Draft } from "./_lib/registry.js";
import { readOptions } from "./engine.js";
import { defaultConflictWorkflow } from "./workflows/default.js";
import type { AgreedAction, CaseDeadline, ConflictCase, ConflictEvent, ConflictOptions, JsonValue, WorkflowDefinition } from "./types.js";

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

const DEFAULT_FULL: readonly string[] = ["reporter", "handler", "mediator"];

/** The ids holding any of `roles` on the case. */
function idsIn(c: ConflictCase, roles: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const role of roles) for (const id of roleIds(c as unknown as Draft, role)) ids.add(id);
  return ids;
}

function involvedIds(c: ConflictCase, fields: readonly string[]): Set<string> {
  const ids = new Set<string>(c.parties);
  ids.add(c.reportedBy);
  for (const field of fields) {
    const v = Object.prototype.hasOwnProperty.call(c.data, field) ? c.data[field] : undefined;
    if (typeof v === "string") ids.add(v);
    else if (Array.isArray(v)) for (const x of v) if (typeof x === "string") ids.add(x);
  }
  return ids;
}

/**
 * How much of `c` the viewer may see. The roles in the workflow's `access.full` see everything
 * (by default the reporter, the handler and the mediator; the Acas grievance workflow gives it to
 * the handler, the mediator and the appeal chair, and the complainant sees their own part).
 * Other people involved (the reporter, the parties, and the people in the workflow's `involved`
 * data fields, such as witnesses) see the `involved` view of a confidential case and everything
 * of an open one; a reporter always sees their own report. HR (`roles` includes `"hr"`) sees
 * everything, except that an HR member who is involved is treated as involved, and loses access
 * altogether once the case is `restricted`. Anyone else sees the `summary`. Notes written by
 * someone in the workflow's `access.privateNotes` roles (the grievance mediator) are shown to
 * their author only.
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
  return accessOf(c, viewer, wf!.def);
}

function accessOf(c: ConflictCase, viewer: ConflictViewer, def: WorkflowDefinition): ConflictAccess {
  const id = viewer.id;
  if (idsIn(c, def.access?.full ?? DEFAULT_FULL).has(id)) return "full";
  const hr = (viewer.roles ?? []).includes("hr");
  const party = c.parties.includes(id) || id === c.reportedBy;
  if (involvedIds(c, def.involved ?? []).has(id)) {
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
  const def = (opts?.workflow ?? defaultConflictWorkflow) as WorkflowDefinition;
  if (access === "none") return { access, id: c.id };
  const out: Record<string, unknown> = { access, id: c.id, category: c.category, state: c.state };
  if (c.outcome !== undefined) out["outcome"] = c.outcome;
  out["reportedAt"] = c.reportedAt;
  out["updatedAt"] = c.updatedAt;
  if (c.closedAt !== undefined) out["closedAt"] = c.closedAt;
  if (access === "summary") return out as unknown as RedactedConflictCase;
  out["confidential"] = c.confidential;
  if (access === "full" || viewer.id === c.reportedBy) {
    // The reporter always sees their own report.
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
    out["history"] = withoutPrivateNotes(c, viewer.id, def.access?.privateNotes ?? []);
  } else {
    out["history"] = c.history.map((e) => ({ type: e.type, at: e.at }));
  }
  return copyJson(out) as unknown as RedactedConflictCase;
}

/** The history without the notes of people whose notes are private, unless the viewer wrote them. */
function withoutPrivateNotes(c: ConflictCase, viewerId: string, roles: readonly string[]): readonly ConflictEvent[] {
  if (roles.length === 0) return c.history;
  const authors = idsIn(c, roles);
  return c.history.map((e) => {
    if (e.note === undefined || e.actorId === viewerId || !authors.has(e.actorId)) return e;
    const { note: _, ...rest } = e;
    return rest as ConflictEvent;
  });
}
