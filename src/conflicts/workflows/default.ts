/**
 * The default team-conflict workflow: talk it through or mediate, agree actions, follow up.
 * @module
 */
import type { GuardRef, WorkflowDefinition } from "../types.js";
import { deepFreeze } from "../../core/_lib/freeze.js";

/** The handler or HR, and never a party (an HR member who is a party is treated as a party). */
const HANDLING: readonly GuardRef[] = [
  { guard: "actor-in", params: { roles: ["handler", "hr"] }, code: "conflict.actor-not-allowed" },
  { guard: "actor-not-in", params: { roles: ["parties"] }, code: "conflict.actor-not-allowed" },
];
/** Harassment, discrimination and critical cases do not go to an informal route. */
const ROUTE: readonly GuardRef[] = [
  { guard: "case-in", params: { field: "category", values: ["harassment", "discrimination"] }, negate: true, code: "conflict.route-not-allowed" },
  { guard: "case-in", params: { field: "severity", values: ["critical"] }, negate: true, code: "conflict.route-not-allowed" },
];
const REASON = (code: string): GuardRef => ({ guard: "non-empty", params: { field: "reason" }, code });

/**
 * The default workflow for conflicts inside a team (practice 7, 解决团队冲突), following the Acas
 * advice to resolve early and informally, through a conversation or voluntary mediation:
 *
 * `reported → triaged → in-conversation | in-mediation → agreed → closed`, with `on-hold`.
 *
 * | Event | From → to | Rules (rejection code) |
 * |---|---|---|
 * | `report { caseId, parties, category, summary, confidential? }` | → reported | — |
 * | `triage { handlerId, severity }` | reported, triaged → triaged | the actor is not a party, and once triaged is the handler or HR (`conflict.actor-not-allowed`); the handler is not a party (`conflict.handler-is-party`) |
 * | `start-conversation` | triaged → in-conversation | handler or HR; not harassment, discrimination or critical (`conflict.route-not-allowed`) |
 * | `start-mediation { mediatorId, consentedBy }` | triaged, in-conversation → in-mediation | handler or HR; same route rule; the mediator is neither a party nor the reporter (`conflict.mediator-not-impartial`); every party consents (`conflict.consent-required`) |
 * | `record-agreement { agreedBy, actions }` | in-conversation, in-mediation → agreed | handler, mediator or HR; every party agrees and at least one action (`conflict.agreement-incomplete`) |
 * | `follow-up { outcome: holding or relapsed }` | agreed → closed (resolved) or triaged | handler, mediator or HR |
 * | `escalate { to, reason }` | any open state → closed (escalated) | handler, HR or the reporter; a reason (`conflict.reason-required`) |
 * | `close-no-action { reason }` | triaged, in-conversation, in-mediation → closed (no-action) | handler or HR; low severity only (`conflict.route-not-allowed`); a reason |
 * | `withdraw { reason? }` | any open state → closed (withdrawn) | the reporter only (`conflict.not-reporter`) |
 * | `suspend { reason }` / `resume` | open state → on-hold → back | handler or HR; a reason to suspend |
 * | `add-witnesses { witnessIds }` | any open state, stays | handler or HR; the witnesses count as involved (redaction) |
 * | `restrict` | any open state, stays | HR not involved in the case: HR members who are witnesses lose access (see `conflictAccess`) |
 * | `tick` | — | a clock event from the app's scheduler: records each breached SLA once, with an `escalate` effect to the handler and HR |
 *
 * SLAs in working days: triage within 2 of the report, a first step within 5 of triage, an
 * agreement within 10 of the first step (a conversation that moves to mediation keeps its clock),
 * the follow-up 10 after the agreement. An escalation asks
 * the app (effect `hand-over`, to `hr`) to hand the case over with the destination and the reason. Harassment and
 * discrimination cases are always confidential.
 *
 * @example
 * ```ts
 * defaultConflictWorkflow.states["reported"]; //=> { slaWorkingDays: 2 }
 * ```
 * @category Conflicts
 */
export const defaultConflictWorkflow: WorkflowDefinition = deepFreeze({
  id: "team-conflict",
  version: 1,
  categories: ["interpersonal", "task", "process", "resources", "commission", "harassment", "discrimination", "other"],
  confidentiality: { categories: ["harassment", "discrimination"] },
  involved: ["witnesses"],
  states: {
    reported: { slaWorkingDays: 2 },
    triaged: { slaWorkingDays: 5 },
    "in-conversation": {},
    "in-mediation": {},
    agreed: { slaWorkingDays: 10 },
    "on-hold": { hold: true },
    closed: { terminal: true, outcomes: ["resolved", "withdrawn", "escalated", "no-action"] },
  },
  // An agreement is due 10 working days after the first step, a conversation or a mediation;
  // moving from one to the other does not restart the clock.
  deadlines: [{ id: "agreement", workingDays: 10, startsOn: ["in-conversation", "in-mediation"], activeIn: ["in-conversation", "in-mediation"] }],
  events: {
    report: { transitions: [{ from: [], to: "reported" }] },
    triage: {
      payload: { handlerId: { type: "id" }, severity: { type: "enum", values: ["low", "medium", "high", "critical"] } },
      requires: [
        { guard: "actor-not-in", params: { roles: ["parties"] }, code: "conflict.actor-not-allowed" },
        // Once a handler is named, only they or HR change the triage.
        { guard: "actor-in", params: { roles: ["handler", "hr"] }, code: "conflict.actor-not-allowed", when: [{ guard: "case-in", params: { field: "state", values: ["triaged"] } }] },
        { guard: "person-not-in", params: { field: "handlerId", roles: ["parties"] }, code: "conflict.handler-is-party" },
      ],
      transitions: [{ from: ["reported", "triaged"], to: "triaged" }],
      assign: [
        { action: "set", params: { field: "handlerId", from: "handlerId" } },
        { action: "set", params: { field: "severity", from: "severity" } },
      ],
    },
    "start-conversation": {
      requires: [...HANDLING, ...ROUTE],
      transitions: [{ from: ["triaged"], to: "in-conversation" }],
    },
    "start-mediation": {
      payload: { mediatorId: { type: "id" }, consentedBy: { type: "ids", optional: true } },
      requires: [
        ...HANDLING,
        ...ROUTE,
        { guard: "person-not-in", params: { field: "mediatorId", roles: ["parties", "reporter"] }, code: "conflict.mediator-not-impartial" },
        { guard: "covers-parties", params: { field: "consentedBy" }, code: "conflict.consent-required" },
      ],
      transitions: [{ from: ["triaged", "in-conversation"], to: "in-mediation" }],
      assign: [{ action: "set", params: { field: "mediatorId", from: "mediatorId" } }],
    },
    "record-agreement": {
      payload: { agreedBy: { type: "ids", optional: true }, actions: { type: "actions", optional: true } },
      requires: [
        { guard: "actor-in", params: { roles: ["handler", "mediator", "hr"] }, code: "conflict.actor-not-allowed" },
        { guard: "actor-not-in", params: { roles: ["parties"] }, code: "conflict.actor-not-allowed" },
        { guard: "covers-parties", params: { field: "agreedBy" }, code: "conflict.agreement-incomplete" },
        { guard: "min-items", params: { field: "actions", min: 1 }, code: "conflict.agreement-incomplete" },
      ],
      transitions: [{ from: ["in-conversation", "in-mediation"], to: "agreed" }],
      assign: [{ action: "record-actions" }],
    },
    "follow-up": {
      payload: { outcome: { type: "enum", values: ["holding", "relapsed"] } },
      requires: [
        { guard: "actor-in", params: { roles: ["handler", "mediator", "hr"] }, code: "conflict.actor-not-allowed" },
        { guard: "actor-not-in", params: { roles: ["parties"] }, code: "conflict.actor-not-allowed" },
      ],
      transitions: [
        { from: ["agreed"], to: "closed", outcome: "resolved", when: [{ guard: "equals", params: { field: "outcome", value: "holding" } }] },
        { from: ["agreed"], to: "triaged", when: [{ guard: "equals", params: { field: "outcome", value: "relapsed" } }] },
      ],
    },
    escalate: {
      payload: { to: { type: "id" }, reason: { type: "text", optional: true } },
      requires: [{ guard: "actor-in", params: { roles: ["handler", "hr", "reporter"] }, code: "conflict.actor-not-allowed" }, REASON("conflict.reason-required")],
      transitions: [{ from: ["*"], to: "closed", outcome: "escalated" }],
      assign: [{ action: "set", params: { field: "escalatedTo", from: "to" } }],
      effects: [{ type: "hand-over", to: ["hr"], fields: ["to", "reason"] }],
    },
    "close-no-action": {
      payload: { reason: { type: "text", optional: true } },
      requires: [
        ...HANDLING,
        { guard: "case-in", params: { field: "severity", values: ["low"] }, code: "conflict.route-not-allowed" },
        REASON("conflict.reason-required"),
      ],
      transitions: [{ from: ["triaged", "in-conversation", "in-mediation"], to: "closed", outcome: "no-action" }],
    },
    withdraw: {
      payload: { reason: { type: "text", optional: true } },
      requires: [{ guard: "actor-in", params: { roles: ["reporter"] }, code: "conflict.not-reporter" }],
      transitions: [{ from: ["*"], to: "closed", outcome: "withdrawn" }],
    },
    suspend: {
      payload: { reason: { type: "text", optional: true } },
      requires: [...HANDLING, REASON("conflict.reason-required")],
      transitions: [{ from: ["reported", "triaged", "in-conversation", "in-mediation", "agreed"], to: "on-hold" }],
    },
    resume: {
      requires: [...HANDLING],
      transitions: [{ from: ["on-hold"], to: "$resume" }],
    },
    "add-witnesses": {
      payload: { witnessIds: { type: "ids" } },
      requires: [...HANDLING],
      transitions: [{ from: ["*"] }],
      assign: [{ action: "add", params: { field: "witnesses", from: "witnessIds" } }],
    },
    restrict: {
      requires: [
        { guard: "actor-in", params: { roles: ["hr"] }, code: "conflict.actor-not-allowed" },
        { guard: "actor-not-in", params: { roles: ["parties", "reporter", "handler", "mediator", "witnesses"] }, code: "conflict.actor-not-allowed" },
      ],
      transitions: [{ from: ["*"] }],
      assign: [{ action: "set", params: { field: "restricted", value: true } }],
    },
    tick: { tick: true, transitions: [{ from: ["*"] }] },
  },
} satisfies WorkflowDefinition);
