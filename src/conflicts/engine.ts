/**
 * The conflict engine: a case is the fold of its events under a workflow definition.
 * @module
 */
import { checkArray, checkOptions, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Path } from "../core/errors.js";
import type { Finding } from "../core/findings.js";
import { checkTimeZone } from "../core/instants.js";
import { compileCalendar } from "../core/work-calendar.js";
import { checkCase, caseOf, draftOf } from "./_lib/case.js";
import { epochOf } from "./_lib/clock.js";
import { compileWorkflow, type CompiledWorkflow } from "./_lib/compile.js";
import { checkEventShape, type CheckedEvent } from "./_lib/event.js";
import { openStep, step, type StepEnv } from "./_lib/step.js";
import type { ConflictCase, ConflictEffect, ConflictEvent, ConflictOptions, ConflictResult, ReportEvent } from "./types.js";
import { defaultConflictWorkflow } from "./workflows/default.js";

/** Checks the options shared by the engine's functions. @internal */
export function readOptions(opts: unknown, issues: Issues): { wf: CompiledWorkflow | undefined; env: StepEnv } {
  const path: Path = ["opts"];
  if (!checkOptions(opts, path, issues) || opts === undefined) {
    return { wf: compileWorkflow(defaultConflictWorkflow, [...path, "workflow"], issues), env: { calendar: compileCalendar(undefined, [], issues), timeZone: undefined } };
  }
  const o = opts as Record<string, unknown>;
  const wf = compileWorkflow(o["workflow"] === undefined ? defaultConflictWorkflow : o["workflow"], [...path, "workflow"], issues);
  const calendar = compileCalendar(o["calendar"], [...path, "calendar"], issues);
  const timeZone = o["timeZone"] !== undefined && checkTimeZone(o["timeZone"], [...path, "timeZone"], issues) ? o["timeZone"] : undefined;
  return { wf, env: { calendar, timeZone } };
}

/**
 * Applies one event to a case. Every rule of the workflow is checked first: an accepted event
 * gives the new case (its history one event longer), the effects the app should carry out and
 * any warnings; a rejected event gives the finding that says why, and the case is unchanged
 * (the argument is never changed either way).
 *
 * Rejections: `conflict.case-closed` (a closed case accepts nothing unless the event reopens its
 * outcome), `conflict.time-went-backwards` (earlier than the last event),
 * `conflict.transition-not-allowed` (not from this state, or an unknown event type), then the
 * workflow's own rules in order (`conflict.handler-is-party`, `conflict.consent-required`...).
 *
 * @throws {ValidationError} when the case, the event (a bad instant, a missing field, a field the
 * event type does not declare) or the options are malformed, naming every bad path.
 * @example
 * ```ts
 * import { applyConflictEvent, openConflictCase } from "team-playbook/conflicts";
 * const opened = openConflictCase({
 *   type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00",
 *   caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "周会上两人因客户归属争执",
 * });
 * const r = opened.ok ? applyConflictEvent(opened.case, { type: "triage", actorId: "mgr", at: "2026-11-23T15:00:00+08:00", handlerId: "b", severity: "medium" }) : opened;
 * r.ok ? r.case.state : r.error.code; //=> "conflict.handler-is-party"
 * ```
 * @category Conflicts
 */
export function applyConflictEvent(c: ConflictCase, event: ConflictEvent, opts?: ConflictOptions): ConflictResult {
  const issues: Issues = [];
  const { wf, env } = readOptions(opts, issues);
  const caseOk = checkCase(c, ["case"], issues, wf);
  const checked = checkEventShape(event, ["event"], issues, wf);
  throwIfIssues(issues);
  if (!caseOk || wf === undefined || checked === undefined) throw new Error("unreachable: checked above");
  const draft = draftOf(c, epochOf(c.updatedAt));
  const result = step(wf, draft, event, checked, env, ["event"]);
  if ("error" in result) return { ok: false, error: result.error };
  return { ok: true, case: caseOf(draft), effects: result.effects, warnings: result.warnings };
}

/**
 * Rebuilds a case from its events: the first must be a `report`, and each later one is applied
 * in turn. Gives the case with every effect and warning along the way (an app rebuilding a
 * case it already ran should not carry the effects out again), or the first rejection, with the
 * index of the event in its path. `replayConflictCase(c.history)` reproduces `c` exactly.
 *
 * @throws {ValidationError} when any event or the options are malformed, naming every bad path;
 * nothing is replayed then.
 * @example
 * ```ts
 * import { replayConflictCase } from "team-playbook/conflicts";
 * const r = replayConflictCase([
 *   { type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "周会上两人因客户归属争执" },
 *   { type: "triage", actorId: "mgr", at: "2026-11-23T15:00:00+08:00", handlerId: "mgr", severity: "medium" },
 *   { type: "start-conversation", actorId: "mgr", at: "2026-11-24T10:00:00+08:00" },
 * ]);
 * r.ok && r.case.state; //=> "in-conversation"
 * ```
 * @category Conflicts
 */
export function replayConflictCase(events: readonly ConflictEvent[], opts?: ConflictOptions): ConflictResult {
  const issues: Issues = [];
  const { wf, env } = readOptions(opts, issues);
  const compiled: CheckedEvent[] = [];
  if (checkArray(events, ["events"], issues, { nonEmpty: true })) {
    for (let i = 0; i < events.length; i++) {
      const checked = checkEventShape(events[i], ["events", i], issues, wf);
      if (checked !== undefined) compiled.push(checked);
    }
  }
  throwIfIssues(issues);
  if (wf === undefined) throw new Error("unreachable: checked above");
  return fold(wf, env, events, compiled);
}

function fold(wf: CompiledWorkflow, env: StepEnv, events: readonly ConflictEvent[], compiled: readonly CheckedEvent[]): ConflictResult {
  const first = compiled[0]!.ce;
  if (first === null || first.name !== "report") {
    return { ok: false, error: { code: "conflict.transition-not-allowed", severity: "error", path: ["events", 0], params: { event: events[0]!.type, state: "", actorId: events[0]!.actorId } } };
  }
  const opened = openStep(wf, events[0]!, first, compiled[0]!.ms, env, ["events", 0]);
  if ("error" in opened) return { ok: false, error: opened.error };
  const draft = opened.draft;
  const effects: ConflictEffect[] = [];
  const warnings: Finding<string>[] = [];
  collect(opened.result, effects, warnings);
  for (let i = 1; i < events.length; i++) {
    const result = step(wf, draft, events[i]!, compiled[i]!, env, ["events", i]);
    if ("error" in result) return { ok: false, error: result.error };
    collect(result, effects, warnings);
  }
  return { ok: true, case: caseOf(draft), effects, warnings };
}

function collect(result: { readonly effects: readonly ConflictEffect[]; readonly warnings: readonly Finding<string>[] } | { readonly error: Finding<string> }, effects: ConflictEffect[], warnings: Finding<string>[]): void {
  if ("error" in result) return;
  for (const e of result.effects) effects.push(e);
  for (const w of result.warnings) warnings.push(w);
}

/**
 * Opens a case from its `report` event: `replayConflictCase([report], opts)`.
 *
 * @throws {ValidationError} when the report or the options are malformed.
 * @example
 * ```ts
 * import { openConflictCase } from "team-playbook/conflicts";
 * const r = openConflictCase({ type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "客户归属争执" });
 * r.ok && r.case.deadlines[0]?.workingDays; //=> 2
 * ```
 * @category Conflicts
 */
export function openConflictCase(report: ReportEvent, opts?: ConflictOptions): ConflictResult {
  const issues: Issues = [];
  const { wf, env } = readOptions(opts, issues);
  const checked = checkEventShape(report, ["report"], issues, wf);
  throwIfIssues(issues);
  if (wf === undefined || checked === undefined) throw new Error("unreachable: checked above");
  return fold(wf, env, [report], [checked]);
}
