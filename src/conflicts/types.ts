/**
 * The data of conflict workflows and cases: definitions are plain JSON, cases are the fold of
 * their events.
 * @module
 */
import type { CalendarDate } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import type { Instant } from "../core/instants.js";

/**
 * A JSON value: what a workflow definition, a payload or a case's `data` may hold.
 *
 * @example
 * ```ts
 * const v: JsonValue = { route: "standard", consents: ["a"] };
 * ```
 * @category Conflicts
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * How serious a case is, set at triage.
 *
 * @example
 * ```ts
 * const s: ConflictSeverity = "medium";
 * ```
 * @category Conflicts
 */
export type ConflictSeverity = "low" | "medium" | "high" | "critical";

/**
 * One field an event may carry, and its type. `id` is a non-empty string, `ids` a list of them
 * without repeats, `text` any string, `date` a calendar date, `instant` an ISO 8601 instant with
 * an offset, `money` exact money in integer minor units (`{ amount: 150000, currency: "CNY" }`),
 * `enum` one of `values`, `actions` a list of agreed actions
 * (`{ ownerId, description, due }`).
 *
 * @example
 * ```ts
 * const severity: PayloadField = { type: "enum", values: ["low", "medium", "high", "critical"] };
 * ```
 * @category Conflicts
 */
export interface PayloadField {
  readonly type: "id" | "ids" | "text" | "date" | "instant" | "boolean" | "number" | "money" | "enum" | "actions";
  readonly values?: readonly string[];
  /** When true the field may be left out; rules (`requires`) can still insist on it with their own code. */
  readonly optional?: boolean;
}

/**
 * A named condition from the engine's registry, with its parameters (see
 * `WORKFLOW_GUARDS`). Used to pick between transitions and to say when a rule applies.
 *
 * @example
 * ```ts
 * const holding: Condition = { guard: "equals", params: { field: "outcome", value: "holding" } };
 * ```
 * @category Conflicts
 */
export interface Condition {
  readonly guard: string;
  readonly params?: Readonly<Record<string, JsonValue>>;
  /** Holds when the named guard does not. */
  readonly negate?: boolean;
}

/**
 * A rule an event must pass, by name from the registry. When it fails, the event is rejected
 * with `code` (or, with `severity: "warning"`, accepted with a warning carrying `code`).
 * `when` limits the rule to events where every condition holds.
 *
 * @example
 * ```ts
 * const rule: GuardRef = { guard: "person-not-in", params: { field: "handlerId", roles: ["parties"] }, code: "conflict.handler-is-party" };
 * ```
 * @category Conflicts
 */
export interface GuardRef extends Condition {
  readonly code: string;
  readonly severity?: "error" | "warning";
  readonly when?: readonly Condition[];
}

/**
 * Where an event may take a case: from any of `from` (state names; `"*"` means every open state;
 * an empty list means "as the first event") to `to` (left out: the case stays where it is;
 * `"$resume"`: back to the state the case was in before it was put on hold). A terminal `to`
 * needs an `outcome`. When an event has several transitions from the same state, the first whose
 * `when` conditions all hold is taken.
 *
 * @example
 * ```ts
 * const t: TransitionDefinition = { from: ["agreed"], to: "closed", outcome: "resolved", when: [{ guard: "equals", params: { field: "outcome", value: "holding" } }] };
 * ```
 * @category Conflicts
 */
export interface TransitionDefinition {
  readonly from: readonly string[];
  readonly to?: string;
  readonly outcome?: string;
  readonly when?: readonly Condition[];
}

/**
 * A change an accepted event makes to the case, by name from the registry (see
 * `WORKFLOW_ACTIONS`): `set`, `unset`, `add`, `increment`, `record-actions`.
 *
 * @example
 * ```ts
 * const a: ActionRef = { action: "set", params: { field: "handlerId", from: "handlerId" } };
 * ```
 * @category Conflicts
 */
export interface ActionRef {
  readonly action: string;
  readonly params?: Readonly<Record<string, JsonValue>>;
}

/**
 * Something the app should do after an event is accepted (send a letter, tell HR): the engine
 * never does it, it returns it. `to` names roles (`"parties"`, `"handler"`, `"hr"`...), resolved
 * to ids where the case knows them.
 *
 * @example
 * ```ts
 * const e: EffectDefinition = { type: "notify", to: ["handler"], code: "grievance.mediation-not-possible" };
 * const link: EffectDefinition = { type: "suspend-case", fields: ["linkedCaseId"], when: [{ guard: "is-true", params: { field: "suspendDisciplinary" } }] };
 * ```
 * @category Conflicts
 */
export interface EffectDefinition {
  readonly type: string;
  readonly to?: readonly string[];
  readonly code?: string;
  readonly params?: Readonly<Record<string, JsonValue>>;
  /** Event fields copied into the effect's params (`["linkedCaseId"]`). */
  readonly fields?: readonly string[];
  /** The effect is asked for only when every condition holds. */
  readonly when?: readonly Condition[];
}

/**
 * One event type of a workflow: its payload, its rules, where it goes, what it changes and what
 * it asks the app to do. `tick: true` makes it the clock event: it checks every running deadline
 * and records breaches (and lapses, see {@link DeadlineDefinition}). `reopens` lists the outcomes
 * of a closed case this event may reopen (every other closed case accepts nothing).
 *
 * @example
 * ```ts
 * const withdraw: EventDefinition = {
 *   payload: { reason: { type: "text", optional: true } },
 *   requires: [{ guard: "actor-in", params: { roles: ["reporter"] }, code: "conflict.not-reporter" }],
 *   transitions: [{ from: ["*"], to: "closed", outcome: "withdrawn" }],
 * };
 * ```
 * @category Conflicts
 */
export interface EventDefinition {
  readonly payload?: Readonly<Record<string, PayloadField>>;
  readonly requires?: readonly GuardRef[];
  readonly transitions: readonly TransitionDefinition[];
  readonly assign?: readonly ActionRef[];
  readonly effects?: readonly EffectDefinition[];
  readonly tick?: boolean;
  readonly reopens?: readonly string[];
}

/**
 * One state. A terminal state closes the case and lists its possible `outcomes`; a `hold` state
 * pauses every clock until the case resumes; `slaWorkingDays` is the target for leaving the state,
 * in working days from entering it (re-entering after a hold does not restart it).
 *
 * @example
 * ```ts
 * const reported: StateDefinition = { slaWorkingDays: 2 };
 * ```
 * @category Conflicts
 */
export interface StateDefinition {
  readonly terminal?: boolean;
  readonly outcomes?: readonly string[];
  readonly hold?: boolean;
  readonly slaWorkingDays?: number;
}

/**
 * A deadline that spans states: its clock starts when the case enters one of `startsOn` and is
 * met when the case leaves `activeIn` (holds pause it). A clock event that finds it past due
 * records a breach once and asks for an escalation; with `onLapse` it moves the case instead
 * (an appeal window that closes a case).
 *
 * @example
 * ```ts
 * const meeting: DeadlineDefinition = { id: "meetingDue", workingDays: 5, startsOn: ["submitted"], activeIn: ["submitted", "acknowledged", "triaged"] };
 * ```
 * @category Conflicts
 */
export interface DeadlineDefinition {
  readonly id: string;
  readonly workingDays: number;
  readonly startsOn: readonly string[];
  readonly activeIn: readonly string[];
  readonly onLapse?: { readonly to: string; readonly outcome?: string };
}

/**
 * A workflow as data: states, events, deadlines and which cases are confidential. Behaviour is
 * referenced by name (guards, actions), never by a function, so a definition can be stored,
 * edited in a UI and versioned. Treat a definition as immutable once used: the engine keeps a
 * compiled form of each definition object.
 *
 * @example
 * ```ts
 * import { defaultConflictWorkflow } from "team-playbook/conflicts";
 * Object.keys(defaultConflictWorkflow.states).length; //=> 7
 * ```
 * @category Conflicts
 */
export interface WorkflowDefinition {
  readonly id: string;
  readonly version: number;
  /** Categories a report may name. Left out: any non-empty text. */
  readonly categories?: readonly string[];
  /** Cases that are always confidential (`always`) or confidential by category. */
  readonly confidentiality?: { readonly always?: boolean; readonly categories?: readonly string[] };
  /** Case data fields holding people (ids or id lists) who count as involved (for redaction). */
  readonly involved?: readonly string[];
  /**
   * Who sees what (see `conflictAccess`): `full` lists the roles that see the whole case
   * (default `["reporter", "handler", "mediator"]`; HR not involved always does); notes on events
   * sent by someone holding one of `privateNotes` (say `["mediator"]`) are seen only by their author.
   */
  readonly access?: { readonly full?: readonly string[]; readonly privateNotes?: readonly string[] };
  readonly states: Readonly<Record<string, StateDefinition>>;
  readonly events: Readonly<Record<string, EventDefinition>>;
  readonly deadlines?: readonly DeadlineDefinition[];
}

/**
 * An event of a case: who did what, when, and the event's own fields. Every case starts with a
 * `report` ({@link ReportEvent}). `actorRoles` are the roles the app's sign-in vouches for
 * (`["hr"]` for HR); `note` is free text kept private by redaction.
 *
 * @example
 * ```ts
 * const e: ConflictEvent = { type: "triage", actorId: "mgr", at: "2026-11-23T15:00:00+08:00", handlerId: "mgr", severity: "medium" };
 * ```
 * @category Conflicts
 */
export interface ConflictEvent {
  readonly type: string;
  readonly actorId: string;
  readonly at: Instant;
  readonly actorRoles?: readonly string[];
  readonly note?: string;
  readonly [field: string]: JsonValue | undefined;
}

/**
 * The first event of every case.
 *
 * @example
 * ```ts
 * const r: ReportEvent = {
 *   type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00",
 *   caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "周会上两人因客户归属争执",
 * };
 * ```
 * @category Conflicts
 */
export interface ReportEvent extends ConflictEvent {
  readonly type: "report";
  readonly caseId: string;
  readonly parties: readonly string[];
  readonly category: string;
  readonly summary: string;
  readonly confidential?: boolean;
}

/**
 * An action the parties agreed to, with the instant it was agreed.
 *
 * @example
 * ```ts
 * const a: AgreedAction = { ownerId: "a", description: "客户A按签约时间归属，本月移交资料", due: "2026-12-05", agreedAt: "2026-11-25T10:00:00+08:00" };
 * ```
 * @category Conflicts
 */
export interface AgreedAction {
  readonly ownerId: string;
  readonly description: string;
  readonly due: CalendarDate;
  readonly agreedAt: Instant;
}

/**
 * A running or finished clock of a case. Its due date depends on the working calendar, so the
 * case keeps what it needs to compute it: the start, the working days, and the holds.
 * `breachedAt` is set by a clock event that found it past due.
 *
 * @example
 * ```ts
 * const d: CaseDeadline = { id: "reported", state: "reported", startedAt: "2026-11-23T09:00:00+08:00", workingDays: 2, holds: [] };
 * ```
 * @category Conflicts
 */
export interface CaseDeadline {
  readonly id: string;
  readonly state: string;
  readonly startedAt: Instant;
  readonly workingDays: number;
  readonly holds: readonly { readonly from: Instant; readonly to?: Instant }[];
  readonly stoppedAt?: Instant;
  readonly breachedAt?: Instant;
}

/**
 * A conflict case: the fold of its events under a workflow. Replaying `history` reproduces it
 * exactly. `state` is a state of the workflow; `outcome` and `closedAt` are set when it closes;
 * `heldFrom` is the state to resume to while on hold; `data` holds the workflow's own facts
 * (route, consents, hearing dates...).
 *
 * @example
 * ```ts
 * import { replayConflictCase } from "team-playbook/conflicts";
 * const r = replayConflictCase([{ type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "客户归属争执" }]);
 * r.ok && r.case.state; //=> "reported"
 * ```
 * @category Conflicts
 */
export interface ConflictCase {
  readonly id: string;
  readonly workflow: { readonly id: string; readonly version: number };
  readonly state: string;
  readonly outcome?: string;
  readonly closedAt?: Instant;
  readonly reportedBy: string;
  readonly reportedAt: Instant;
  readonly updatedAt: Instant;
  readonly parties: readonly string[];
  readonly category: string;
  readonly summary: string;
  readonly confidential: boolean;
  readonly restricted?: boolean;
  readonly severity?: ConflictSeverity;
  readonly handlerId?: string;
  readonly mediatorId?: string;
  readonly heldFrom?: string;
  readonly actions: readonly AgreedAction[];
  readonly deadlines: readonly CaseDeadline[];
  readonly data: { readonly [key: string]: JsonValue };
  readonly history: readonly ConflictEvent[];
}

/**
 * What an accepted event asks the app to do, with the roles resolved to ids.
 *
 * @example
 * ```ts
 * const e: ConflictEffect = { type: "escalate", caseId: "k1", to: ["hr"], params: { deadline: "meetingDue", due: "2024-03-11" } };
 * ```
 * @category Conflicts
 */
export interface ConflictEffect {
  readonly type: string;
  readonly caseId: string;
  readonly to?: readonly string[];
  readonly code?: string;
  readonly params?: Readonly<Record<string, JsonValue>>;
}

/**
 * The result of applying events: the new case, what to do, and warnings; or the reason the event
 * was rejected (the case is unchanged).
 *
 * @example
 * ```ts
 * const r: ConflictResult = { ok: false, error: { code: "conflict.case-closed", severity: "error" } };
 * ```
 * @category Conflicts
 */
export type ConflictResult =
  | { readonly ok: true; readonly case: ConflictCase; readonly effects: readonly ConflictEffect[]; readonly warnings: readonly Finding<string>[] }
  | { readonly ok: false; readonly error: Finding<string> };

/**
 * Options of the engine's functions. `workflow` defaults to `defaultConflictWorkflow`;
 * `calendar` says which days are working days (Monday–Friday by default); `timeZone` (IANA)
 * says on which day an instant falls (default: the day as written in the instant's own offset).
 *
 * @example
 * ```ts
 * const opts: ConflictOptions = { calendar: { holidays: ["2026-12-25"] }, timeZone: "Asia/Shanghai" };
 * ```
 * @category Conflicts
 */
export interface ConflictOptions {
  readonly workflow?: WorkflowDefinition;
  readonly calendar?: import("../core/work-calendar.js").WorkCalendar;
  readonly timeZone?: string;
}
