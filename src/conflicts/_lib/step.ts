/**
 * One event applied to a draft: every rule is checked first, and only an accepted event changes
 * the draft.
 * @module
 * @internal
 */
import type { Finding } from "../../core/findings.js";
import type { MessageParams } from "../../core/messages/types.js";
import type { Path } from "../../core/errors.js";
import type { CompiledCalendar } from "../../core/work-calendar.js";
import { fromDayNumber } from "../../core/dates.js";
import type { Condition, ConflictEffect, ConflictEvent, GuardRef, JsonValue, TransitionDefinition } from "../types.js";
import { dayOf, dueDayOf } from "./clock.js";
import { transitionsFrom, type CompiledEvent, type CompiledWorkflow } from "./compile.js";
import type { CheckedEvent } from "./event.js";
import { copyJson } from "./json.js";
import { ACTIONS, GUARDS, roleIds, type Draft, type GuardInput } from "./registry.js";

/** Where an event is applied: the working calendar and the zone that says which day it is. @internal */
export interface StepEnv {
  readonly calendar: CompiledCalendar;
  readonly timeZone: string | undefined;
}

/** What applying one event gave. @internal */
export type StepResult = { readonly error: Finding<string> } | { readonly effects: ConflictEffect[]; readonly warnings: Finding<string>[] };

/** Does a condition hold? @internal */
export function holds(c: Condition, input: GuardInput): boolean {
  const ok = GUARDS[c.guard]!.test(input, c.params ?? {});
  return c.negate === true ? !ok : ok;
}

function allHold(list: readonly Condition[] | undefined, input: GuardInput): boolean {
  if (list === undefined) return true;
  for (let i = 0; i < list.length; i++) if (!holds(list[i]!, input)) return false;
  return true;
}

function finding(code: string, severity: "error" | "warning", path: Path, params: MessageParams): Finding<string> {
  return { code, severity, path, params };
}

function shownValue(v: JsonValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.length === 0 ? undefined : v.map(String).join(", ");
  if (typeof v === "object") return undefined;
  return String(v);
}

function ruleParams(input: GuardInput, g: GuardRef): MessageParams {
  const { draft, event } = input;
  const params: Record<string, string> = { event: event.type, state: draft.state, actorId: event.actorId };
  const field = g.params?.["field"];
  if (typeof field === "string") {
    params["field"] = field;
    const v = shownValue(event[field]);
    if (v !== undefined) params["value"] = v;
  }
  const deadline = g.params?.["deadline"];
  if (typeof deadline === "string") {
    params["deadline"] = deadline;
    const clock = draft.deadlines.find((c) => c.id === deadline && c.stoppedAt === undefined);
    if (clock !== undefined) {
      const day = dayOf(event.at, input.timeZone);
      params["due"] = fromDayNumber(dueDayOf(clock, input.calendar, input.timeZone, day).due);
    }
  }
  return params;
}

/**
 * Applies `event` (already checked for shape) to `draft`. On a rejection the draft is untouched.
 * @internal
 */
export function step(wf: CompiledWorkflow, draft: Draft, event: ConflictEvent, shape: CheckedEvent, env: StepEnv, path: Path): StepResult {
  const { ce, ms } = shape;
  const base = { event: event.type, state: draft.state, actorId: event.actorId };
  if (wf.terminal.has(draft.state) && !(ce?.def.reopens ?? []).includes(draft.outcome ?? "")) {
    return { error: finding("conflict.case-closed", "error", path, { ...base, outcome: draft.outcome ?? "" }) };
  }
  if (ce === null) return { error: finding("conflict.transition-not-allowed", "error", path, base) };
  if (ms < draft.lastMs) return { error: finding("conflict.time-went-backwards", "error", [...path, "at"], { ...base, at: event.at, last: draft.updatedAt }) };
  const candidates = transitionsFrom(wf, ce, draft.state);
  if (candidates.length === 0) return { error: finding("conflict.transition-not-allowed", "error", path, base) };

  const input: GuardInput = { draft, event, calendar: env.calendar, timeZone: env.timeZone };
  const checked = checkRules(ce, input, path);
  if ("error" in checked) return checked;
  const warnings = checked.warnings;
  let chosen: TransitionDefinition | undefined;
  for (let i = 0; i < candidates.length && chosen === undefined; i++) if (allHold(candidates[i]!.when, input)) chosen = candidates[i];
  if (chosen === undefined) return { error: finding("conflict.transition-not-allowed", "error", path, base) };

  // Accepted: from here on the draft changes.
  const effects: ConflictEffect[] = [];
  let target = chosen.to;
  let outcome = chosen.outcome;
  if (ce.def.tick === true && !wf.hold.has(draft.state)) {
    const day = dayOf(event.at, env.timeZone);
    for (let i = 0; i < draft.deadlines.length; i++) {
      const clock = draft.deadlines[i]!;
      if (clock.stoppedAt !== undefined) continue;
      const due = dueDayOf(clock, env.calendar, env.timeZone, day).due;
      if (day <= due) continue;
      const lapse = wf.deadlines.get(clock.id)?.onLapse;
      if (lapse !== undefined) {
        if (target === undefined || target === draft.state) {
          target = lapse.to;
          outcome = lapse.outcome;
        }
      } else if (clock.breachedAt === undefined) {
        clock.breachedAt = event.at;
        effects.push({ type: "escalate", caseId: draft.id, to: resolveRoles(draft, ["handler", "hr"]), params: { deadline: clock.id, due: fromDayNumber(due) } });
      }
    }
  }
  const assign = ce.def.assign ?? [];
  if (ce.def.tick === true && effects.length === 0 && (target === undefined || target === draft.state) && assign.length === 0 && ce.def.effects === undefined) {
    return { effects, warnings }; // a clock event that found nothing changes nothing, not even the history
  }
  for (let i = 0; i < assign.length; i++) ACTIONS[assign[i]!.action]!.apply(draft, event, assign[i]!.params ?? {});
  const resume = target === "$resume";
  if (resume) target = draft.heldFrom;
  if (target !== undefined && target !== draft.state) moveTo(wf, draft, target, outcome, event.at, resume);
  draft.history.push(copyJson(event));
  draft.updatedAt = event.at;
  draft.lastMs = ms;
  pushEffects(ce, input, effects);
  return { effects, warnings };
}

/** Checks an event's rules in order: the first failing error rule rejects it; warnings collect. */
function checkRules(ce: CompiledEvent, input: GuardInput, path: Path): { readonly error: Finding<string> } | { readonly warnings: Finding<string>[] } {
  const warnings: Finding<string>[] = [];
  const requires = ce.def.requires ?? [];
  for (let i = 0; i < requires.length; i++) {
    const g = requires[i]!;
    if (!allHold(g.when, input) || holds(g, input)) continue;
    const f = finding(g.code, g.severity === "warning" ? "warning" : "error", path, ruleParams(input, g));
    if (g.severity === "warning") warnings.push(f);
    else return { error: f };
  }
  return { warnings };
}

/** The effects an accepted event declares, with their roles resolved after the change. */
function pushEffects(ce: CompiledEvent, input: GuardInput, effects: ConflictEffect[]): void {
  const { draft, event } = input;
  for (const e of ce.def.effects ?? []) {
    if (!allHold(e.when, input)) continue;
    const out: { -readonly [K in keyof ConflictEffect]: ConflictEffect[K] } = { type: e.type, caseId: draft.id };
    if (e.to !== undefined) out.to = resolveRoles(draft, e.to);
    if (e.code !== undefined) out.code = e.code;
    if (e.params !== undefined || e.fields !== undefined) {
      const params: Record<string, JsonValue> = { ...e.params };
      for (const f of e.fields ?? []) if (event[f] !== undefined) params[f] = event[f]!;
      out.params = params;
    }
    effects.push(out);
  }
}

/** Roles the case knows become ids; others (`hr`) stay as role names. @internal */
export function resolveRoles(draft: Draft, roles: readonly string[]): string[] {
  const out: string[] = [];
  for (const role of roles) {
    const ids = roleIds(draft, role);
    const known = role === "reporter" || role === "parties" || role === "handler" || role === "mediator" || Object.prototype.hasOwnProperty.call(draft.data, role);
    for (const id of known ? ids : [role]) if (!out.includes(id)) out.push(id);
  }
  return out;
}

function moveTo(wf: CompiledWorkflow, draft: Draft, target: string, outcome: string | undefined, at: string, resume: boolean): void {
  const from = draft.state;
  const entersHold = wf.hold.has(target);
  if (wf.hold.has(from)) {
    for (const clock of draft.deadlines) {
      const last = clock.holds[clock.holds.length - 1];
      if (clock.stoppedAt === undefined && last !== undefined && last.to === undefined) clock.holds[clock.holds.length - 1] = { from: last.from, to: at };
    }
    delete draft.heldFrom;
  }
  if (entersHold) {
    draft.heldFrom = from;
    for (const clock of draft.deadlines) if (clock.stoppedAt === undefined) clock.holds.push({ from: at });
  } else if (!resume) {
    for (const clock of draft.deadlines) {
      if (clock.stoppedAt === undefined && !(wf.deadlines.get(clock.id)?.activeIn.has(target) ?? false)) clock.stoppedAt = at;
    }
    for (const d of wf.startsOn.get(target) ?? []) {
      if (draft.deadlines.some((c) => c.id === d.id && c.stoppedAt === undefined)) continue;
      draft.deadlines.push({ id: d.id, state: target, startedAt: at, workingDays: d.workingDays, holds: [] });
    }
  }
  if (wf.terminal.has(target)) {
    if (outcome !== undefined) draft.outcome = outcome;
    draft.closedAt = at;
  } else {
    delete draft.outcome;
    delete draft.closedAt;
  }
  draft.state = target;
}

/**
 * Opens a case from its `report` event (already checked for shape): the draft it gives, or the
 * rule that rejected it. @internal
 */
export function openStep(wf: CompiledWorkflow, event: ConflictEvent, ce: CompiledEvent, ms: number, env: StepEnv, path: Path): { readonly draft: Draft; readonly result: StepResult } | { readonly error: Finding<string> } {
  const conf = wf.def.confidentiality;
  const category = event["category"] as string;
  const draft: Draft = {
    id: event["caseId"] as string,
    workflow: { id: wf.def.id, version: wf.def.version },
    state: "",
    reportedBy: event.actorId,
    reportedAt: event.at,
    updatedAt: event.at,
    parties: (event["parties"] as readonly string[]).slice(),
    category,
    summary: event["summary"] as string,
    confidential: event["confidential"] === true || conf?.always === true || (conf?.categories ?? []).includes(category),
    actions: [],
    deadlines: [],
    data: {},
    history: [],
    lastMs: ms,
  };
  const input: GuardInput = { draft, event, calendar: env.calendar, timeZone: env.timeZone };
  const checked = checkRules(ce, input, path);
  if ("error" in checked) return checked;
  const warnings = checked.warnings;
  const chosen = ce.def.transitions.find((t) => allHold(t.when, input));
  if (chosen === undefined) return { error: finding("conflict.transition-not-allowed", "error", path, { event: event.type, state: "", actorId: event.actorId }) };
  const assign = ce.def.assign ?? [];
  for (let i = 0; i < assign.length; i++) ACTIONS[assign[i]!.action]!.apply(draft, event, assign[i]!.params ?? {});
  moveTo(wf, draft, chosen.to!, undefined, event.at, false);
  draft.history.push(copyJson(event));
  const effects: ConflictEffect[] = [];
  pushEffects(ce, input, effects);
  return { draft, result: { effects, warnings } };
}
