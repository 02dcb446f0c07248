/**
 * Checks a workflow definition once and prepares its look-ups.
 * @module
 * @internal
 */
import { checkArray, checkBoolean, checkEnum, checkIdList, checkInteger, checkRecord, checkString, isRecord, report, shown, type Issues } from "../../core/_lib/check.js";
import type { Path } from "../../core/errors.js";
import type { DeadlineDefinition, EventDefinition, PayloadField, TransitionDefinition, WorkflowDefinition } from "../types.js";
import { ACTIONS, GUARDS, WRITABLE_CASE_FIELDS, type ParamKind } from "./registry.js";

/** Fields every event has; a workflow may not declare them in a payload. @internal */
export const ENVELOPE_FIELDS: ReadonlySet<string> = new Set(["type", "actorId", "at", "actorRoles", "note"]);
/** Fields of the `report` event the engine reads itself. @internal */
export const REPORT_FIELDS: ReadonlySet<string> = new Set(["caseId", "parties", "category", "summary", "confidential"]);

/** Names that would reach an object's prototype machinery: never a state, event, field or data name. */
const UNSAFE_NAMES: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

const FIELD_TYPES = ["id", "ids", "text", "date", "instant", "boolean", "number", "money", "enum", "actions"] as const;

/** A deadline ready for use: a spanning deadline, or a state's own SLA. @internal */
export interface CompiledDeadline {
  readonly id: string;
  readonly workingDays: number;
  readonly activeIn: ReadonlySet<string>;
  readonly onLapse?: { readonly to: string; readonly outcome?: string };
}

/** An event type ready for use. @internal */
export interface CompiledEvent {
  readonly name: string;
  readonly def: EventDefinition;
  readonly payload: readonly (readonly [string, PayloadField])[];
}

/** A checked workflow with its look-ups. @internal */
export interface CompiledWorkflow {
  readonly def: WorkflowDefinition;
  readonly terminal: ReadonlySet<string>;
  readonly hold: ReadonlySet<string>;
  readonly categories: ReadonlySet<string> | undefined;
  readonly events: ReadonlyMap<string, CompiledEvent>;
  /** Deadlines that start when a state is entered, by state. */
  readonly startsOn: ReadonlyMap<string, readonly CompiledDeadline[]>;
  readonly deadlines: ReadonlyMap<string, CompiledDeadline>;
}

const cache = new WeakMap<object, CompiledWorkflow>();

/**
 * The compiled form of a workflow, checked the first time the definition object is seen.
 * Problems go to `issues` under `path`; the result is then `undefined`. @internal
 */
export function compileWorkflow(def: unknown, path: Path, issues: Issues): CompiledWorkflow | undefined {
  if (isRecord(def)) {
    const hit = cache.get(def);
    if (hit !== undefined) return hit;
  }
  const before = issues.length;
  const compiled = build(def, path, issues);
  if (issues.length > before || compiled === undefined) return undefined;
  cache.set(def as object, compiled);
  return compiled;
}

function build(def: unknown, path: Path, issues: Issues): CompiledWorkflow | undefined {
  if (!checkRecord(def, path, issues)) return undefined;
  checkString(def["id"], [...path, "id"], issues, { nonEmpty: true });
  checkInteger(def["version"], [...path, "version"], issues, { min: 0 });
  let categories: Set<string> | undefined;
  if (def["categories"] !== undefined && checkIdList(def["categories"], [...path, "categories"], issues, { nonEmpty: true, unique: true })) {
    categories = new Set(def["categories"]);
  }
  const conf = def["confidentiality"];
  if (conf !== undefined && checkRecord(conf, [...path, "confidentiality"], issues)) {
    if (conf["always"] !== undefined) checkBoolean(conf["always"], [...path, "confidentiality", "always"], issues);
    if (conf["categories"] !== undefined) checkIdList(conf["categories"], [...path, "confidentiality", "categories"], issues, { unique: true });
  }
  if (def["involved"] !== undefined) checkIdList(def["involved"], [...path, "involved"], issues, { unique: true });
  const access = def["access"];
  if (access !== undefined && checkRecord(access, [...path, "access"], issues)) {
    if (access["full"] !== undefined) checkIdList(access["full"], [...path, "access", "full"], issues, { unique: true });
    if (access["privateNotes"] !== undefined) checkIdList(access["privateNotes"], [...path, "access", "privateNotes"], issues, { unique: true });
  }

  const terminal = new Set<string>();
  const hold = new Set<string>();
  const outcomes = new Map<string, ReadonlySet<string>>();
  const stateNames = new Set<string>();
  const slaStates: [string, number][] = [];
  const states = def["states"];
  if (checkRecord(states, [...path, "states"], issues)) {
    for (const name of Object.keys(states)) {
      const p = [...path, "states", name];
      if (name === "" || name.startsWith("$") || name === "*" || UNSAFE_NAMES.has(name)) report(issues, p, "validation.invalid", { value: shown(name) });
      stateNames.add(name);
      const s = states[name];
      if (!checkRecord(s, p, issues)) continue;
      if (s["terminal"] !== undefined && checkBoolean(s["terminal"], [...p, "terminal"], issues) && s["terminal"]) {
        terminal.add(name);
        if (checkIdList(s["outcomes"], [...p, "outcomes"], issues, { nonEmpty: true, unique: true })) outcomes.set(name, new Set(s["outcomes"]));
      } else if (s["outcomes"] !== undefined) report(issues, [...p, "outcomes"], "validation.requires", { requires: "terminal" });
      if (s["hold"] !== undefined && checkBoolean(s["hold"], [...p, "hold"], issues) && s["hold"]) {
        hold.add(name);
        if (terminal.has(name)) report(issues, [...p, "hold"], "validation.invalid", { value: "true" });
      }
      if (s["slaWorkingDays"] !== undefined && checkInteger(s["slaWorkingDays"], [...p, "slaWorkingDays"], issues, { min: 0, max: 3650 })) {
        slaStates.push([name, s["slaWorkingDays"]]);
      }
    }
    if (stateNames.size === 0) report(issues, [...path, "states"], "validation.empty");
    else if (terminal.size === 0) report(issues, [...path, "states"], "validation.requires", { requires: "terminal" });
  }
  const isState = (name: unknown): boolean => typeof name === "string" && stateNames.has(name);
  const notState = (p: Path, name: unknown): void => {
    report(issues, p, "validation.enum", { options: [...stateNames], value: shown(name) });
  };
  const allOutcomes = new Set<string>();
  for (const set of outcomes.values()) for (const o of set) allOutcomes.add(o);

  const checkTarget = (to: unknown, outcome: unknown, p: Path): void => {
    if (!checkString(to, [...p, "to"], issues, { nonEmpty: true })) return;
    if (to === "$resume") {
      if (outcome !== undefined) report(issues, [...p, "outcome"], "validation.invalid", { value: shown(outcome) });
      return;
    }
    if (!isState(to)) {
      notState([...p, "to"], to);
      return;
    }
    const allowed = outcomes.get(to);
    if (allowed === undefined) {
      if (outcome !== undefined) report(issues, [...p, "outcome"], "validation.requires", { requires: "terminal" });
    } else if (checkString(outcome, [...p, "outcome"], issues) && !allowed.has(outcome)) {
      report(issues, [...p, "outcome"], "validation.enum", { options: [...allowed], value: shown(outcome) });
    }
  };

  const deadlines = new Map<string, CompiledDeadline>();
  const startsOn = new Map<string, CompiledDeadline[]>();
  const addStart = (state: string, d: CompiledDeadline): void => {
    const listed = startsOn.get(state);
    if (listed === undefined) startsOn.set(state, [d]);
    else listed.push(d);
  };
  for (const [name, days] of slaStates) {
    const d: CompiledDeadline = { id: name, workingDays: days, activeIn: new Set([name]) };
    deadlines.set(name, d);
    addStart(name, d);
  }
  if (def["deadlines"] !== undefined && checkArray(def["deadlines"], [...path, "deadlines"], issues)) {
    const list = def["deadlines"];
    for (let i = 0; i < list.length; i++) {
      const d = checkDeadline(list[i], [...path, "deadlines", i], issues, isState, notState, checkTarget);
      if (d === undefined) continue;
      if (deadlines.has(d.def.id)) {
        report(issues, [...path, "deadlines", i, "id"], "validation.duplicate", { value: shown(d.def.id) });
        continue;
      }
      deadlines.set(d.def.id, d.compiled);
      for (const s of d.def.startsOn) addStart(s, d.compiled);
    }
  }

  const events = new Map<string, CompiledEvent>();
  const defEvents = def["events"];
  if (checkRecord(defEvents, [...path, "events"], issues)) {
    if (defEvents["report"] === undefined) report(issues, [...path, "events", "report"], "validation.required");
    for (const name of Object.keys(defEvents)) {
      const e = checkEvent(name, defEvents[name], [...path, "events", name], issues, { isState, notState, terminal, checkTarget, allOutcomes, deadlines });
      if (e !== undefined) events.set(name, e);
    }
  }
  if (issues.length > 0) return undefined;
  return { def: def as unknown as WorkflowDefinition, terminal, hold, categories, events, startsOn, deadlines };
}

interface EventContext {
  readonly isState: (name: unknown) => boolean;
  readonly notState: (p: Path, name: unknown) => void;
  readonly terminal: ReadonlySet<string>;
  readonly checkTarget: (to: unknown, outcome: unknown, p: Path) => void;
  readonly allOutcomes: ReadonlySet<string>;
  readonly deadlines: ReadonlyMap<string, CompiledDeadline>;
}

function checkDeadline(
  value: unknown,
  p: Path,
  issues: Issues,
  isState: (name: unknown) => boolean,
  notState: (p: Path, name: unknown) => void,
  checkTarget: (to: unknown, outcome: unknown, p: Path) => void,
): { def: DeadlineDefinition; compiled: CompiledDeadline } | undefined {
  if (!checkRecord(value, p, issues)) return undefined;
  const before = issues.length;
  checkString(value["id"], [...p, "id"], issues, { nonEmpty: true });
  checkInteger(value["workingDays"], [...p, "workingDays"], issues, { min: 0, max: 3650 });
  for (const key of ["startsOn", "activeIn"] as const) {
    if (!checkIdList(value[key], [...p, key], issues, { nonEmpty: true, unique: true })) continue;
    const names = value[key] as readonly string[];
    for (let j = 0; j < names.length; j++) if (!isState(names[j])) notState([...p, key, j], names[j]);
  }
  const lapse = value["onLapse"];
  if (lapse !== undefined && checkRecord(lapse, [...p, "onLapse"], issues)) checkTarget(lapse["to"], lapse["outcome"], [...p, "onLapse"]);
  if (issues.length > before) return undefined;
  const def = value as unknown as DeadlineDefinition;
  const compiled: CompiledDeadline =
    def.onLapse === undefined
      ? { id: def.id, workingDays: def.workingDays, activeIn: new Set(def.activeIn) }
      : { id: def.id, workingDays: def.workingDays, activeIn: new Set(def.activeIn), onLapse: def.onLapse };
  return { def, compiled };
}

function checkEvent(name: string, value: unknown, p: Path, issues: Issues, ctx: EventContext): CompiledEvent | undefined {
  if (!checkRecord(value, p, issues)) return undefined;
  const before = issues.length;
  if (name === "" || ENVELOPE_FIELDS.has(name) || UNSAFE_NAMES.has(name)) report(issues, p, "validation.invalid", { value: shown(name) });
  const payload: [string, PayloadField][] = [];
  if (value["payload"] !== undefined && checkRecord(value["payload"], [...p, "payload"], issues)) {
    const fields = value["payload"];
    for (const key of Object.keys(fields)) {
      const fp = [...p, "payload", key];
      if (ENVELOPE_FIELDS.has(key) || UNSAFE_NAMES.has(key) || (name === "report" && REPORT_FIELDS.has(key))) report(issues, fp, "validation.invalid", { value: shown(key) });
      const f = fields[key];
      if (!checkRecord(f, fp, issues)) continue;
      if (!checkEnum(f["type"], FIELD_TYPES, [...fp, "type"], issues)) continue;
      if (f["type"] === "enum") checkIdList(f["values"], [...fp, "values"], issues, { nonEmpty: true, unique: true });
      else if (f["values"] !== undefined) report(issues, [...fp, "values"], "validation.requires", { requires: "type: enum" });
      if (f["optional"] !== undefined) checkBoolean(f["optional"], [...fp, "optional"], issues);
      payload.push([key, f as unknown as PayloadField]);
    }
  }
  const guardsOk = (list: unknown, lp: Path, withCode: boolean): void => {
    if (list === undefined || !checkArray(list, lp, issues)) return;
    for (let i = 0; i < list.length; i++) checkGuard(list[i], [...lp, i], issues, withCode, ctx);
  };
  guardsOk(value["requires"], [...p, "requires"], true);
  if (checkArray(value["transitions"], [...p, "transitions"], issues, { nonEmpty: true })) {
    const ts = value["transitions"];
    for (let i = 0; i < ts.length; i++) {
      const tp = [...p, "transitions", i];
      const t = ts[i];
      if (!checkRecord(t, tp, issues)) continue;
      if (checkIdList(t["from"], [...tp, "from"], issues, { unique: true })) {
        const from = t["from"] as readonly string[];
        if ((from.length === 0) !== (name === "report")) report(issues, [...tp, "from"], name === "report" ? "validation.invalid" : "validation.empty");
        for (let j = 0; j < from.length; j++) if (from[j] !== "*" && !ctx.isState(from[j])) ctx.notState([...tp, "from", j], from[j]);
      }
      if (t["to"] !== undefined || t["outcome"] !== undefined) ctx.checkTarget(t["to"], t["outcome"], tp);
      if (name === "report" && (t["to"] === undefined || t["to"] === "$resume" || ctx.terminal.has(String(t["to"])))) report(issues, [...tp, "to"], "validation.invalid", { value: shown(t["to"]) });
      guardsOk(t["when"], [...tp, "when"], false);
    }
  }
  if (value["assign"] !== undefined && checkArray(value["assign"], [...p, "assign"], issues)) {
    const list = value["assign"];
    for (let i = 0; i < list.length; i++) {
      const ap = [...p, "assign", i];
      const a = list[i];
      if (!checkRecord(a, ap, issues) || !checkEnum(a["action"], Object.keys(ACTIONS), [...ap, "action"], issues)) continue;
      checkParams(ACTIONS[a["action"]]!.params, a["params"], [...ap, "params"], issues, ctx);
      if (a["action"] !== "record-actions" && isRecord(a["params"])) {
        const field = a["params"]["field"];
        if (typeof field === "string" && !WRITABLE_CASE_FIELDS.has(field) && RESERVED_DATA.has(field)) report(issues, [...ap, "params", "field"], "validation.invalid", { value: field });
      }
    }
  }
  if (value["effects"] !== undefined && checkArray(value["effects"], [...p, "effects"], issues)) {
    const list = value["effects"];
    for (let i = 0; i < list.length; i++) {
      const ep = [...p, "effects", i];
      const e = list[i];
      if (!checkRecord(e, ep, issues)) continue;
      checkString(e["type"], [...ep, "type"], issues, { nonEmpty: true });
      if (e["to"] !== undefined) checkIdList(e["to"], [...ep, "to"], issues);
      if (e["code"] !== undefined) checkString(e["code"], [...ep, "code"], issues, { nonEmpty: true });
      if (e["params"] !== undefined) checkRecord(e["params"], [...ep, "params"], issues);
      if (e["fields"] !== undefined) checkIdList(e["fields"], [...ep, "fields"], issues, { unique: true });
      guardsOk(e["when"], [...ep, "when"], false);
    }
  }
  if (value["tick"] !== undefined) checkBoolean(value["tick"], [...p, "tick"], issues);
  if (value["reopens"] !== undefined && checkIdList(value["reopens"], [...p, "reopens"], issues, { unique: true })) {
    const list = value["reopens"] as readonly string[];
    for (let i = 0; i < list.length; i++) if (!ctx.allOutcomes.has(list[i]!)) report(issues, [...p, "reopens", i], "validation.enum", { options: [...ctx.allOutcomes], value: shown(list[i]) });
  }
  if (issues.length > before) return undefined;
  return { name, def: value as unknown as EventDefinition, payload };
}

/** Case fields an action may not write as data (they are the case's own). */
const RESERVED_DATA: ReadonlySet<string> = new Set(["id", "state", "outcome", "category", "parties", "reportedBy", "summary", "confidential", "history", "actions", "deadlines"]);

function checkGuard(value: unknown, p: Path, issues: Issues, withCode: boolean, ctx: EventContext): void {
  if (!checkRecord(value, p, issues)) return;
  if (checkEnum(value["guard"], Object.keys(GUARDS), [...p, "guard"], issues)) checkParams(GUARDS[value["guard"]]!.params, value["params"], [...p, "params"], issues, ctx);
  if (value["negate"] !== undefined) checkBoolean(value["negate"], [...p, "negate"], issues);
  if (withCode) {
    checkString(value["code"], [...p, "code"], issues, { nonEmpty: true });
    if (value["severity"] !== undefined) checkEnum(value["severity"], ["error", "warning"], [...p, "severity"], issues);
    if (value["when"] !== undefined && checkArray(value["when"], [...p, "when"], issues)) {
      const list = value["when"];
      for (let i = 0; i < list.length; i++) checkGuard(list[i], [...p, "when", i], issues, false, ctx);
    }
  } else {
    for (const key of ["code", "severity", "when"]) if (value[key] !== undefined) report(issues, [...p, key], "validation.unknown-key", { keys: key });
  }
}

function checkParams(
  spec: Readonly<Record<string, { readonly kind: ParamKind; readonly optional?: boolean }>>,
  value: unknown,
  p: Path,
  issues: Issues,
  ctx: EventContext,
): void {
  const params = value === undefined ? {} : value;
  if (!checkRecord(params, p, issues)) return;
  for (const key of Object.keys(params)) if (!Object.prototype.hasOwnProperty.call(spec, key)) report(issues, [...p, key], "validation.unknown-key", { keys: key });
  for (const key of Object.keys(spec)) {
    const { kind, optional } = spec[key]!;
    const v: unknown = params[key];
    const kp = [...p, key];
    if (v === undefined) {
      if (optional !== true) report(issues, kp, "validation.required");
      continue;
    }
    switch (kind) {
      case "field":
      case "deadline":
        if (!checkString(v, kp, issues, { nonEmpty: true })) break;
        if (UNSAFE_NAMES.has(v)) report(issues, kp, "validation.invalid", { value: shown(v) });
        else if (kind === "deadline" && !ctx.deadlines.has(v)) report(issues, kp, "validation.enum", { options: [...ctx.deadlines.keys()], value: shown(v) });
        break;
      case "roles":
        checkIdList(v, kp, issues, { nonEmpty: true, unique: true });
        break;
      case "values":
        if (checkArray(v, kp, issues, { nonEmpty: true })) for (let i = 0; i < v.length; i++) checkJsonScalar(v[i], [...kp, i], issues);
        break;
      case "value":
        checkJsonScalar(v, kp, issues);
        break;
      case "count":
        checkInteger(v, kp, issues, { min: 0, max: 100_000 });
        break;
      case "source":
        checkEnum(v, ["event", "case"], kp, issues);
        break;
    }
  }
}

function checkJsonScalar(v: unknown, p: Path, issues: Issues): void {
  if (v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))) return;
  report(issues, p, "validation.type", { expected: "string, number, boolean or null", received: typeof v });
}

/** The transitions of `event` that may start from `state`. @internal */
export function transitionsFrom(wf: CompiledWorkflow, event: CompiledEvent, state: string): TransitionDefinition[] {
  const open = !wf.terminal.has(state);
  const out: TransitionDefinition[] = [];
  const ts = event.def.transitions;
  for (let i = 0; i < ts.length; i++) {
    const from = ts[i]!.from;
    if (from.includes(state) || (open && from.includes("*"))) out.push(ts[i]!);
  }
  return out;
}
