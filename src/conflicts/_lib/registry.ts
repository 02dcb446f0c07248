/**
 * The named behaviour a workflow definition may reference: guards (conditions on the case and
 * the event) and actions (changes to the case). Definitions name them; only this file holds code.
 * @module
 * @internal
 */
import type { CompiledCalendar } from "../../core/work-calendar.js";
import type { AgreedAction, CaseDeadline, ConflictEvent, JsonValue } from "../types.js";
import { addWorkingDayNumbers, dayOf, dueDayOf, epochOf } from "./clock.js";
import { copyJson } from "./json.js";

/** The case while an event is applied: plain mutable data, copied from the case first. @internal */
export interface Draft {
  id: string;
  workflow: { id: string; version: number };
  state: string;
  outcome?: string;
  closedAt?: string;
  reportedBy: string;
  reportedAt: string;
  updatedAt: string;
  parties: readonly string[];
  category: string;
  summary: string;
  confidential: boolean;
  restricted?: boolean;
  severity?: string;
  handlerId?: string;
  mediatorId?: string;
  heldFrom?: string;
  actions: AgreedAction[];
  deadlines: DraftDeadline[];
  data: Record<string, JsonValue>;
  history: ConflictEvent[];
  /** Milliseconds of `updatedAt`, to order events. */
  lastMs: number;
}

/** A clock while an event is applied. @internal */
export interface DraftDeadline {
  id: string;
  state: string;
  startedAt: string;
  workingDays: number;
  holds: { readonly from: string; readonly to?: string }[];
  stoppedAt?: string;
  breachedAt?: string;
}

/** What a guard sees. @internal */
export interface GuardInput {
  readonly draft: Draft;
  readonly event: ConflictEvent;
  readonly calendar: CompiledCalendar;
  readonly timeZone: string | undefined;
}

type Params = Readonly<Record<string, JsonValue>>;

/** Case fields (besides `data`) that rules may read and actions may write. */
const CASE_FIELDS: ReadonlySet<string> = new Set(["severity", "handlerId", "mediatorId", "restricted", "category", "state", "reportedBy", "confidential"]);
/** Case fields actions may write. @internal */
export const WRITABLE_CASE_FIELDS: ReadonlySet<string> = new Set(["severity", "handlerId", "mediatorId", "restricted"]);

/** A field of the case: a top-level field it names, otherwise the workflow's own data. @internal */
export function caseField(draft: Draft, field: string): JsonValue | undefined {
  if (CASE_FIELDS.has(field)) return (draft as unknown as Record<string, JsonValue | undefined>)[field];
  return Object.prototype.hasOwnProperty.call(draft.data, field) ? draft.data[field] : undefined;
}

/**
 * The ids a role names on a case: `reporter`, `parties`, `handler`, `mediator`, or a data field
 * holding an id or a list of ids. Roles the case cannot resolve (`hr`) give none. @internal
 */
export function roleIds(draft: Draft, role: string): readonly string[] {
  switch (role) {
    case "reporter":
      return [draft.reportedBy];
    case "parties":
      return draft.parties;
    case "handler":
      return draft.handlerId === undefined ? [] : [draft.handlerId];
    case "mediator":
      return draft.mediatorId === undefined ? [] : [draft.mediatorId];
    default: {
      const v = Object.prototype.hasOwnProperty.call(draft.data, role) ? draft.data[role] : undefined;
      if (typeof v === "string") return [v];
      if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
      return [];
    }
  }
}

function hasRole(draft: Draft, id: string, roles: readonly JsonValue[]): boolean {
  for (let i = 0; i < roles.length; i++) {
    const ids = roleIds(draft, String(roles[i]));
    if (ids.includes(id)) return true;
  }
  return false;
}

function idsOf(value: JsonValue | undefined): readonly string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((x): x is string => typeof x === "string");
  return [];
}

function list(params: Params, key: string): readonly JsonValue[] {
  const v = params[key];
  return Array.isArray(v) ? v : [];
}

const str = (params: Params, key: string): string => String(params[key]);

/** The kinds of parameter a guard or action takes. @internal */
export type ParamKind = "field" | "roles" | "values" | "value" | "count" | "deadline" | "source";

/** One guard: which parameters it needs and what it checks. @internal */
export interface GuardSpec {
  readonly params: Readonly<Record<string, { readonly kind: ParamKind; readonly optional?: boolean }>>;
  readonly test: (input: GuardInput, params: Params) => boolean;
}

function activeClock(draft: Draft, id: string): CaseDeadline | undefined {
  for (let i = draft.deadlines.length - 1; i >= 0; i--) {
    const c = draft.deadlines[i]!;
    if (c.id === id && c.stoppedAt === undefined) return c;
  }
  return undefined;
}

/**
 * The guards a workflow may name. Each reads the event's fields (`field`) or the case
 * (`case-*`, roles) and never changes anything.
 * @internal
 */
export const GUARDS: Readonly<Record<string, GuardSpec>> = Object.freeze({
  /** The actor holds one of `roles` on the case, or the app vouches for one of them in `actorRoles` (app roles only, never a case role). */
  "actor-in": {
    params: { roles: { kind: "roles" } },
    test: ({ draft, event }, p) => hasRole(draft, event.actorId, list(p, "roles")) || actorRolesInclude(draft, event, list(p, "roles")),
  },
  /** The actor holds none of `roles`. */
  "actor-not-in": {
    params: { roles: { kind: "roles" } },
    test: ({ draft, event }, p) => !hasRole(draft, event.actorId, list(p, "roles")) && !actorRolesInclude(draft, event, list(p, "roles")),
  },
  /** No one the event names in `field` holds any of `roles` (an absent field passes). */
  "person-not-in": {
    params: { field: { kind: "field" }, roles: { kind: "roles" } },
    test: ({ draft, event }, p) => idsOf(event[str(p, "field")]).every((id) => !hasRole(draft, id, list(p, "roles"))),
  },
  /** Everyone the event names in `field` holds one of `roles` (an absent field fails). */
  "person-in": {
    params: { field: { kind: "field" }, roles: { kind: "roles" } },
    test: ({ draft, event }, p) => {
      const ids = idsOf(event[str(p, "field")]);
      return ids.length > 0 && ids.every((id) => hasRole(draft, id, list(p, "roles")));
    },
  },
  /** The ids in the event's `field` (or the case's, with `source: "case"`) include every party. */
  "covers-parties": {
    params: { field: { kind: "field" }, source: { kind: "source", optional: true } },
    test: ({ draft, event }, p) => {
      const ids = idsOf(p["source"] === "case" ? caseField(draft, str(p, "field")) : event[str(p, "field")]);
      return draft.parties.every((party) => ids.includes(party));
    },
  },
  /** The event's list `field` has at least `min` items. */
  "min-items": {
    params: { field: { kind: "field" }, min: { kind: "count" } },
    test: ({ event }, p) => {
      const v = event[str(p, "field")];
      return Array.isArray(v) && v.length >= Number(p["min"]);
    },
  },
  /** The event's `field` is text with something other than spaces. */
  "non-empty": {
    params: { field: { kind: "field" } },
    test: ({ event }, p) => {
      const v = event[str(p, "field")];
      return typeof v === "string" && v.trim() !== "";
    },
  },
  /** The event has a value in `field` (any value). */
  present: { params: { field: { kind: "field" } }, test: ({ event }, p) => event[str(p, "field")] !== undefined },
  /** The event's `field` is `true`. */
  "is-true": { params: { field: { kind: "field" } }, test: ({ event }, p) => event[str(p, "field")] === true },
  /** The event's `field` equals `value`. */
  equals: { params: { field: { kind: "field" }, value: { kind: "value" } }, test: ({ event }, p) => event[str(p, "field")] === p["value"] },
  /** The event's `field` is one of `values`. */
  "one-of": {
    params: { field: { kind: "field" }, values: { kind: "values" } },
    test: ({ event }, p) => list(p, "values").includes(event[str(p, "field")] as JsonValue),
  },
  /** The case's `field` (category, severity, state, or a data field) is one of `values`. */
  "case-in": {
    params: { field: { kind: "field" }, values: { kind: "values" } },
    test: ({ draft }, p) => list(p, "values").includes(caseField(draft, str(p, "field")) as JsonValue),
  },
  /** The case's `field` is `true`. */
  "case-is-true": { params: { field: { kind: "field" } }, test: ({ draft }, p) => caseField(draft, str(p, "field")) === true },
  /** The case's number `field` (0 when unset) is below `max`. */
  "case-below": {
    params: { field: { kind: "field" }, max: { kind: "count" } },
    test: ({ draft }, p) => {
      const v = caseField(draft, str(p, "field"));
      return (typeof v === "number" ? v : 0) < Number(p["max"]);
    },
  },
  /** The instant in the event's `field` is later than the event itself (notice is given). */
  "after-event": {
    params: { field: { kind: "field" } },
    test: ({ event }, p) => {
      const v = event[str(p, "field")];
      return typeof v === "string" && epochOf(v) > epochOf(event.at);
    },
  },
  /** The day of the event's `field` is at most `days` working days after the day of the case's `of`. */
  "within-working-days": {
    params: { field: { kind: "field" }, of: { kind: "field" }, days: { kind: "count" } },
    test: ({ draft, event, calendar, timeZone }, p) => {
      const v = event[str(p, "field")];
      const base = caseField(draft, str(p, "of"));
      if (typeof v !== "string" || typeof base !== "string") return false;
      return dayOf(v, timeZone) <= addWorkingDayNumbers(dayOf(base, timeZone), Number(p["days"]), calendar);
    },
  },
  /** The case's running `deadline` is not past due on the day of the event (none running passes). */
  "before-deadline": {
    params: { deadline: { kind: "deadline" } },
    test: ({ draft, event, calendar, timeZone }, p) => {
      const clock = activeClock(draft, str(p, "deadline"));
      if (clock === undefined) return true;
      const day = dayOf(event.at, timeZone);
      return day <= dueDayOf(clock, calendar, timeZone, day).due;
    },
  },
  /** The ids in the case's list `field`, with the actor added, include every party (the last party to consent completes the set). */
  "covers-parties-with-actor": {
    params: { field: { kind: "field" } },
    test: ({ draft, event }, p) => {
      const ids = idsOf(caseField(draft, str(p, "field")));
      return draft.parties.every((party) => party === event.actorId || ids.includes(party));
    },
  },
} satisfies Record<string, GuardSpec>);

/** Roles only the case can give: an app's `actorRoles` never stand in for them. */
const CASE_ROLES: ReadonlySet<string> = new Set(["reporter", "parties", "handler", "mediator"]);

/**
 * Does the app vouch (`actorRoles`) for one of `roles`? Roles the case holds itself (the
 * built-in ones, and any field of its data, such as `chairId`) are read from the case only.
 */
function actorRolesInclude(draft: Draft, event: ConflictEvent, roles: readonly JsonValue[]): boolean {
  const own = event.actorRoles;
  if (own === undefined) return false;
  for (let i = 0; i < roles.length; i++) {
    const role = String(roles[i]);
    if (!CASE_ROLES.has(role) && !Object.prototype.hasOwnProperty.call(draft.data, role) && own.includes(role)) return true;
  }
  return false;
}

/** One action: its parameters and the change it makes to the draft. @internal */
export interface ActionSpec {
  readonly params: Readonly<Record<string, { readonly kind: ParamKind; readonly optional?: boolean }>>;
  readonly apply: (draft: Draft, event: ConflictEvent, params: Params) => void;
}

function sourceValue(event: ConflictEvent, from: string): JsonValue | undefined {
  if (from === "$actor") return event.actorId;
  if (from === "$at") return event.at;
  return event[from];
}

function write(draft: Draft, field: string, value: JsonValue | undefined): void {
  const target = WRITABLE_CASE_FIELDS.has(field) ? (draft as unknown as Record<string, JsonValue | undefined>) : draft.data;
  if (value === undefined) delete target[field];
  else target[field] = value;
}

/**
 * The actions a workflow may name. Each changes the case after every rule has passed.
 * @internal
 */
export const ACTIONS: Readonly<Record<string, ActionSpec>> = Object.freeze({
  /** Sets `field` to the event's `from` field (`$actor`, `$at` for who and when), or to `value`. */
  set: {
    params: { field: { kind: "field" }, from: { kind: "field", optional: true }, value: { kind: "value", optional: true } },
    apply: (draft, event, p) => write(draft, str(p, "field"), copyJson(p["from"] === undefined ? p["value"] : sourceValue(event, str(p, "from")))),
  },
  /** Removes `field`. */
  unset: { params: { field: { kind: "field" } }, apply: (draft, _event, p) => write(draft, str(p, "field"), undefined) },
  /** Adds the ids in the event's `from` field (or the actor, `$actor`) to the list in `field`. */
  add: {
    params: { field: { kind: "field" }, from: { kind: "field" } },
    apply: (draft, event, p) => {
      const field = str(p, "field");
      const current = idsOf(draft.data[field]);
      const next = [...current];
      for (const id of idsOf(sourceValue(event, str(p, "from")))) if (!next.includes(id)) next.push(id);
      draft.data[field] = next;
    },
  },
  /** Adds one to the number in `field` (0 when unset). */
  increment: {
    params: { field: { kind: "field" } },
    apply: (draft, _event, p) => {
      const v = draft.data[str(p, "field")];
      draft.data[str(p, "field")] = (typeof v === "number" ? v : 0) + 1;
    },
  },
  /** Appends the event's agreed actions (`from`, default `actions`) to the case's actions. */
  "record-actions": {
    params: { from: { kind: "field", optional: true } },
    apply: (draft, event, p) => {
      const v = event[p["from"] === undefined ? "actions" : str(p, "from")];
      if (!Array.isArray(v)) return;
      for (const a of v as readonly Record<string, string>[]) {
        draft.actions.push({ ownerId: a["ownerId"]!, description: a["description"]!, due: a["due"]!, agreedAt: event.at });
      }
    },
  },
} satisfies Record<string, ActionSpec>);
