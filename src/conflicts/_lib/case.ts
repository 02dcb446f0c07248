/**
 * Cases in and out of the engine: checking a case passed in, copying it into a draft, and
 * building the plain case back.
 * @module
 * @internal
 */
import { checkArray, checkBoolean, checkCalendarDate, checkEnum, checkIdList, checkInteger, checkRecord, checkString, isRecord, report, shown, type Issues } from "../../core/_lib/check.js";
import type { Path } from "../../core/errors.js";
import { checkInstant } from "../../core/instants.js";
import type { ConflictCase, ConflictSeverity } from "../types.js";
import type { CompiledWorkflow } from "./compile.js";
import { checkPlain } from "./json.js";
import type { Draft } from "./registry.js";

const SEVERITIES: readonly ConflictSeverity[] = ["low", "medium", "high", "critical"];

/** Checks a case passed to the engine against its workflow. @internal */
export function checkCase(value: unknown, path: Path, issues: Issues, wf: CompiledWorkflow | undefined): value is ConflictCase {
  if (!checkRecord(value, path, issues) || !checkPlain(value, path, issues)) return false;
  const before = issues.length;
  checkString(value["id"], [...path, "id"], issues, { nonEmpty: true });
  const w = value["workflow"];
  if (checkRecord(w, [...path, "workflow"], issues)) {
    if (checkString(w["id"], [...path, "workflow", "id"], issues) && wf !== undefined && w["id"] !== wf.def.id) {
      report(issues, [...path, "workflow", "id"], "validation.enum", { options: [wf.def.id], value: shown(w["id"]) });
    }
    if (checkInteger(w["version"], [...path, "workflow", "version"], issues, { min: 0 }) && wf !== undefined && w["version"] !== wf.def.version) {
      // A case follows the version it was opened under: replay its history under the new one to migrate it.
      report(issues, [...path, "workflow", "version"], "validation.enum", { options: [String(wf.def.version)], value: shown(w["version"]) });
    }
  }
  const states = wf === undefined ? [] : Object.keys(wf.def.states);
  if (checkString(value["state"], [...path, "state"], issues) && wf !== undefined) checkEnum(value["state"], states, [...path, "state"], issues);
  const terminal = wf !== undefined && typeof value["state"] === "string" && wf.terminal.has(value["state"]);
  if (terminal || value["outcome"] !== undefined) checkString(value["outcome"], [...path, "outcome"], issues, { nonEmpty: true });
  if (terminal || value["closedAt"] !== undefined) checkInstant(value["closedAt"], [...path, "closedAt"], issues);
  checkString(value["reportedBy"], [...path, "reportedBy"], issues, { nonEmpty: true });
  checkInstant(value["reportedAt"], [...path, "reportedAt"], issues);
  checkInstant(value["updatedAt"], [...path, "updatedAt"], issues);
  checkIdList(value["parties"], [...path, "parties"], issues, { nonEmpty: true, unique: true });
  checkString(value["category"], [...path, "category"], issues, { nonEmpty: true });
  checkString(value["summary"], [...path, "summary"], issues);
  checkBoolean(value["confidential"], [...path, "confidential"], issues);
  if (value["restricted"] !== undefined) checkBoolean(value["restricted"], [...path, "restricted"], issues);
  if (value["severity"] !== undefined) checkEnum(value["severity"], SEVERITIES, [...path, "severity"], issues);
  for (const key of ["handlerId", "mediatorId"]) if (value[key] !== undefined) checkString(value[key], [...path, key], issues, { nonEmpty: true });
  if (value["heldFrom"] !== undefined && checkString(value["heldFrom"], [...path, "heldFrom"], issues) && wf !== undefined) {
    checkEnum(value["heldFrom"], states, [...path, "heldFrom"], issues);
  }
  if (checkArray(value["actions"], [...path, "actions"], issues)) {
    const list = value["actions"];
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      const ap = [...path, "actions", i];
      if (!checkRecord(a, ap, issues)) continue;
      checkString(a["ownerId"], [...ap, "ownerId"], issues, { nonEmpty: true });
      checkString(a["description"], [...ap, "description"], issues);
      checkCalendarDate(a["due"], [...ap, "due"], issues);
      checkInstant(a["agreedAt"], [...ap, "agreedAt"], issues);
    }
  }
  if (checkArray(value["deadlines"], [...path, "deadlines"], issues)) {
    const list = value["deadlines"];
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      const dp = [...path, "deadlines", i];
      if (!checkRecord(d, dp, issues)) continue;
      checkString(d["id"], [...dp, "id"], issues, { nonEmpty: true });
      checkString(d["state"], [...dp, "state"], issues, { nonEmpty: true });
      checkInstant(d["startedAt"], [...dp, "startedAt"], issues);
      checkInteger(d["workingDays"], [...dp, "workingDays"], issues, { min: 0, max: 3650 });
      for (const key of ["stoppedAt", "breachedAt"]) if (d[key] !== undefined) checkInstant(d[key], [...dp, key], issues);
      if (checkArray(d["holds"], [...dp, "holds"], issues)) {
        const holds = d["holds"];
        for (let j = 0; j < holds.length; j++) {
          const h = holds[j];
          if (!checkRecord(h, [...dp, "holds", j], issues)) continue;
          checkInstant(h["from"], [...dp, "holds", j, "from"], issues);
          if (h["to"] !== undefined) checkInstant(h["to"], [...dp, "holds", j, "to"], issues);
        }
      }
    }
  }
  if (checkRecord(value["data"], [...path, "data"], issues)) checkPlain(value["data"], [...path, "data"], issues);
  if (checkArray(value["history"], [...path, "history"], issues, { nonEmpty: true })) {
    const list = value["history"];
    for (let i = 0; i < list.length; i++) if (!isRecord(list[i])) checkRecord(list[i], [...path, "history", i], issues);
  }
  return issues.length === before;
}

/** A mutable copy of a case: the engine changes the copy, never the case. @internal */
export function draftOf(c: ConflictCase, lastMs: number): Draft {
  const draft: Draft = {
    id: c.id,
    workflow: { id: c.workflow.id, version: c.workflow.version },
    state: c.state,
    reportedBy: c.reportedBy,
    reportedAt: c.reportedAt,
    updatedAt: c.updatedAt,
    parties: c.parties.slice(),
    category: c.category,
    summary: c.summary,
    confidential: c.confidential,
    actions: c.actions.slice(),
    deadlines: c.deadlines.map((d) => ({ ...d, holds: d.holds.slice() })),
    data: { ...c.data },
    history: c.history.slice(),
    lastMs,
  };
  if (c.outcome !== undefined) draft.outcome = c.outcome;
  if (c.closedAt !== undefined) draft.closedAt = c.closedAt;
  if (c.restricted !== undefined) draft.restricted = c.restricted;
  if (c.severity !== undefined) draft.severity = c.severity;
  if (c.handlerId !== undefined) draft.handlerId = c.handlerId;
  if (c.mediatorId !== undefined) draft.mediatorId = c.mediatorId;
  if (c.heldFrom !== undefined) draft.heldFrom = c.heldFrom;
  return draft;
}

/** The plain case of a draft, with its fields in a fixed order and no `undefined` values. @internal */
export function caseOf(d: Draft): ConflictCase {
  const out: Record<string, unknown> = { id: d.id, workflow: d.workflow, state: d.state };
  if (d.outcome !== undefined) out["outcome"] = d.outcome;
  if (d.closedAt !== undefined) out["closedAt"] = d.closedAt;
  out["reportedBy"] = d.reportedBy;
  out["reportedAt"] = d.reportedAt;
  out["updatedAt"] = d.updatedAt;
  out["parties"] = d.parties;
  out["category"] = d.category;
  out["summary"] = d.summary;
  out["confidential"] = d.confidential;
  if (d.restricted !== undefined) out["restricted"] = d.restricted;
  if (d.severity !== undefined) out["severity"] = d.severity;
  if (d.handlerId !== undefined) out["handlerId"] = d.handlerId;
  if (d.mediatorId !== undefined) out["mediatorId"] = d.mediatorId;
  if (d.heldFrom !== undefined) out["heldFrom"] = d.heldFrom;
  out["actions"] = d.actions;
  out["deadlines"] = d.deadlines;
  out["data"] = d.data;
  out["history"] = d.history;
  return out as unknown as ConflictCase;
}
