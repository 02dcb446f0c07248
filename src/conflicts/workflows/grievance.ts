/**
 * A workflow for formal grievances following the Acas Code of Practice (UK).
 * @module
 */
import { deepFreeze } from "../../core/_lib/freeze.js";
import type { Condition, EventDefinition, GuardRef, WorkflowDefinition } from "../types.js";

/** People whose own case it is: an HR member among them acts as an employee, not as HR. */
const INVOLVED_PEOPLE = ["parties", "witnesses"];
const HR: GuardRef = {
  guard: "actor-in",
  params: { roles: ["hr"] },
  code: "conflict.actor-not-allowed",
};
const HANDLER_OR_HR: GuardRef = {
  guard: "actor-in",
  params: { roles: ["handler", "hr"] },
  code: "conflict.actor-not-allowed",
};
const NOT_INVOLVED: GuardRef = {
  guard: "actor-not-in",
  params: { roles: INVOLVED_PEOPLE },
  code: "conflict.actor-not-allowed",
};
const COMPLAINANT: GuardRef = {
  guard: "actor-in",
  params: { roles: ["reporter"] },
  code: "conflict.actor-not-allowed",
};
const MEDIATOR: GuardRef = {
  guard: "actor-in",
  params: { roles: ["mediator"] },
  code: "conflict.actor-not-allowed",
};
const PARTY: GuardRef = {
  guard: "actor-in",
  params: { roles: ["parties"] },
  code: "grievance.not-a-party",
};
const isTrue = (field: string): Condition => ({
  guard: "is-true",
  params: { field },
});
const notTrue = (field: string): Condition => ({
  guard: "is-true",
  params: { field },
  negate: true,
});
const must = (field: string, code: string): GuardRef => ({
  guard: "is-true",
  params: { field },
  code,
});
/**
 * When mediation ends without agreement (declined or failed): back to the standard route, and
 * the employer learns only that mediation is not possible (Acas), never why.
 */
const MEDIATION_ENDS: Pick<EventDefinition, "assign" | "effects"> = {
  assign: [
    { action: "set", params: { field: "route", value: "standard" } },
    { action: "unset", params: { field: "mediatorId" } },
    { action: "unset", params: { field: "consents" } },
    { action: "unset", params: { field: "separateMet" } },
  ],
  effects: [{ type: "notify", to: ["handler", "hr"], code: "grievance.mediation-not-possible" }],
};
/** The handler is neither the complainant nor someone the grievance is about. */
const HANDLER_RULES: readonly GuardRef[] = [
  {
    guard: "person-not-in",
    params: { field: "handlerId", roles: ["reporter"] },
    code: "conflict.handler-is-party",
  },
  {
    guard: "person-not-in",
    params: { field: "handlerId", roles: ["parties"] },
    code: "grievance.handler-is-subject",
  },
];
/** Everyone who took part before the appeal: a chair comes from outside this list. */
const EARLIER_ROLES = ["handlers", "investigatorId", "mediators", "witnesses"];
/** Open states of the formal procedure (every open state but `informal` and `on-hold`). */
const FORMAL = [
  "submitted",
  "acknowledged",
  "triaged",
  "mediation-offered",
  "mediation-separate",
  "mediation-joint",
  "investigation",
  "hearing-scheduled",
  "hearing-held",
  "decided",
  "appeal-requested",
  "appeal-scheduled",
];
const MEDIATION = ["mediation-offered", "mediation-separate", "mediation-joint"];
const DECISION = {
  type: "enum",
  values: ["upheld", "partially-upheld", "not-upheld"],
} as const;

/**
 * Formal grievances under the Acas Code of Practice on disciplinary and grievance procedures
 * (2015), with voluntary mediation (Acas) and the statutory right to be accompanied (Employment
 * Relations Act 1999 s.10). It is UK-specific policy expressed as data: an app outside the UK, or
 * with its own procedure, copies the definition, edits it (give it its own `id`) and passes it
 * as `opts.workflow`. Every case is confidential.
 *
 * The complainant reports (the `report` actor is the complainant; `parties` are the complainant
 * and the people the grievance is about). A concern raised informally starts in `informal`; a
 * grievance raised formally, in writing, starts in `submitted`, which starts its clocks.
 *
 * | State | Meaning |
 * |---|---|
 * | `informal` | a concern raised informally; the line manager tries to resolve it |
 * | `submitted` | a formal grievance received in writing |
 * | `acknowledged` | HR acknowledged it and named a handler who is not its subject |
 * | `triaged` | severity and route recorded (`standard`, `mediation`, `investigation-first`) |
 * | `mediation-offered` / `mediation-separate` / `mediation-joint` | mediation offered and waiting for every party's consent / separate meetings / joint meeting |
 * | `investigation` | facts being gathered (also after a meeting adjourned to investigate) |
 * | `hearing-scheduled` / `hearing-held` | the grievance meeting notified / held, with a confidential record |
 * | `decided` | the written decision issued; the appeal window is open |
 * | `appeal-requested` / `appeal-scheduled` | a written appeal received / the appeal meeting notified |
 * | `on-hold` | suspended: every clock stops until it resumes |
 * | `closed` | `resolved-informally`, `resolved-by-mediation`, `decided-no-appeal`, `appeal-decided`, `withdrawn`, `out-of-scope` |
 *
 * | Event | From → to | Who | Rules (rejection code) |
 * |---|---|---|---|
 * | `report { caseId, parties, category, summary, formal?, inWriting?, collectiveUnionGrievance?, lineManagerId? }` | → submitted (`formal: true`) or informal | the complainant, a party (`conflict.actor-not-allowed`) | not a collective union grievance (`grievance.collective-out-of-scope`); formal means in writing (`grievance.not-in-writing`) |
 * | `resolve-informally { complainantConfirms? }` | informal → closed (resolved-informally) | the line manager or HR | the complainant confirms (`grievance.complainant-confirmation-required`) |
 * | `submit-formal { inWriting? }` | informal → submitted | the complainant | in writing (`grievance.not-in-writing`) |
 * | `acknowledge { handlerId }` | submitted → acknowledged | HR not involved in the case | the handler is not the complainant (`conflict.handler-is-party`) nor a subject (`grievance.handler-is-subject`) |
 * | `reassign-handler { handlerId, reason? }` | any formal state → same | HR not involved | as `acknowledge` |
 * | `triage { severity, route, reason? }` | acknowledged → triaged, or closed (out-of-scope) for route `out-of-scope` | the handler or HR, not involved | a critical grievance is not mediated (`grievance.route-not-allowed-for-severity`); out of scope needs a reason (`conflict.reason-required`) |
 * | `offer-mediation { mediatorId }` | triaged → mediation-offered | the handler or HR, not involved | no early conciliation or claim started (`grievance.mediation-unavailable-litigation`); the mediator is not a party, the handler or the complainant (`conflict.mediator-not-impartial`); not critical (`grievance.route-not-allowed-for-severity`) |
 * | `consent-mediation` | mediation-offered → same, or mediation-separate once every party consented | a party (`grievance.not-a-party`) | once each (`grievance.already-consented`) |
 * | `decline-mediation` | any mediation state → triaged (route `standard`) | a party (`grievance.not-a-party`) | — ; effect `notify` (`grievance.mediation-not-possible`) to the handler and HR, with no reason |
 * | `record-separate-meeting { partyId }` | mediation-separate → same | the mediator | the person is a party (`grievance.not-a-party`) |
 * | `start-joint` | mediation-separate → mediation-joint | the mediator | every party met the mediator separately (`grievance.separate-meetings-incomplete`) |
 * | `record-mediation-agreement { writtenCopyIssued?, signedBy?, actions? }` | mediation-joint → closed (resolved-by-mediation) | the mediator | a written copy, signed by every party (`grievance.mediation-agreement-incomplete`); effect `send-agreement` to the parties only |
 * | `mediation-failed` | mediation-separate, mediation-joint → triaged (route `standard`) | the mediator | — ; effect `notify` (`grievance.mediation-not-possible`) |
 * | `start-investigation { investigatorId }` | triaged → investigation | the handler or HR, not involved | the investigator is not a party or a witness (`grievance.investigator-not-impartial`) |
 * | `add-witness { witnessIds }` | any formal state → same | the handler, the investigator or HR, not involved | — |
 * | `schedule-hearing { hearingAt, place?, companionRightStated? }` | triaged, investigation, hearing-scheduled → hearing-scheduled | the handler or HR, not involved | the companion right is stated (`grievance.companion-right-not-stated`); the meeting is after the notice (`grievance.notice-required`) |
 * | `request-postponement { newAt, reason? }` | hearing-scheduled, appeal-scheduled → same | the complainant | once (`grievance.postponement-already-used`); at most 5 working days after the original date (`grievance.postponement-exceeds-5-working-days`) |
 * | `set-companion { companionType, companionId?, reasonableAdjustment? }` | hearing-scheduled, appeal-scheduled → same | the complainant | a colleague, a certified union rep or a union official unless a reasonable adjustment (`grievance.companion-not-eligible`) |
 * | `record-hearing { notesRef?, adjourned? }` | hearing-scheduled → hearing-held, or investigation when adjourned | the handler or HR, not involved | where the confidential record is (`grievance.no-confidential-record`) |
 * | `issue-decision { decision, reasons?, inWriting?, appealRightStated?, actions? }` | hearing-held → decided | the handler or HR, not involved | in writing (`grievance.decision-not-in-writing`); states the right to appeal (`grievance.decision-missing-appeal-right`); reasons unless upheld (`conflict.reason-required`); effect `send-decision` to the parties |
 * | `submit-appeal { inWriting?, grounds? }` | decided → appeal-requested | the complainant | in writing with grounds (`grievance.appeal-not-in-writing`); within the appeal window (`grievance.appeal-window-expired`) |
 * | `accept-late-appeal { reason? }` | decided, or closed (decided-no-appeal) → appeal-requested | HR not involved | a reason (`conflict.reason-required`); the only closed case that reopens |
 * | `schedule-appeal { chairId, appealAt, companionRightStated?, smallOrgException? }` | appeal-requested → appeal-scheduled | HR not involved | the chair is not a party, and not previously involved (`grievance.appeal-chair-previously-involved`) unless `smallOrgException`, then a warning (`grievance.small-org-same-manager`); companion right; notice |
 * | `issue-appeal-decision { decision, inWriting?, reasons? }` | appeal-scheduled → closed (appeal-decided, final) | the appeal chair | in writing (`grievance.decision-not-in-writing`) |
 * | `withdraw { reason? }` | any open state → closed (withdrawn) | the complainant (`conflict.not-reporter`) | — |
 * | `suspend { reason: user, company, group or other }` / `resume` | formal states but `decided` → on-hold → back | the handler or HR, not involved | a note says what it waits for (`grievance.suspend-note-required`) |
 * | `link-disciplinary { linkedCaseId, suspendDisciplinary? }` | any open state → same | HR not involved | — ; effect `suspend-case` with `linkedCaseId` when `suspendDisciplinary` |
 * | `record-early-conciliation` | any open state → same | the complainant or HR | — ; mediation is no longer offered |
 * | `restrict-case` | any open state → same | HR not involved | — ; HR members involved in the case lose access |
 * | `tick` | — | the app's scheduler | records each breached deadline once with an `escalate` effect; a lapsed appeal window closes the case (decided-no-appeal) |
 *
 * "Not involved" (HR-for-HR): an HR member who is a party or a witness acts as an employee and
 * gets `conflict.actor-not-allowed` for HR and handler events. Later events always check the
 * actor's role first (`conflict.actor-not-allowed`).
 *
 * Deadlines, in working days (Monday–Friday minus `opts.calendar` holidays; time on hold does
 * not count):
 *
 * | Deadline | Starts on entering | Runs while in (met on leaving) | Days | Authority |
 * |---|---|---|---|---|
 * | `ackDue` | submitted | submitted | 2 | [HEURISTIC] (Acas gives no number) |
 * | `meetingDue` | submitted | submitted, acknowledged, triaged, hearing-scheduled (met when the meeting is held, or mediation or an investigation starts) | 5 | Acas: "ideally within 5 working days" |
 * | `mediationConsentDue` | mediation-offered | mediation-offered | 10 | [HEURISTIC] |
 * | `decisionDue` | hearing-held | hearing-held | 5 | [HEURISTIC] ("without unreasonable delay") |
 * | `appealWindow` | decided | decided; on lapse the case closes as `decided-no-appeal` | 5 | Acas small-firm guide ("normally") |
 * | `appealMeetingDue` | appeal-requested | appeal-requested, appeal-scheduled | 5 | Acas small-firm guide ("normally") |
 * | `caseTarget` | submitted | any formal state | 20 | [HEURISTIC] (about four weeks) |
 *
 * The postponement limit (5 working days after the original hearing date, ERA 1999 s.10) is a
 * rule of `request-postponement`. A breach never changes the state (Acas asks for "no
 * unreasonable delay", not a hard expiry): the `tick` records it once and asks the app to
 * escalate to the handler and HR. Case data: `lineManagerId`, `route`, `handlers`, `mediators`,
 * `consents`, `separateMet`, `investigatorId`, `witnesses`, `hearingAt`, `originalHearingAt`,
 * `postponements`, `companionId`, `companionType`, `notesRefs`, `decision`, `chairId`,
 * `earlyConciliationStarted`, `linkedCases`; `witnesses`, `investigatorId`, `chairId`,
 * `companionId` and `lineManagerId` count as involved for redaction.
 *
 * @example
 * ```ts
 * import { acasGrievanceWorkflow, conflictSla, replayConflictCase } from "team-playbook/conflicts";
 * const opts = { workflow: acasGrievanceWorkflow };
 * const r = replayConflictCase([
 *   { type: "report", actorId: "c", at: "2024-03-04T09:00:00Z", caseId: "g1", parties: ["c", "s"], category: "bullying", summary: "Repeated public criticism in team meetings", formal: true, inWriting: true },
 *   { type: "acknowledge", actorId: "hr1", actorRoles: ["hr"], at: "2024-03-05T09:00:00Z", handlerId: "h" },
 * ], opts);
 * r.ok && r.case.state; //=> "acknowledged"
 * r.ok && conflictSla(r.case, "2024-03-05T10:00:00Z", opts).due; //=> "2024-03-11"
 * ```
 * @category Conflicts
 */
export const acasGrievanceWorkflow: WorkflowDefinition = deepFreeze({
  id: "acas-grievance",
  version: 1,
  confidentiality: { always: true },
  involved: ["witnesses", "investigatorId", "chairId", "companionId", "lineManagerId"],
  // Acas: the handler, the mediator and the appeal chair see the whole case, the complainant their own part;
  // what is said to the mediator stays with the mediator.
  // `mediators` keeps everyone who mediated, so a mediator's notes stay private after mediation ends.
  access: { full: ["handler", "mediator", "mediators", "chairId"], privateNotes: ["mediator", "mediators"] },
  states: {
    informal: {},
    submitted: {},
    acknowledged: {},
    triaged: {},
    "mediation-offered": {},
    "mediation-separate": {},
    "mediation-joint": {},
    investigation: {},
    "hearing-scheduled": {},
    "hearing-held": {},
    decided: {},
    "appeal-requested": {},
    "appeal-scheduled": {},
    "on-hold": { hold: true },
    closed: {
      terminal: true,
      outcomes: ["resolved-informally", "resolved-by-mediation", "decided-no-appeal", "appeal-decided", "withdrawn", "out-of-scope"],
    },
  },
  deadlines: [
    {
      id: "ackDue",
      workingDays: 2,
      startsOn: ["submitted"],
      activeIn: ["submitted"],
    },
    {
      id: "meetingDue",
      workingDays: 5,
      startsOn: ["submitted"],
      activeIn: ["submitted", "acknowledged", "triaged", "hearing-scheduled"],
    },
    {
      id: "mediationConsentDue",
      workingDays: 10,
      startsOn: ["mediation-offered"],
      activeIn: ["mediation-offered"],
    },
    {
      id: "decisionDue",
      workingDays: 5,
      startsOn: ["hearing-held"],
      activeIn: ["hearing-held"],
    },
    {
      id: "appealWindow",
      workingDays: 5,
      startsOn: ["decided"],
      activeIn: ["decided"],
      onLapse: { to: "closed", outcome: "decided-no-appeal" },
    },
    {
      id: "appealMeetingDue",
      workingDays: 5,
      startsOn: ["appeal-requested"],
      activeIn: ["appeal-requested", "appeal-scheduled"],
    },
    {
      id: "caseTarget",
      workingDays: 20,
      startsOn: ["submitted"],
      activeIn: [...FORMAL, "on-hold"],
    },
  ],
  events: {
    report: {
      payload: {
        formal: { type: "boolean", optional: true },
        inWriting: { type: "boolean", optional: true },
        collectiveUnionGrievance: { type: "boolean", optional: true },
        lineManagerId: { type: "id", optional: true },
      },
      requires: [
        {
          guard: "actor-in",
          params: { roles: ["parties"] },
          code: "conflict.actor-not-allowed",
        },
        {
          guard: "is-true",
          params: { field: "collectiveUnionGrievance" },
          negate: true,
          code: "grievance.collective-out-of-scope",
        },
        {
          ...must("inWriting", "grievance.not-in-writing"),
          when: [isTrue("formal")],
        },
      ],
      transitions: [
        { from: [], to: "submitted", when: [isTrue("formal")] },
        { from: [], to: "informal" },
      ],
      assign: [
        {
          action: "set",
          params: { field: "lineManagerId", from: "lineManagerId" },
        },
      ],
    },
    "resolve-informally": {
      payload: { complainantConfirms: { type: "boolean", optional: true } },
      requires: [
        {
          guard: "actor-in",
          params: { roles: ["lineManagerId", "hr"] },
          code: "conflict.actor-not-allowed",
        },
        must("complainantConfirms", "grievance.complainant-confirmation-required"),
      ],
      transitions: [{ from: ["informal"], to: "closed", outcome: "resolved-informally" }],
    },
    "submit-formal": {
      payload: { inWriting: { type: "boolean", optional: true } },
      requires: [COMPLAINANT, must("inWriting", "grievance.not-in-writing")],
      transitions: [{ from: ["informal"], to: "submitted" }],
    },
    acknowledge: {
      payload: { handlerId: { type: "id" } },
      requires: [HR, NOT_INVOLVED, ...HANDLER_RULES],
      transitions: [{ from: ["submitted"], to: "acknowledged" }],
      assign: [
        { action: "set", params: { field: "handlerId", from: "handlerId" } },
        { action: "add", params: { field: "handlers", from: "handlerId" } },
      ],
    },
    "reassign-handler": {
      payload: {
        handlerId: { type: "id" },
        reason: { type: "text", optional: true },
      },
      requires: [HR, NOT_INVOLVED, ...HANDLER_RULES],
      transitions: [{ from: [...FORMAL.filter((s) => s !== "submitted"), "on-hold"] }],
      assign: [
        { action: "set", params: { field: "handlerId", from: "handlerId" } },
        { action: "add", params: { field: "handlers", from: "handlerId" } },
      ],
    },
    triage: {
      payload: {
        severity: {
          type: "enum",
          values: ["low", "medium", "high", "critical"],
        },
        route: {
          type: "enum",
          values: ["standard", "mediation", "investigation-first", "out-of-scope"],
        },
        reason: { type: "text", optional: true },
      },
      requires: [
        HANDLER_OR_HR,
        NOT_INVOLVED,
        {
          guard: "equals",
          params: { field: "route", value: "mediation" },
          negate: true,
          code: "grievance.route-not-allowed-for-severity",
          when: [
            {
              guard: "equals",
              params: { field: "severity", value: "critical" },
            },
          ],
        },
        {
          guard: "non-empty",
          params: { field: "reason" },
          code: "conflict.reason-required",
          when: [
            {
              guard: "equals",
              params: { field: "route", value: "out-of-scope" },
            },
          ],
        },
      ],
      transitions: [
        {
          from: ["acknowledged"],
          to: "closed",
          outcome: "out-of-scope",
          when: [
            {
              guard: "equals",
              params: { field: "route", value: "out-of-scope" },
            },
          ],
        },
        { from: ["acknowledged"], to: "triaged" },
      ],
      assign: [
        { action: "set", params: { field: "severity", from: "severity" } },
        { action: "set", params: { field: "route", from: "route" } },
      ],
    },
    "offer-mediation": {
      payload: { mediatorId: { type: "id" } },
      requires: [
        HANDLER_OR_HR,
        NOT_INVOLVED,
        {
          guard: "case-is-true",
          params: { field: "earlyConciliationStarted" },
          negate: true,
          code: "grievance.mediation-unavailable-litigation",
        },
        {
          guard: "person-not-in",
          params: {
            field: "mediatorId",
            roles: ["parties", "handler", "reporter"],
          },
          code: "conflict.mediator-not-impartial",
        },
        {
          guard: "case-in",
          params: { field: "severity", values: ["critical"] },
          negate: true,
          code: "grievance.route-not-allowed-for-severity",
        },
      ],
      transitions: [{ from: ["triaged"], to: "mediation-offered" }],
      assign: [
        { action: "set", params: { field: "mediatorId", from: "mediatorId" } },
        { action: "add", params: { field: "mediators", from: "mediatorId" } },
        { action: "set", params: { field: "route", value: "mediation" } },
        { action: "unset", params: { field: "consents" } },
        { action: "unset", params: { field: "separateMet" } },
      ],
    },
    "consent-mediation": {
      requires: [
        PARTY,
        {
          guard: "actor-not-in",
          params: { roles: ["consents"] },
          code: "grievance.already-consented",
        },
      ],
      transitions: [
        {
          from: ["mediation-offered"],
          to: "mediation-separate",
          when: [
            {
              guard: "covers-parties-with-actor",
              params: { field: "consents" },
            },
          ],
        },
        { from: ["mediation-offered"] },
      ],
      assign: [{ action: "add", params: { field: "consents", from: "$actor" } }],
    },
    "decline-mediation": {
      requires: [PARTY],
      transitions: [{ from: MEDIATION, to: "triaged" }],
      ...MEDIATION_ENDS,
    },
    "record-separate-meeting": {
      payload: { partyId: { type: "id" } },
      requires: [
        MEDIATOR,
        {
          guard: "person-in",
          params: { field: "partyId", roles: ["parties"] },
          code: "grievance.not-a-party",
        },
      ],
      transitions: [{ from: ["mediation-separate"] }],
      assign: [{ action: "add", params: { field: "separateMet", from: "partyId" } }],
    },
    "start-joint": {
      requires: [
        MEDIATOR,
        {
          guard: "covers-parties",
          params: { field: "separateMet", source: "case" },
          code: "grievance.separate-meetings-incomplete",
        },
      ],
      transitions: [{ from: ["mediation-separate"], to: "mediation-joint" }],
    },
    "record-mediation-agreement": {
      payload: {
        writtenCopyIssued: { type: "boolean", optional: true },
        signedBy: { type: "ids", optional: true },
        actions: { type: "actions", optional: true },
      },
      requires: [
        MEDIATOR,
        must("writtenCopyIssued", "grievance.mediation-agreement-incomplete"),
        {
          guard: "covers-parties",
          params: { field: "signedBy" },
          code: "grievance.mediation-agreement-incomplete",
        },
      ],
      transitions: [
        {
          from: ["mediation-joint"],
          to: "closed",
          outcome: "resolved-by-mediation",
        },
      ],
      assign: [{ action: "record-actions" }],
      effects: [{ type: "send-agreement", to: ["parties"] }],
    },
    "mediation-failed": {
      requires: [MEDIATOR],
      transitions: [{ from: ["mediation-separate", "mediation-joint"], to: "triaged" }],
      ...MEDIATION_ENDS,
    },
    "start-investigation": {
      payload: { investigatorId: { type: "id" } },
      requires: [
        HANDLER_OR_HR,
        NOT_INVOLVED,
        {
          guard: "person-not-in",
          params: { field: "investigatorId", roles: INVOLVED_PEOPLE },
          code: "grievance.investigator-not-impartial",
        },
      ],
      transitions: [{ from: ["triaged"], to: "investigation" }],
      assign: [
        {
          action: "set",
          params: { field: "investigatorId", from: "investigatorId" },
        },
      ],
    },
    "add-witness": {
      payload: { witnessIds: { type: "ids" } },
      requires: [
        {
          guard: "actor-in",
          params: { roles: ["handler", "investigatorId", "hr"] },
          code: "conflict.actor-not-allowed",
        },
        NOT_INVOLVED,
      ],
      transitions: [{ from: FORMAL }],
      assign: [{ action: "add", params: { field: "witnesses", from: "witnessIds" } }],
    },
    "schedule-hearing": {
      payload: {
        hearingAt: { type: "instant" },
        place: { type: "text", optional: true },
        companionRightStated: { type: "boolean", optional: true },
      },
      requires: [
        HANDLER_OR_HR,
        NOT_INVOLVED,
        must("companionRightStated", "grievance.companion-right-not-stated"),
        {
          guard: "after-event",
          params: { field: "hearingAt" },
          code: "grievance.notice-required",
        },
      ],
      transitions: [
        {
          from: ["triaged", "investigation", "hearing-scheduled"],
          to: "hearing-scheduled",
        },
      ],
      assign: [
        { action: "set", params: { field: "hearingAt", from: "hearingAt" } },
        {
          action: "set",
          params: { field: "originalHearingAt", from: "hearingAt" },
        },
        { action: "set", params: { field: "postponements", value: 0 } },
      ],
      effects: [
        {
          type: "send-invitation",
          to: ["reporter"],
          fields: ["hearingAt", "place"],
        },
      ],
    },
    "request-postponement": {
      payload: {
        newAt: { type: "instant" },
        reason: { type: "text", optional: true },
      },
      requires: [
        COMPLAINANT,
        {
          guard: "case-below",
          params: { field: "postponements", max: 1 },
          code: "grievance.postponement-already-used",
        },
        {
          guard: "within-working-days",
          params: { field: "newAt", of: "originalHearingAt", days: 5 },
          code: "grievance.postponement-exceeds-5-working-days",
        },
      ],
      transitions: [{ from: ["hearing-scheduled", "appeal-scheduled"] }],
      assign: [
        { action: "set", params: { field: "hearingAt", from: "newAt" } },
        { action: "increment", params: { field: "postponements" } },
      ],
      effects: [{ type: "reschedule", to: ["handler", "hr"], fields: ["newAt"] }],
    },
    "set-companion": {
      payload: {
        companionType: { type: "text" },
        companionId: { type: "id", optional: true },
        reasonableAdjustment: { type: "boolean", optional: true },
      },
      requires: [
        COMPLAINANT,
        {
          guard: "one-of",
          params: {
            field: "companionType",
            values: ["colleague", "union-rep-certified", "union-official"],
          },
          code: "grievance.companion-not-eligible",
          when: [notTrue("reasonableAdjustment")],
        },
      ],
      transitions: [{ from: ["hearing-scheduled", "appeal-scheduled"] }],
      assign: [
        {
          action: "set",
          params: { field: "companionType", from: "companionType" },
        },
        {
          action: "set",
          params: { field: "companionId", from: "companionId" },
        },
      ],
    },
    "record-hearing": {
      payload: {
        notesRef: { type: "text", optional: true },
        adjourned: { type: "boolean", optional: true },
      },
      requires: [
        HANDLER_OR_HR,
        NOT_INVOLVED,
        {
          guard: "non-empty",
          params: { field: "notesRef" },
          code: "grievance.no-confidential-record",
        },
      ],
      transitions: [
        {
          from: ["hearing-scheduled"],
          to: "investigation",
          when: [isTrue("adjourned")],
        },
        { from: ["hearing-scheduled"], to: "hearing-held" },
      ],
      assign: [{ action: "add", params: { field: "notesRefs", from: "notesRef" } }],
    },
    "issue-decision": {
      payload: {
        decision: DECISION,
        reasons: { type: "text", optional: true },
        inWriting: { type: "boolean", optional: true },
        appealRightStated: { type: "boolean", optional: true },
        actions: { type: "actions", optional: true },
      },
      requires: [
        HANDLER_OR_HR,
        NOT_INVOLVED,
        must("inWriting", "grievance.decision-not-in-writing"),
        must("appealRightStated", "grievance.decision-missing-appeal-right"),
        {
          guard: "non-empty",
          params: { field: "reasons" },
          code: "conflict.reason-required",
          when: [
            {
              guard: "equals",
              params: { field: "decision", value: "upheld" },
              negate: true,
            },
          ],
        },
      ],
      transitions: [{ from: ["hearing-held"], to: "decided" }],
      assign: [{ action: "set", params: { field: "decision", from: "decision" } }, { action: "record-actions" }],
      effects: [{ type: "send-decision", to: ["parties"], fields: ["decision"] }],
    },
    "submit-appeal": {
      payload: {
        inWriting: { type: "boolean", optional: true },
        grounds: { type: "text", optional: true },
      },
      requires: [
        COMPLAINANT,
        must("inWriting", "grievance.appeal-not-in-writing"),
        {
          guard: "non-empty",
          params: { field: "grounds" },
          code: "grievance.appeal-not-in-writing",
        },
        {
          guard: "before-deadline",
          params: { deadline: "appealWindow" },
          code: "grievance.appeal-window-expired",
        },
      ],
      transitions: [{ from: ["decided"], to: "appeal-requested" }],
    },
    "accept-late-appeal": {
      payload: { reason: { type: "text", optional: true } },
      requires: [
        HR,
        NOT_INVOLVED,
        {
          guard: "non-empty",
          params: { field: "reason" },
          code: "conflict.reason-required",
        },
      ],
      transitions: [{ from: ["decided", "closed"], to: "appeal-requested" }],
      reopens: ["decided-no-appeal"],
    },
    "schedule-appeal": {
      payload: {
        chairId: { type: "id" },
        appealAt: { type: "instant" },
        companionRightStated: { type: "boolean", optional: true },
        smallOrgException: { type: "boolean", optional: true },
      },
      requires: [
        HR,
        NOT_INVOLVED,
        {
          guard: "person-not-in",
          params: { field: "chairId", roles: ["parties"] },
          code: "grievance.appeal-chair-previously-involved",
        },
        {
          guard: "person-not-in",
          params: { field: "chairId", roles: EARLIER_ROLES },
          code: "grievance.appeal-chair-previously-involved",
          when: [notTrue("smallOrgException")],
        },
        {
          guard: "person-not-in",
          params: { field: "chairId", roles: EARLIER_ROLES },
          code: "grievance.small-org-same-manager",
          severity: "warning",
          when: [isTrue("smallOrgException")],
        },
        must("companionRightStated", "grievance.companion-right-not-stated"),
        {
          guard: "after-event",
          params: { field: "appealAt" },
          code: "grievance.notice-required",
        },
      ],
      transitions: [{ from: ["appeal-requested"], to: "appeal-scheduled" }],
      assign: [
        { action: "set", params: { field: "chairId", from: "chairId" } },
        { action: "set", params: { field: "hearingAt", from: "appealAt" } },
        {
          action: "set",
          params: { field: "originalHearingAt", from: "appealAt" },
        },
        { action: "set", params: { field: "postponements", value: 0 } },
      ],
      effects: [{ type: "send-invitation", to: ["reporter"], fields: ["appealAt"] }],
    },
    "issue-appeal-decision": {
      payload: {
        decision: DECISION,
        inWriting: { type: "boolean", optional: true },
        reasons: { type: "text", optional: true },
      },
      requires: [
        {
          guard: "actor-in",
          params: { roles: ["chairId"] },
          code: "conflict.actor-not-allowed",
        },
        must("inWriting", "grievance.decision-not-in-writing"),
      ],
      transitions: [{ from: ["appeal-scheduled"], to: "closed", outcome: "appeal-decided" }],
      assign: [
        {
          action: "set",
          params: { field: "appealDecision", from: "decision" },
        },
      ],
      effects: [{ type: "send-decision", to: ["parties"], fields: ["decision"] }],
    },
    withdraw: {
      payload: { reason: { type: "text", optional: true } },
      requires: [
        {
          guard: "actor-in",
          params: { roles: ["reporter"] },
          code: "conflict.not-reporter",
        },
      ],
      transitions: [{ from: ["*"], to: "closed", outcome: "withdrawn" }],
    },
    suspend: {
      payload: {
        reason: { type: "enum", values: ["user", "company", "group", "other"] },
      },
      requires: [
        HANDLER_OR_HR,
        NOT_INVOLVED,
        {
          guard: "non-empty",
          params: { field: "note" },
          code: "grievance.suspend-note-required",
        },
      ],
      transitions: [{ from: FORMAL.filter((s) => s !== "decided"), to: "on-hold" }],
    },
    resume: {
      requires: [HANDLER_OR_HR, NOT_INVOLVED],
      transitions: [{ from: ["on-hold"], to: "$resume" }],
    },
    "link-disciplinary": {
      payload: {
        linkedCaseId: { type: "id" },
        suspendDisciplinary: { type: "boolean", optional: true },
      },
      requires: [HR, NOT_INVOLVED],
      transitions: [{ from: ["*"] }],
      assign: [
        {
          action: "add",
          params: { field: "linkedCases", from: "linkedCaseId" },
        },
      ],
      effects: [
        {
          type: "suspend-case",
          to: ["hr"],
          fields: ["linkedCaseId"],
          when: [isTrue("suspendDisciplinary")],
        },
      ],
    },
    "record-early-conciliation": {
      requires: [
        {
          guard: "actor-in",
          params: { roles: ["reporter", "hr"] },
          code: "conflict.actor-not-allowed",
        },
      ],
      transitions: [{ from: ["*"] }],
      assign: [
        {
          action: "set",
          params: { field: "earlyConciliationStarted", value: true },
        },
      ],
    },
    "restrict-case": {
      requires: [HR, NOT_INVOLVED],
      transitions: [{ from: ["*"] }],
      assign: [{ action: "set", params: { field: "restricted", value: true } }],
    },
    tick: { tick: true, transitions: [{ from: ["*"] }] },
  },
} satisfies WorkflowDefinition);
