/**
 * What someone can do next on a case, for a UI.
 * @module
 */
import { checkIdList, checkString, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { checkInstant, type Instant } from "../core/instants.js";
import { checkCase, draftOf } from "./_lib/case.js";
import { epochOf } from "./_lib/clock.js";
import { transitionsFrom } from "./_lib/compile.js";
import { holds } from "./_lib/step.js";
import type { Condition } from "./types.js";
import { readOptions } from "./engine.js";
import type { ConflictCase, ConflictOptions } from "./types.js";

/**
 * One event someone may send: where it can lead and which fields it needs.
 *
 * @example
 * ```ts
 * const e: AvailableEvent = { type: "triage", targets: ["triaged"], fields: ["handlerId", "severity"], optionalFields: [] };
 * ```
 * @category Conflicts
 */
export interface AvailableEvent {
  readonly type: string;
  /** States it can lead to (more than one when the fields decide, as with a follow-up). */
  readonly targets: readonly string[];
  readonly fields: readonly string[];
  readonly optionalFields: readonly string[];
}

/** Guards that read only the case and the actor, so they can be checked before the event exists. */
const CASE_ONLY: ReadonlySet<string> = new Set(["actor-in", "actor-not-in", "case-in", "case-is-true", "case-below"]);

/** Guards that also read the time of the event: checked when `opts.at` says when it would be sent. */
const TIMED: ReadonlySet<string> = new Set([...CASE_ONLY, "before-deadline"]);

/**
 * The events `actorId` may send on the case now, in the workflow's order: those allowed from
 * the case's state whose rules about the case and the actor pass (who may act, category,
 * severity), and with `opts.at` the rules about time too (an appeal window that has closed).
 * Rules about the event's own fields (a consent list, a reason) are checked when the event is
 * applied. The opening `report` and clock events are never listed.
 *
 * @throws {ValidationError} when the case, the actor or the options are malformed.
 * @example
 * ```ts
 * import { availableEvents, replayConflictCase } from "team-playbook/conflicts";
 * const r = replayConflictCase([
 *   { type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "客户归属争执" },
 *   { type: "triage", actorId: "mgr", at: "2026-11-23T15:00:00+08:00", handlerId: "mgr", severity: "medium" },
 * ]);
 * r.ok && availableEvents(r.case, "a").map((e) => e.type); //=> ["escalate", "withdraw"]
 * r.ok && availableEvents(r.case, "mgr").map((e) => e.type); //=> ["triage", "start-conversation", "start-mediation", "escalate", "suspend"]
 * ```
 * @category Conflicts
 */
export function availableEvents(c: ConflictCase, actorId: string, opts?: ConflictOptions & { readonly actorRoles?: readonly string[]; readonly at?: Instant }): AvailableEvent[] {
  const issues: Issues = [];
  const { wf, env } = readOptions(opts, issues);
  checkCase(c, ["case"], issues, wf);
  checkString(actorId, ["actorId"], issues, { nonEmpty: true });
  const roles = opts?.actorRoles;
  if (roles !== undefined) checkIdList(roles, ["opts", "actorRoles"], issues);
  const at = opts?.at;
  if (at !== undefined) checkInstant(at, ["opts", "at"], issues);
  throwIfIssues(issues);
  const draft = draftOf(c, epochOf(c.updatedAt));
  const when = at ?? c.updatedAt;
  const event = roles === undefined ? { type: "", actorId, at: when } : { type: "", actorId, at: when, actorRoles: roles };
  const known = at === undefined ? CASE_ONLY : TIMED;
  const caseOnly = (g: Condition): boolean => known.has(g.guard);
  const input = { draft, event, calendar: env.calendar, timeZone: env.timeZone };
  const out: AvailableEvent[] = [];
  for (const ce of wf!.events.values()) {
    if (ce.name === "report" || ce.def.tick === true) continue;
    if (wf!.terminal.has(c.state) && !(ce.def.reopens ?? []).includes(c.outcome ?? "")) continue;
    const candidates = transitionsFrom(wf!, ce, c.state);
    if (candidates.length === 0) continue;
    const blocked = (ce.def.requires ?? []).some((g) => g.severity !== "warning" && caseOnly(g) && (g.when ?? []).every(caseOnly) && (g.when ?? []).every((w) => holds(w, input)) && !holds(g, input));
    if (blocked) continue;
    const targets: string[] = [];
    for (const t of candidates) {
      if (!(t.when ?? []).every((w) => !caseOnly(w) || holds(w, input))) continue;
      const to = t.to === "$resume" ? (c.heldFrom ?? c.state) : (t.to ?? c.state);
      if (!targets.includes(to)) targets.push(to);
    }
    if (targets.length === 0) continue;
    out.push({
      type: ce.name,
      targets,
      fields: ce.payload.filter(([, f]) => f.optional !== true).map(([k]) => k),
      optionalFields: ce.payload.filter(([, f]) => f.optional === true).map(([k]) => k),
    });
  }
  return out;
}
