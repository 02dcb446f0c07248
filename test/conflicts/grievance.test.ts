/**
 * The Acas grievance workflow against the twenty scenarios of the research notes (§8, SC1–SC20)
 * and the working-day vectors (§7.8, WD1–WD4). Received: Monday 4 March 2024.
 */
import { afterEach, describe, expect, it } from "vitest";
import { formatFinding, type Finding } from "../../src/core/index.js";
import { applyConflictEvent, openConflictCase, replayConflictCase } from "../../src/conflicts/engine.js";
import { conflictSla } from "../../src/conflicts/sla.js";
import { conflictAccess, redactConflictCase } from "../../src/conflicts/redact.js";
import { acasGrievanceWorkflow } from "../../src/conflicts/workflows/grievance.js";
import { defaultConflictWorkflow } from "../../src/conflicts/workflows/default.js";
import { commissionDisputeWorkflow } from "../../src/conflicts/workflows/commission-dispute.js";
import { parseWorkflowDefinition } from "../../src/conflicts/schema.js";
import { conflictsMessagesEn } from "../../src/conflicts/messages/en.js";
import { grievanceMessagesEn } from "../../src/conflicts/messages/grievance-en.js";
import { grievanceMessagesZhCN } from "../../src/conflicts/messages/grievance-zh-CN.js";
import { GRIEVANCE_NAMES_ZH } from "../../src/conflicts/messages/grievance-names.js";
import { NAMES_ZH } from "../../src/conflicts/messages/names.js";
import type { GrievanceFindingCode } from "../../src/conflicts/codes.js";
import type { ConflictCase, ConflictEvent, ConflictOptions, ConflictResult, JsonValue, ReportEvent } from "../../src/conflicts/types.js";

// The cast (§8): C complainant, S the subject, H the handler (a manager, not S), HR1 and HR2 HR
// case workers, I investigator, M mediator, AP appeal chair, W an HR agent who is a witness, LM
// C's line manager.
const C = "c";
const S = "s";
const H = "h";
const HR1 = "hr1";
const HR2 = "hr2";
const I = "inv";
const M = "m";
const AP = "ap";
const W = "w";
const LM = "lm";
const HR = ["hr"];

const opts: ConflictOptions = { workflow: acasGrievanceWorkflow };
const easter: ConflictOptions = {
  workflow: acasGrievanceWorkflow,
  calendar: { holidays: ["2024-03-29", "2024-04-01"] },
};
const T = (day: string, time = "09:00"): string => `2024-${day}T${time}:00Z`;

/** Changes to an event; a field set to `undefined` is left out. */
type Over = { readonly [field: string]: JsonValue | undefined };
const ev = (e: Over): ConflictEvent => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as unknown as ConflictEvent;
const report = (over: Over = {}): ConflictEvent =>
  ev({
    type: "report",
    actorId: C,
    at: T("03-04"),
    caseId: "g1",
    parties: [C, S],
    category: "bullying",
    summary: "S belittles C in team meetings",
    formal: true,
    inWriting: true,
    ...over,
  });
const ack = (over: Over = {}): ConflictEvent =>
  ev({
    type: "acknowledge",
    actorId: HR1,
    actorRoles: HR,
    at: T("03-05"),
    handlerId: H,
    ...over,
  });
const triage = (over: Over = {}): ConflictEvent =>
  ev({
    type: "triage",
    actorId: H,
    at: T("03-05", "11:00"),
    severity: "low",
    route: "standard",
    ...over,
  });
const schedule = (over: Over = {}): ConflictEvent =>
  ev({
    type: "schedule-hearing",
    actorId: H,
    at: T("03-05", "14:00"),
    hearingAt: T("03-08", "10:00"),
    companionRightStated: true,
    ...over,
  });
const hearing = (over: Over = {}): ConflictEvent =>
  ev({
    type: "record-hearing",
    actorId: H,
    at: T("03-08", "12:00"),
    notesRef: "doc-1",
    adjourned: false,
    ...over,
  });
const decide = (over: Over = {}): ConflictEvent =>
  ev({
    type: "issue-decision",
    actorId: H,
    at: T("03-12"),
    decision: "partially-upheld",
    reasons: "The criticism was public; it should have been private.",
    inWriting: true,
    appealRightStated: true,
    ...over,
  });
const appeal = (over: Over = {}): ConflictEvent =>
  ev({
    type: "submit-appeal",
    actorId: C,
    at: T("03-15"),
    inWriting: true,
    grounds: "The agreed actions do not stop the behaviour.",
    ...over,
  });
const scheduleAppeal = (over: Over = {}): ConflictEvent =>
  ev({
    type: "schedule-appeal",
    actorId: HR1,
    actorRoles: HR,
    at: T("03-18"),
    chairId: AP,
    appealAt: T("03-20", "10:00"),
    companionRightStated: true,
    ...over,
  });
const offer = (over: Over = {}): ConflictEvent =>
  ev({
    type: "offer-mediation",
    actorId: H,
    at: T("03-05", "12:00"),
    mediatorId: M,
    ...over,
  });
const consent = (actorId: string, at = T("03-06")): ConflictEvent => ({
  type: "consent-mediation",
  actorId,
  at,
});
const investigate = (over: Over = {}): ConflictEvent =>
  ev({
    type: "start-investigation",
    actorId: H,
    at: T("03-06"),
    investigatorId: I,
    ...over,
  });
const tick = (day: string, time = "09:00"): ConflictEvent => ({
  type: "tick",
  actorId: "system",
  at: T(day, time),
});

/** The path SC1 takes up to the decision (Tuesday 12 March). */
const TO_DECIDED = [report(), ack(), triage(), schedule(), hearing(), decide()];
const TO_TRIAGED = [report(), ack(), triage()];

// ---------------------------------------------------------------------------------------------
// Invariants (§8), checked after every scenario on every case it produced: a rejected event
// leaves the case deep-equal; replaying `case.history` reproduces the case exactly (through JSON
// too); the state is `closed` exactly when an outcome (and a closing instant) is set.

const findings: Finding<string>[] = [];
let produced: ConflictCase[] = [];

function invariants(c: ConflictCase): void {
  const again = replayConflictCase(c.history, optsOf(c));
  expect(again.ok && again.case).toEqual(c);
  expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  expect(c.state === "closed").toBe(c.outcome !== undefined);
  expect(c.state === "closed").toBe(c.closedAt !== undefined);
  expect(c.workflow).toEqual({ id: "acas-grievance", version: 1 });
  expect(c.confidential).toBe(true);
}
const calendars = new WeakMap<ConflictCase, ConflictOptions>();
const optsOf = (c: ConflictCase): ConflictOptions => calendars.get(c) ?? opts;

afterEach(() => {
  for (const c of produced) invariants(c);
  produced = [];
});

function keep(r: ConflictResult, o: ConflictOptions): ConflictResult {
  if (r.ok) {
    calendars.set(r.case, o);
    produced.push(r.case);
  } else findings.push(r.error);
  if (r.ok) findings.push(...r.warnings);
  return r;
}
const run = (events: readonly ConflictEvent[], o: ConflictOptions = opts): ConflictResult => keep(replayConflictCase(events, o), o);
function apply(c: ConflictCase, e: ConflictEvent, o: ConflictOptions = opts): ConflictResult {
  const before = structuredClone(c);
  const r = applyConflictEvent(c, e, o);
  expect(c).toEqual(before); // the case passed in never changes, accepted or rejected
  if (!r.ok) {
    // rejected: the same event on the same case is rejected the same way, and the case stays as it was
    expect(applyConflictEvent(c, e, o)).toEqual(r);
    expect(c).toEqual(before);
  }
  return keep(r, o);
}
function ok(r: ConflictResult): ConflictCase {
  if (!r.ok) throw new Error(`rejected: ${r.error.code}`);
  return r.case;
}
function code(r: ConflictResult): string {
  if (r.ok) throw new Error(`accepted, now ${r.case.state}`);
  return r.error.code;
}
const caseOf = (events: readonly ConflictEvent[], o: ConflictOptions = opts): ConflictCase => ok(run(events, o));
const dueOf = (c: ConflictCase, id: string, asOf: string, o: ConflictOptions = opts): string | undefined => conflictSla(c, asOf, o).deadlines.find((d) => d.id === id)?.due;
const clock = (c: ConflictCase, id: string) => c.deadlines.find((d) => d.id === id);

// ---------------------------------------------------------------------------------------------

describe("the definition", () => {
  it("is valid data: the engine compiles it and the schema parses it unchanged", () => {
    expect(parseWorkflowDefinition(acasGrievanceWorkflow)).toEqual(acasGrievanceWorkflow);
    expect(Object.isFrozen(acasGrievanceWorkflow.events["report"]!.requires)).toBe(true);
    expect(acasGrievanceWorkflow.confidentiality).toEqual({ always: true });
  });
  it("opens a formal grievance in submitted with its three clocks: ackDue 03-06, meetingDue 03-11, caseTarget 04-01", () => {
    const c = ok(openConflictCase(report() as ReportEvent, opts));
    expect(c).toMatchObject({
      state: "submitted",
      reportedBy: C,
      parties: [C, S],
      confidential: true,
    });
    const sla = conflictSla(c, T("03-04", "10:00"), opts);
    expect(sla.deadlines.map((d) => [d.id, d.due])).toEqual([
      ["ackDue", "2024-03-06"],
      ["meetingDue", "2024-03-11"],
      ["caseTarget", "2024-04-01"],
    ]);
    expect(sla).toMatchObject({
      deadline: "ackDue",
      due: "2024-03-06",
      breached: false,
    });
  });
  it("caseTarget moves to 04-03 with Good Friday 03-29 and Easter Monday 04-01 as holidays", () => {
    const c = caseOf([report()], easter);
    expect(dueOf(c, "caseTarget", T("03-04"), easter)).toBe("2024-04-03");
    const late = ok(apply(c, tick("04-03", "23:00"), easter));
    expect(clock(late, "caseTarget")!.breachedAt).toBeUndefined();
    expect(clock(late, "meetingDue")!.breachedAt).toBe(T("04-03", "23:00"));
    const r = apply(c, tick("04-04"), easter);
    expect(r.ok && r.effects.filter((e) => e.params?.["deadline"] === "caseTarget")).toEqual([
      {
        type: "escalate",
        caseId: "g1",
        to: ["hr"],
        params: { deadline: "caseTarget", due: "2024-04-03" },
      },
    ]);
  });
});

describe("§7.8 working-day arithmetic through the workflow's meetingDue (5 working days)", () => {
  const due = (day: string, holidays: string[] = []): string | undefined => {
    const o: ConflictOptions = {
      workflow: acasGrievanceWorkflow,
      calendar: { holidays },
    };
    const c = caseOf([report({ at: `${day}T09:00:00Z` })], o);
    return dueOf(c, "meetingDue", `${day}T10:00:00Z`, o);
  };
  it("WD1: Thu 2024-05-02 + 5 = 2024-05-09", () => expect(due("2024-05-02")).toBe("2024-05-09"));
  it("WD2: with the 2024-05-06 bank holiday = 2024-05-10", () => expect(due("2024-05-02", ["2024-05-06"])).toBe("2024-05-10"));
  it("WD3: Fri 2024-03-08 + 5 = 2024-03-15", () => expect(due("2024-03-08")).toBe("2024-03-15"));
  it("WD4: Fri 2024-12-20 + 5 with 25 and 26 December = 2024-12-31", () => expect(due("2024-12-20", ["2024-12-25", "2024-12-26"])).toBe("2024-12-31"));
});

describe("SC1 — happy path, no appeal", () => {
  it("goes submitted → acknowledged → triaged → hearing-scheduled → hearing-held → decided, then closes when the appeal window lapses", () => {
    const states = [report(), ack(), triage(), schedule(), hearing(), decide()].map((_, i, all) => ok(run(all.slice(0, i + 1))).state);
    expect(states).toEqual(["submitted", "acknowledged", "triaged", "hearing-scheduled", "hearing-held", "decided"]);
  });
  it("meets meetingDue (03-11) with the hearing on 03-08; decisionDue is 03-15", () => {
    const held = caseOf([report(), ack(), triage(), schedule(), hearing()]);
    expect(clock(held, "meetingDue")).toMatchObject({
      stoppedAt: T("03-08", "12:00"),
    });
    expect(clock(held, "meetingDue")!.breachedAt).toBeUndefined();
    expect(clock(held, "ackDue")).toMatchObject({ stoppedAt: T("03-05") });
    expect(dueOf(held, "decisionDue", T("03-08", "13:00"))).toBe("2024-03-15");
    expect(held.data["notesRefs"]).toEqual(["doc-1"]);
  });
  it("issues the decision in writing to the parties; the appeal window ends 03-19", () => {
    const r = run(TO_DECIDED);
    const c = ok(r);
    expect(c).toMatchObject({
      state: "decided",
      handlerId: H,
      severity: "low",
      data: { decision: "partially-upheld", route: "standard" },
    });
    expect(dueOf(c, "appealWindow", T("03-12", "10:00"))).toBe("2024-03-19");
    expect(r.ok && r.effects.filter((e) => e.type === "send-decision")).toEqual([
      {
        type: "send-decision",
        caseId: "g1",
        to: [C, S],
        params: { decision: "partially-upheld" },
      },
    ]);
  });
  it("a tick on 03-19 changes nothing; on 03-20 it closes the case as decided-no-appeal, with no SLA breach", () => {
    const c = caseOf(TO_DECIDED);
    expect(ok(apply(c, tick("03-19", "23:00")))).toEqual(c);
    const r = apply(c, tick("03-20"));
    expect(ok(r)).toMatchObject({
      state: "closed",
      outcome: "decided-no-appeal",
      closedAt: T("03-20"),
    });
    expect(r.ok && r.effects).toEqual([]);
    expect(ok(r).deadlines.filter((d) => d.breachedAt !== undefined)).toEqual([]);
    expect(ok(r).deadlines.every((d) => d.stoppedAt !== undefined)).toBe(true);
    expect(conflictSla(ok(r), T("03-21"), opts).deadlines).toEqual([]);
  });
});

describe("SC2 — appeal, then a second appeal is refused", () => {
  const appealed = [...TO_DECIDED, appeal()];
  it("a written appeal on 03-15 is received; appealMeetingDue is 03-22", () => {
    const c = caseOf(appealed);
    expect(c.state).toBe("appeal-requested");
    expect(clock(c, "appealWindow")).toMatchObject({ stoppedAt: T("03-15") });
    expect(dueOf(c, "appealMeetingDue", T("03-15", "10:00"))).toBe("2024-03-22");
  });
  it("an appeal is made by the complainant, in writing, with grounds", () => {
    const decided = caseOf(TO_DECIDED);
    expect(code(apply(decided, appeal({ inWriting: false })))).toBe("grievance.appeal-not-in-writing");
    expect(code(apply(decided, appeal({ grounds: "" })))).toBe("grievance.appeal-not-in-writing");
    expect(code(apply(decided, appeal({ actorId: S })))).toBe("conflict.actor-not-allowed");
  });
  it("HR schedules the appeal with an uninvolved chair; the chair's decision closes the case as appeal-decided, and it is final", () => {
    const scheduled = caseOf([...appealed, scheduleAppeal()]);
    expect(scheduled).toMatchObject({
      state: "appeal-scheduled",
      data: { chairId: AP, hearingAt: T("03-20", "10:00") },
    });
    expect(
      code(
        apply(scheduled, {
          type: "issue-appeal-decision",
          actorId: H,
          at: T("03-20", "12:00"),
          decision: "not-upheld",
          inWriting: true,
        })
      )
    ).toBe("conflict.actor-not-allowed");
    expect(
      code(
        apply(scheduled, {
          type: "issue-appeal-decision",
          actorId: AP,
          at: T("03-20", "12:00"),
          decision: "not-upheld",
        })
      )
    ).toBe("grievance.decision-not-in-writing");
    const r = apply(scheduled, {
      type: "issue-appeal-decision",
      actorId: AP,
      at: T("03-20", "12:00"),
      decision: "not-upheld",
      inWriting: true,
    });
    const closed = ok(r);
    expect(closed).toMatchObject({
      state: "closed",
      outcome: "appeal-decided",
      data: { appealDecision: "not-upheld" },
    });
    expect(r.ok && r.effects).toEqual([
      {
        type: "send-decision",
        caseId: "g1",
        to: [C, S],
        params: { decision: "not-upheld" },
      },
    ]);
    expect(code(apply(closed, appeal({ at: T("03-21") })))).toBe("conflict.case-closed");
    expect(
      code(
        apply(closed, {
          type: "accept-late-appeal",
          actorId: HR1,
          actorRoles: HR,
          at: T("03-21"),
          reason: "new evidence",
        })
      )
    ).toBe("conflict.case-closed");
  });
});

describe("SC3 — a verbal 'formal' grievance", () => {
  it("is rejected as not in writing, and there is no case", () => {
    const r = run([report({ inWriting: false })]);
    expect(code(r)).toBe("grievance.not-in-writing");
    expect(code(openConflictCase(report({ inWriting: undefined }) as ReportEvent, opts))).toBe("grievance.not-in-writing");
    expect("case" in r).toBe(false);
  });
  it("the same concern can be recorded informally", () => {
    const c = caseOf([report({ formal: false, inWriting: false })]);
    expect(c.state).toBe("informal");
    expect(c.deadlines).toEqual([]);
  });
  it("only a party reports", () => {
    expect(code(run([report({ actorId: H })]))).toBe("conflict.actor-not-allowed");
  });
});

describe("SC4 — the handler is the subject", () => {
  it("is rejected; an uninvolved manager is accepted", () => {
    const c = caseOf([report()]);
    expect(code(apply(c, ack({ handlerId: S })))).toBe("grievance.handler-is-subject");
    expect(code(apply(c, ack({ handlerId: C })))).toBe("conflict.handler-is-party");
    expect(code(apply(c, ack({ actorRoles: [] })))).toBe("conflict.actor-not-allowed");
    expect(ok(apply(c, ack()))).toMatchObject({
      state: "acknowledged",
      handlerId: H,
      data: { handlers: [H] },
    });
  });
  it("HR can later hand the case to another manager under the same rules", () => {
    const c = caseOf([report(), ack(), triage()]);
    const reassign: ConflictEvent = {
      type: "reassign-handler",
      actorId: HR1,
      actorRoles: HR,
      at: T("03-06"),
      handlerId: "h2",
      reason: "conflict of interest",
    };
    expect(code(apply(c, { ...reassign, handlerId: S }))).toBe("grievance.handler-is-subject");
    expect(ok(apply(c, reassign))).toMatchObject({
      state: "triaged",
      handlerId: "h2",
      data: { handlers: [H, "h2"] },
    });
  });
});

describe("SC5 — companion unavailable: the statutory postponement window", () => {
  const thursday = [...TO_TRIAGED, schedule({ hearingAt: T("03-07", "10:00") })];
  const postpone = (newAt: string, over: Over = {}): ConflictEvent =>
    ev({
      type: "request-postponement",
      actorId: C,
      at: T("03-06"),
      newAt,
      reason: "companion-unavailable",
      ...over,
    });
  it("a new time up to 5 working days after Thursday 03-07 (Thursday 03-14, inclusive) is accepted", () => {
    const r = apply(caseOf(thursday), postpone(T("03-14", "10:00")));
    expect(ok(r)).toMatchObject({
      state: "hearing-scheduled",
      data: {
        hearingAt: T("03-14", "10:00"),
        originalHearingAt: T("03-07", "10:00"),
        postponements: 1,
      },
    });
    expect(r.ok && r.effects).toEqual([
      {
        type: "reschedule",
        caseId: "g1",
        to: [H, "hr"],
        params: { newAt: T("03-14", "10:00") },
      },
    ]);
  });
  it("Friday 03-15 is rejected; so is a second postponement and one asked by someone else", () => {
    const c = caseOf(thursday);
    expect(code(apply(c, postpone(T("03-15", "10:00"))))).toBe("grievance.postponement-exceeds-5-working-days");
    expect(code(apply(c, postpone(T("03-12", "10:00"), { actorId: S })))).toBe("conflict.actor-not-allowed");
    const once = caseOf([...thursday, postpone(T("03-12", "10:00"))]);
    expect(code(apply(once, postpone(T("03-13", "10:00"), { at: T("03-07") })))).toBe("grievance.postponement-already-used");
  });
  it("HR may still agree a later date by rescheduling the meeting", () => {
    const c = caseOf(thursday);
    const r = apply(
      c,
      schedule({
        actorId: HR1,
        actorRoles: HR,
        at: T("03-06"),
        hearingAt: T("03-18", "10:00"),
      })
    );
    expect(ok(r)).toMatchObject({
      state: "hearing-scheduled",
      data: { hearingAt: T("03-18", "10:00"), postponements: 0 },
    });
  });
});

describe("SC6 — companion eligibility", () => {
  const c = (): ConflictCase => caseOf([...TO_TRIAGED, schedule()]);
  const companion = (over: Over): ConflictEvent => ev({ type: "set-companion", actorId: C, at: T("03-06"), ...over });
  it("a spouse is refused, unless as a reasonable adjustment; a union official is accepted", () => {
    expect(code(apply(c(), companion({ companionType: "spouse" })))).toBe("grievance.companion-not-eligible");
    expect(
      ok(
        apply(
          c(),
          companion({
            companionType: "spouse",
            reasonableAdjustment: true,
            companionId: "p1",
          })
        )
      )
    ).toMatchObject({
      state: "hearing-scheduled",
      data: { companionType: "spouse", companionId: "p1" },
    });
    expect(ok(apply(c(), companion({ companionType: "union-official", companionId: "u1" }))).data).toMatchObject({ companionType: "union-official", companionId: "u1" });
  });
  it("the companion sees the involved view of the case", () => {
    const withCompanion = ok(apply(c(), companion({ companionType: "colleague", companionId: "u1" })));
    expect(conflictAccess(withCompanion, { id: "u1" }, opts)).toBe("involved");
  });
});

describe("SC7 — defective decision letters", () => {
  const held = (): ConflictCase => caseOf([report(), ack(), triage(), schedule(), hearing()]);
  it("a letter without the right to appeal, or without reasons for a decision that is not upheld, is rejected", () => {
    expect(
      code(
        apply(
          held(),
          decide({
            decision: "upheld",
            reasons: undefined,
            appealRightStated: false,
          })
        )
      )
    ).toBe("grievance.decision-missing-appeal-right");
    expect(code(apply(held(), decide({ decision: "not-upheld", reasons: "" })))).toBe("conflict.reason-required");
    expect(code(apply(held(), decide({ inWriting: false })))).toBe("grievance.decision-not-in-writing");
    expect(code(apply(held(), decide({ actorId: S })))).toBe("conflict.actor-not-allowed");
  });
  it("a valid letter is accepted; an upheld grievance needs no reasons", () => {
    expect(ok(apply(held(), decide())).state).toBe("decided");
    expect(ok(apply(held(), decide({ decision: "upheld", reasons: undefined }))).state).toBe("decided");
  });
});

describe("SC8 — a late appeal and the HR override", () => {
  it("an appeal on 03-21 (window ended 03-19) is rejected before any tick, and the message gives the last day", () => {
    const r = apply(caseOf(TO_DECIDED), appeal({ at: T("03-21") }));
    expect(code(r)).toBe("grievance.appeal-window-expired");
    const f = (r as { error: Finding<string> }).error;
    expect(f.params).toMatchObject({
      deadline: "appealWindow",
      due: "2024-03-19",
    });
    expect(formatFinding(f, "en", { catalog: grievanceMessagesEn })).toBe(
      "The time to appeal ended on 2024-03-19, so the decision stands. HR can still accept a late appeal, giving the reason."
    );
    expect(formatFinding(f, "zh-CN", { catalog: grievanceMessagesZhCN })).toBe(
      "复议申请已于 2024-03-19 截止，原处理结果维持不变。如有特殊情况，可由人力资源部写明理由后受理逾期复议。"
    );
  });
  it("the tick closes it as decided-no-appeal; HR reopens it for a late appeal with a reason, nobody else can", () => {
    const lapsed = ok(apply(caseOf(TO_DECIDED), tick("03-21")));
    expect(lapsed).toMatchObject({
      state: "closed",
      outcome: "decided-no-appeal",
    });
    const late: ConflictEvent = {
      type: "accept-late-appeal",
      actorId: HR1,
      actorRoles: HR,
      at: T("03-21", "10:00"),
      reason: "employee on sick leave",
    };
    expect(code(apply(lapsed, ev({ ...late, actorId: C, actorRoles: undefined })))).toBe("conflict.actor-not-allowed");
    expect(code(apply(lapsed, { ...late, reason: " " }))).toBe("conflict.reason-required");
    const reopened = ok(apply(lapsed, late));
    expect(reopened.state).toBe("appeal-requested");
    expect(reopened.outcome).toBeUndefined();
    expect(reopened.closedAt).toBeUndefined();
    expect(dueOf(reopened, "appealMeetingDue", T("03-21", "11:00"))).toBe("2024-03-28");
  });
  it("no other closure reopens", () => {
    const withdrawn = caseOf([...TO_DECIDED, { type: "withdraw", actorId: C, at: T("03-13") }]);
    expect(
      code(
        apply(withdrawn, {
          type: "accept-late-appeal",
          actorId: HR1,
          actorRoles: HR,
          at: T("03-21"),
          reason: "asked",
        })
      )
    ).toBe("conflict.case-closed");
  });
});

describe("SC9 — an appeal chair previously involved", () => {
  const requested = (): ConflictCase => caseOf([...TO_DECIDED, appeal()]);
  it("the handler cannot chair the appeal, nor can the investigator, a witness or a party", () => {
    expect(code(apply(requested(), scheduleAppeal({ chairId: H })))).toBe("grievance.appeal-chair-previously-involved");
    expect(code(apply(requested(), scheduleAppeal({ chairId: S, smallOrgException: true })))).toBe("grievance.appeal-chair-previously-involved");
    const investigated = caseOf([
      report(),
      ack(),
      triage(),
      investigate(),
      {
        type: "add-witness",
        actorId: I,
        at: T("03-06", "12:00"),
        witnessIds: [W],
      },
      schedule({ at: T("03-06", "14:00") }),
      hearing(),
      decide(),
      appeal(),
    ]);
    expect(code(apply(investigated, scheduleAppeal({ chairId: I })))).toBe("grievance.appeal-chair-previously-involved");
    expect(code(apply(investigated, scheduleAppeal({ chairId: W })))).toBe("grievance.appeal-chair-previously-involved");
  });
  it("a small organisation may have the same manager hear it: accepted with a warning", () => {
    const r = apply(requested(), scheduleAppeal({ chairId: H, smallOrgException: true }));
    expect(ok(r)).toMatchObject({
      state: "appeal-scheduled",
      data: { chairId: H },
    });
    expect(r.ok && r.warnings.map((w) => [w.code, w.severity, w.params?.["value"]])).toEqual([["grievance.small-org-same-manager", "warning", H]]);
  });
  it("the invitation states the companion right and gives notice", () => {
    expect(code(apply(requested(), scheduleAppeal({ companionRightStated: false })))).toBe("grievance.companion-right-not-stated");
    expect(code(apply(requested(), scheduleAppeal({ appealAt: T("03-18", "08:00") })))).toBe("grievance.notice-required");
    expect(code(apply(requested(), scheduleAppeal({ actorId: H, actorRoles: undefined })))).toBe("conflict.actor-not-allowed");
  });
});

describe("SC10 — mediation succeeds", () => {
  const offered = [...TO_TRIAGED, offer()];
  it("offering mediation starts mediationConsentDue (03-19)", () => {
    const c = caseOf(offered);
    expect(c).toMatchObject({
      state: "mediation-offered",
      mediatorId: M,
      data: { route: "mediation", mediators: [M] },
    });
    expect(dueOf(c, "mediationConsentDue", T("03-05", "13:00"))).toBe("2024-03-19");
    expect(clock(c, "meetingDue")).toMatchObject({
      stoppedAt: T("03-05", "12:00"),
    });
  });
  it("each party consents once; the last consent starts the separate meetings", () => {
    const one = ok(apply(caseOf(offered), consent(C)));
    expect(one).toMatchObject({
      state: "mediation-offered",
      data: { consents: [C] },
    });
    expect(code(apply(one, consent(C, T("03-06", "10:00"))))).toBe("grievance.already-consented");
    expect(code(apply(one, consent(H, T("03-06", "10:00"))))).toBe("grievance.not-a-party");
    const both = ok(apply(one, consent(S, T("03-07"))));
    expect(both).toMatchObject({
      state: "mediation-separate",
      data: { consents: [C, S] },
    });
    expect(clock(both, "mediationConsentDue")).toMatchObject({
      stoppedAt: T("03-07"),
    });
  });
  it("the mediator meets each party separately, then jointly; a signed written agreement closes the case and goes to the parties only", () => {
    const separate = caseOf([...offered, consent(C), consent(S, T("03-07"))]);
    const start: ConflictEvent = {
      type: "start-joint",
      actorId: M,
      at: T("03-11"),
    };
    expect(code(apply(separate, start))).toBe("grievance.separate-meetings-incomplete");
    const met = [
      ...offered,
      consent(C),
      consent(S, T("03-07")),
      {
        type: "record-separate-meeting",
        actorId: M,
        at: T("03-08"),
        partyId: C,
        note: "C wants an apology in private",
      },
      {
        type: "record-separate-meeting",
        actorId: M,
        at: T("03-08", "14:00"),
        partyId: S,
      },
    ];
    expect(code(apply(caseOf(met.slice(0, -1)), start))).toBe("grievance.separate-meetings-incomplete");
    expect(
      code(
        apply(separate, {
          type: "record-separate-meeting",
          actorId: M,
          at: T("03-08"),
          partyId: H,
        })
      )
    ).toBe("grievance.not-a-party");
    expect(code(apply(caseOf(met), { ...start, actorId: H }))).toBe("conflict.actor-not-allowed");
    const joint = ok(apply(caseOf(met), start));
    expect(joint).toMatchObject({
      state: "mediation-joint",
      data: { separateMet: [C, S] },
    });
    const agree: ConflictEvent = {
      type: "record-mediation-agreement",
      actorId: M,
      at: T("03-12"),
      writtenCopyIssued: true,
      signedBy: [C, S],
      actions: [
        {
          ownerId: S,
          description: "Raise concerns about C's work in one-to-ones, not in team meetings",
          due: "2024-04-12",
        },
      ],
    };
    expect(code(apply(joint, { ...agree, signedBy: [C] }))).toBe("grievance.mediation-agreement-incomplete");
    expect(code(apply(joint, { ...agree, writtenCopyIssued: false }))).toBe("grievance.mediation-agreement-incomplete");
    const r = apply(joint, agree);
    expect(ok(r)).toMatchObject({
      state: "closed",
      outcome: "resolved-by-mediation",
      mediatorId: M,
    });
    expect(ok(r).actions).toEqual([
      {
        ownerId: S,
        description: "Raise concerns about C's work in one-to-ones, not in team meetings",
        due: "2024-04-12",
        agreedAt: T("03-12"),
      },
    ]);
    expect(r.ok && r.effects).toEqual([{ type: "send-agreement", caseId: "g1", to: [C, S] }]);
    // the mediator's notes stay with the mediator (and HR): a party sees only event types and times
    const closed = ok(r);
    expect(redactConflictCase(closed, { id: M }, opts).history?.[6]).toMatchObject({ note: "C wants an apology in private" });
    expect(redactConflictCase(closed, { id: S }, opts).history?.[6]).toEqual({
      type: "record-separate-meeting",
      at: T("03-08"),
    });
  });
});

describe("SC11 — mediation declined, the formal track resumes", () => {
  const offeredAndConsented = [...TO_TRIAGED, offer(), consent(C)];
  it("a party's refusal returns the case to triaged (route standard) and tells the employer only that mediation is not possible", () => {
    const r = apply(caseOf(offeredAndConsented), {
      type: "decline-mediation",
      actorId: S,
      at: T("03-07"),
      note: "I do not trust the process",
    });
    const c = ok(r);
    expect(c).toMatchObject({
      state: "triaged",
      data: { route: "standard", mediators: [M] },
    });
    expect(c.mediatorId).toBeUndefined();
    expect(c.data["consents"]).toBeUndefined();
    expect(r.ok && r.effects).toEqual([
      {
        type: "notify",
        caseId: "g1",
        to: [H, "hr"],
        code: "grievance.mediation-not-possible",
      },
    ]);
    expect(formatFinding({ code: "grievance.mediation-not-possible", severity: "warning" }, "en", { catalog: grievanceMessagesEn })).toBe(
      "Mediation is not possible in this case: the grievance continues under the formal procedure."
    );
    expect(ok(apply(c, schedule({ at: T("03-07", "12:00"), hearingAt: T("03-12", "10:00") }))).state).toBe("hearing-scheduled");
  });
  it("only a party declines; the mediator may also end a failed mediation", () => {
    const c = caseOf(offeredAndConsented);
    expect(code(apply(c, { type: "decline-mediation", actorId: H, at: T("03-07") }))).toBe("grievance.not-a-party");
    const joint = caseOf([
      ...offeredAndConsented,
      consent(S, T("03-07")),
      {
        type: "record-separate-meeting",
        actorId: M,
        at: T("03-08"),
        partyId: C,
      },
      {
        type: "record-separate-meeting",
        actorId: M,
        at: T("03-08", "14:00"),
        partyId: S,
      },
      { type: "start-joint", actorId: M, at: T("03-11") },
    ]);
    const r = apply(joint, {
      type: "mediation-failed",
      actorId: M,
      at: T("03-12"),
    });
    expect(ok(r)).toMatchObject({
      state: "triaged",
      data: { route: "standard" },
    });
    expect(r.ok && r.effects).toEqual([
      {
        type: "notify",
        caseId: "g1",
        to: [H, "hr"],
        code: "grievance.mediation-not-possible",
      },
    ]);
  });
});

describe("SC12 — mediation not available, or not impartial", () => {
  it("after early conciliation started, mediation is not offered", () => {
    const c = caseOf([
      ...TO_TRIAGED,
      {
        type: "record-early-conciliation",
        actorId: C,
        at: T("03-05", "11:30"),
      },
    ]);
    expect(c.data["earlyConciliationStarted"]).toBe(true);
    expect(code(apply(c, offer()))).toBe("grievance.mediation-unavailable-litigation");
  });
  it("the handler (or a party) cannot mediate", () => {
    const c = caseOf(TO_TRIAGED);
    expect(code(apply(c, offer({ mediatorId: H })))).toBe("conflict.mediator-not-impartial");
    expect(code(apply(c, offer({ mediatorId: S })))).toBe("conflict.mediator-not-impartial");
  });
  it("a critical grievance is not routed to mediation", () => {
    const acknowledged = caseOf([report(), ack()]);
    expect(code(apply(acknowledged, triage({ severity: "critical", route: "mediation" })))).toBe("grievance.route-not-allowed-for-severity");
    const critical = ok(apply(acknowledged, triage({ severity: "critical", route: "investigation-first" })));
    expect(code(apply(critical, offer()))).toBe("grievance.route-not-allowed-for-severity");
  });
  it("a grievance outside the procedure closes as out-of-scope, with a reason", () => {
    const acknowledged = caseOf([report(), ack()]);
    expect(code(apply(acknowledged, triage({ route: "out-of-scope" })))).toBe("conflict.reason-required");
    expect(
      ok(
        apply(
          acknowledged,
          triage({
            route: "out-of-scope",
            reason: "a redundancy dismissal appeal",
          })
        )
      )
    ).toMatchObject({ state: "closed", outcome: "out-of-scope" });
  });
});

describe("SC13 — an SLA breach escalates once, without a state change", () => {
  it("the tick on 03-12 records meetingDue (due 03-11) as breached with one escalate effect; the tick on 03-13 adds nothing", () => {
    const c = caseOf(TO_TRIAGED);
    const first = apply(c, tick("03-12"));
    const breached = ok(first);
    expect(breached.state).toBe("triaged");
    expect(first.ok && first.effects).toEqual([
      {
        type: "escalate",
        caseId: "g1",
        to: [H, "hr"],
        params: { deadline: "meetingDue", due: "2024-03-11" },
      },
    ]);
    expect(breached.deadlines.filter((d) => d.breachedAt !== undefined).map((d) => [d.id, d.breachedAt])).toEqual([["meetingDue", T("03-12")]]);
    const second = apply(breached, tick("03-13"));
    expect(second.ok && second.effects).toEqual([]);
    expect(ok(second)).toEqual(breached); // a clock event that finds nothing new leaves no trace
    expect(ok(second).state).toBe("triaged");
  });
});

describe("SC14 — suspension pauses the clock", () => {
  const suspend = (over: Over = {}): ConflictEvent =>
    ev({
      type: "suspend",
      actorId: H,
      at: T("03-06"),
      reason: "company",
      note: "awaiting payroll provider",
      ...over,
    });
  const resume: ConflictEvent = { type: "resume", actorId: H, at: T("03-11") };
  it("suspending needs a note; the case remembers where it was", () => {
    const c = caseOf(TO_TRIAGED);
    expect(code(apply(c, suspend({ note: "" })))).toBe("grievance.suspend-note-required");
    expect(code(apply(c, suspend({ note: undefined })))).toBe("grievance.suspend-note-required");
    const held = ok(apply(c, suspend()));
    expect(held).toMatchObject({ state: "on-hold", heldFrom: "triaged" });
    expect(conflictSla(held, T("03-08"), opts).paused).toBe(true);
  });
  it("resuming on 03-11 returns to triaged; three working days on hold move meetingDue from 03-11 to 03-14", () => {
    const c = caseOf(TO_TRIAGED);
    expect(dueOf(c, "meetingDue", T("03-05", "12:00"))).toBe("2024-03-11");
    const resumed = caseOf([...TO_TRIAGED, suspend(), resume]);
    expect(resumed.state).toBe("triaged");
    expect(resumed.heldFrom).toBeUndefined();
    const status = conflictSla(resumed, T("03-11", "10:00"), opts).deadlines.find((d) => d.id === "meetingDue")!;
    expect(status).toMatchObject({
      due: "2024-03-14",
      pausedWorkingDays: 3,
      breached: false,
    });
    const r = apply(resumed, tick("03-13"));
    expect(r.ok && r.effects).toEqual([]);
    const later = apply(ok(r), tick("03-15"));
    expect(later.ok && later.effects).toEqual([
      {
        type: "escalate",
        caseId: "g1",
        to: [H, "hr"],
        params: { deadline: "meetingDue", due: "2024-03-14" },
      },
    ]);
  });
});

describe("SC15 — withdrawal", () => {
  const investigating = [...TO_TRIAGED, investigate()];
  it("only the complainant withdraws; afterwards the case accepts nothing", () => {
    const c = caseOf(investigating);
    expect(c).toMatchObject({
      state: "investigation",
      data: { investigatorId: I },
    });
    expect(code(apply(c, { type: "withdraw", actorId: S, at: T("03-07") }))).toBe("conflict.not-reporter");
    const r = apply(c, {
      type: "withdraw",
      actorId: C,
      at: T("03-07"),
      reason: "resolved between us",
    });
    const closed = ok(r);
    expect(closed).toMatchObject({
      state: "closed",
      outcome: "withdrawn",
      closedAt: T("03-07"),
    });
    expect(r.ok && r.effects).toEqual([]);
    const later = apply(closed, tick("04-10"));
    expect(code(later)).toBe("conflict.case-closed");
    expect("effects" in later).toBe(false);
    expect(code(apply(closed, schedule({ at: T("03-08") })))).toBe("conflict.case-closed");
  });
  it("the investigator is neither a party nor a witness", () => {
    expect(code(apply(caseOf(TO_TRIAGED), investigate({ investigatorId: S })))).toBe("grievance.investigator-not-impartial");
  });
});

describe("SC16 — adjourning for an investigation", () => {
  const scheduled = [...TO_TRIAGED, schedule()];
  it("an adjourned meeting goes to investigation; rescheduled and held, it goes to hearing-held", () => {
    const adjourned = ok(apply(caseOf(scheduled), hearing({ notesRef: "doc-2", adjourned: true })));
    expect(adjourned.state).toBe("investigation");
    const again = ok(apply(adjourned, schedule({ at: T("03-11"), hearingAt: T("03-13", "10:00") })));
    expect(again).toMatchObject({
      state: "hearing-scheduled",
      data: { hearingAt: T("03-13", "10:00") },
    });
    const held = ok(apply(again, hearing({ at: T("03-13", "12:00"), notesRef: "doc-3" })));
    expect(held).toMatchObject({
      state: "hearing-held",
      data: { notesRefs: ["doc-2", "doc-3"] },
    });
  });
  it("a meeting is not recorded without its confidential record", () => {
    const again = caseOf([...scheduled, hearing({ notesRef: "doc-2", adjourned: true }), schedule({ at: T("03-11"), hearingAt: T("03-13", "10:00") })]);
    expect(code(apply(again, hearing({ at: T("03-13", "12:00"), notesRef: undefined })))).toBe("grievance.no-confidential-record");
    expect(code(apply(again, hearing({ at: T("03-13", "12:00"), notesRef: "  " })))).toBe("grievance.no-confidential-record");
  });
  it("a meeting needs notice and the companion right in the invitation", () => {
    const c = caseOf(TO_TRIAGED);
    expect(code(apply(c, schedule({ hearingAt: T("03-05", "13:00") })))).toBe("grievance.notice-required");
    expect(code(apply(c, schedule({ companionRightStated: false })))).toBe("grievance.companion-right-not-stated");
  });
});

describe("SC17 — confidentiality and HR-for-HR", () => {
  const withWitness = [
    ...TO_TRIAGED,
    investigate(),
    {
      type: "add-witness",
      actorId: I,
      at: T("03-06", "12:00"),
      witnessIds: [W],
    } as ConflictEvent,
  ];
  it("an HR agent who is a witness gets the involved view and cannot act as HR", () => {
    const c = caseOf(withWitness);
    expect(conflictAccess(c, { id: W, roles: HR }, opts)).toBe("involved");
    expect(
      code(
        apply(c, {
          type: "suspend",
          actorId: W,
          actorRoles: HR,
          at: T("03-07"),
          reason: "other",
          note: "checking",
        })
      )
    ).toBe("conflict.actor-not-allowed");
    expect(
      code(
        apply(c, {
          type: "restrict-case",
          actorId: W,
          actorRoles: HR,
          at: T("03-07"),
        })
      )
    ).toBe("conflict.actor-not-allowed");
  });
  it("uninvolved HR sees everything and may restrict the case; the involved agent then sees nothing", () => {
    const c = caseOf(withWitness);
    expect(conflictAccess(c, { id: HR1, roles: HR }, opts)).toBe("full");
    const restricted = ok(
      apply(c, {
        type: "restrict-case",
        actorId: HR2,
        actorRoles: HR,
        at: T("03-07"),
      })
    );
    expect(restricted.restricted).toBe(true);
    expect(conflictAccess(restricted, { id: W, roles: HR }, opts)).toBe("none");
    expect(redactConflictCase(restricted, { id: W, roles: HR }, opts)).toEqual({
      access: "none",
      id: "g1",
    });
    expect(conflictAccess(restricted, { id: HR1, roles: HR }, opts)).toBe("full");
  });
  it("the subject sees the involved view: not who reported it, the summary, the evidence or the notes", () => {
    const c = caseOf(withWitness);
    expect(conflictAccess(c, { id: S }, opts)).toBe("involved");
    const view = redactConflictCase(c, { id: S }, opts);
    expect(view).toMatchObject({
      access: "involved",
      state: "investigation",
      parties: [C, S],
      handlerId: H,
    });
    expect(view.reportedBy).toBeUndefined();
    expect(view.summary).toBeUndefined();
    expect(view.data).toBeUndefined();
    expect(view.history?.every((e) => Object.keys(e).join() === "type,at")).toBe(true);
    expect(conflictAccess(c, { id: I }, opts)).toBe("involved");
    expect(conflictAccess(c, { id: "someone" }, opts)).toBe("summary");
  });
});

describe("SC18 — an overlapping disciplinary case", () => {
  it("linking it leaves the state, records it and asks the app to suspend the disciplinary case", () => {
    const c = caseOf([...TO_TRIAGED, investigate()]);
    const link: ConflictEvent = {
      type: "link-disciplinary",
      actorId: HR1,
      actorRoles: HR,
      at: T("03-07"),
      linkedCaseId: "D-12",
      suspendDisciplinary: true,
    };
    const r = apply(c, link);
    expect(ok(r)).toMatchObject({
      state: "investigation",
      data: { linkedCases: ["D-12"] },
    });
    expect(ok(r).history.at(-1)).toEqual(link);
    expect(r.ok && r.effects).toEqual([
      {
        type: "suspend-case",
        caseId: "g1",
        to: ["hr"],
        params: { linkedCaseId: "D-12" },
      },
    ]);
    const concurrent = apply(c, { ...link, suspendDisciplinary: false });
    expect(concurrent.ok && concurrent.effects).toEqual([]);
    expect(code(apply(c, ev({ ...link, actorId: H, actorRoles: undefined })))).toBe("conflict.actor-not-allowed");
  });
});

describe("SC19 — scope and ordering errors", () => {
  it("a collective union grievance is out of scope", () => {
    expect(code(run([report({ collectiveUnionGrievance: true })]))).toBe("grievance.collective-out-of-scope");
    expect(code(run([report({ formal: false, collectiveUnionGrievance: true })]))).toBe("grievance.collective-out-of-scope");
  });
  it("no decision in submitted, and nothing to appeal before a decision", () => {
    expect(code(apply(caseOf([report()]), decide({ at: T("03-05") })))).toBe("conflict.transition-not-allowed");
    expect(code(apply(caseOf([report(), ack(), triage(), schedule(), hearing()]), appeal({ at: T("03-09") })))).toBe("conflict.transition-not-allowed");
    expect(code(apply(caseOf([report()]), { type: "shout", actorId: C, at: T("03-05") }))).toBe("conflict.transition-not-allowed");
    expect(code(apply(caseOf([report(), ack()]), { ...triage(), at: T("03-04") }))).toBe("conflict.time-went-backwards");
  });
});

describe("SC20 — informal first, then formal", () => {
  const informal = report({
    formal: false,
    inWriting: undefined,
    lineManagerId: LM,
    summary: "C feels left out of client meetings",
  });
  const resolve = (over: Over = {}): ConflictEvent =>
    ev({
      type: "resolve-informally",
      actorId: LM,
      at: T("03-05"),
      complainantConfirms: true,
      note: "talked it through",
      ...over,
    });
  it("the concern starts informal; the line manager cannot close it without the complainant's confirmation", () => {
    const c = caseOf([informal]);
    expect(c).toMatchObject({
      state: "informal",
      deadlines: [],
      data: { lineManagerId: LM },
    });
    expect(code(apply(c, resolve({ complainantConfirms: false })))).toBe("grievance.complainant-confirmation-required");
    expect(code(apply(c, resolve({ actorId: S })))).toBe("conflict.actor-not-allowed");
    expect(ok(apply(c, resolve()))).toMatchObject({
      state: "closed",
      outcome: "resolved-informally",
    });
  });
  it("the complainant can then raise it formally, in writing, on the same case: the clocks start then", () => {
    const c = caseOf([informal]);
    const submit: ConflictEvent = {
      type: "submit-formal",
      actorId: C,
      at: T("03-06"),
      inWriting: true,
    };
    expect(code(apply(c, { ...submit, inWriting: false }))).toBe("grievance.not-in-writing");
    expect(code(apply(c, { ...submit, actorId: S }))).toBe("conflict.actor-not-allowed");
    const formal = ok(apply(c, submit));
    expect(formal).toMatchObject({ state: "submitted", id: "g1" });
    expect(formal.history.map((e) => e.type)).toEqual(["report", "submit-formal"]);
    expect(dueOf(formal, "meetingDue", T("03-06", "10:00"))).toBe("2024-03-13");
    expect(dueOf(formal, "ackDue", T("03-06", "10:00"))).toBe("2024-03-08");
  });
});

// ---------------------------------------------------------------------------------------------

describe("messages", () => {
  const codes = Object.keys(grievanceMessagesEn) as GrievanceFindingCode[];
  const placeholder = /\{[A-Za-z0-9_]+\}/;
  it("cover the same codes in English and Chinese, and every code the workflow can raise", () => {
    expect(Object.keys(grievanceMessagesZhCN).sort()).toEqual([...codes].sort());
    const raised = new Set<string>();
    for (const e of Object.values(acasGrievanceWorkflow.events)) {
      for (const g of e.requires ?? []) raised.add(g.code);
      for (const f of e.effects ?? []) if (f.code !== undefined) raised.add(f.code);
    }
    for (const c of raised) expect(c in grievanceMessagesEn || c in conflictsMessagesEn, c).toBe(true);
    for (const c of codes) expect(raised.has(c), c).toBe(true);
  });
  it("every finding the scenarios produced renders in both languages with no placeholder left", () => {
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThan(25);
    for (const f of findings) {
      for (const [locale, catalog] of [
        ["en", grievanceMessagesEn],
        ["zh-CN", grievanceMessagesZhCN],
      ] as const) {
        const text = formatFinding(f, locale, { catalog });
        expect(text, `${f.code} ${locale}`).not.toMatch(placeholder);
        expect(text).not.toBe(f.code);
      }
    }
    for (const c of codes)
      if (c !== "grievance.mediation-not-possible")
        expect(
          findings.some((f) => f.code === c),
          c
        ).toBe(true);
  });
  it("every message renders with the params its rule always gives, and with every param", () => {
    // every rejection has event, state and actorId; these rules also always name the person (value)
    const named = new Set([
      "grievance.handler-is-subject",
      "grievance.investigator-not-impartial",
      "grievance.appeal-chair-previously-involved",
      "grievance.small-org-same-manager",
    ]);
    const base = { event: "schedule-hearing", state: "triaged", actorId: "c" };
    const full = {
      ...base,
      field: "hearingAt",
      value: "x1",
      deadline: "appealWindow",
      due: "2024-03-19",
    };
    for (const c of codes) {
      const sets = c === "grievance.mediation-not-possible" ? [{}, full] : named.has(c) ? [{ ...base, field: "chairId", value: "x1" }, full] : [base, full];
      for (const params of sets) {
        for (const [locale, catalog] of [
          ["en", grievanceMessagesEn],
          ["zh-CN", grievanceMessagesZhCN],
        ] as const) {
          const text = formatFinding({ code: c, severity: "error", params }, locale, { catalog });
          expect(text, `${c} ${locale}`).not.toMatch(placeholder);
        }
      }
    }
    expect(
      formatFinding(
        {
          code: "grievance.handler-is-subject",
          severity: "error",
          params: { value: "s" },
        },
        "zh-CN",
        { catalog: grievanceMessagesZhCN }
      )
    ).toBe("s 是这起申诉所针对的人，不能负责处理，请另选一位与申诉无关的经理。");
  });
  it("every state, event and outcome has a Chinese name", () => {
    const names: Readonly<Record<string, string>> = {
      ...NAMES_ZH,
      ...GRIEVANCE_NAMES_ZH,
    };
    for (const wf of [acasGrievanceWorkflow, defaultConflictWorkflow, commissionDisputeWorkflow]) {
      const all = [...Object.keys(wf.states), ...Object.keys(wf.events), ...(wf.states["closed"]!.outcomes ?? [])];
      for (const n of all) expect(names[n], `${wf.id}: ${n}`).toBeTruthy();
    }
    // The grievance names are merged into names.ts; none of them renames a state or event of another workflow.
    for (const n of Object.keys(GRIEVANCE_NAMES_ZH)) expect(NAMES_ZH[n]).toBe(GRIEVANCE_NAMES_ZH[n]);
  });
});

describe("who sees what of a grievance (Acas: confidential records, mediation notes private)", () => {
  const events: ConflictEvent[] = [
    { type: "report", actorId: "C", at: "2024-03-04T09:00:00Z", caseId: "g9", parties: ["C", "S"], category: "bullying", summary: "S shouts at C in meetings", formal: true, inWriting: true },
    { type: "acknowledge", actorId: "Hr", actorRoles: ["hr"], at: "2024-03-05T09:00:00Z", handlerId: "H" },
    { type: "triage", actorId: "H", at: "2024-03-05T10:00:00Z", severity: "low", route: "mediation" },
    { type: "offer-mediation", actorId: "H", at: "2024-03-05T11:00:00Z", mediatorId: "M" },
    { type: "consent-mediation", actorId: "C", at: "2024-03-06T09:00:00Z" },
    { type: "consent-mediation", actorId: "S", at: "2024-03-06T10:00:00Z" },
    { type: "record-separate-meeting", actorId: "M", at: "2024-03-07T09:00:00Z", partyId: "C", note: "C would accept a private apology" },
  ];
  const r = replayConflictCase(events, { workflow: acasGrievanceWorkflow });
  if (!r.ok) throw new Error(r.error.code);
  const view = (id: string, roles?: string[]) => redactConflictCase(r.case, roles === undefined ? { id } : { id, roles }, { workflow: acasGrievanceWorkflow });
  it("the complainant sees their own submission and the progress, not the whole file", () => {
    expect(view("C")).toMatchObject({ access: "involved", reportedBy: "C", summary: "S shouts at C in meetings" });
    expect(view("C").data).toBeUndefined();
  });
  it("the subject sees neither who complained nor the summary", () => {
    expect(view("S").access).toBe("involved");
    expect(view("S").reportedBy).toBeUndefined();
    expect(view("S").summary).toBeUndefined();
  });
  it("what is said to the mediator stays with the mediator: the handler and HR see the case without that note", () => {
    expect(view("M").history![6]!["note"]).toBe("C would accept a private apology");
    expect(view("H").access).toBe("full");
    expect(view("H").history![6]!["note"]).toBeUndefined();
    expect(view("Hr2", ["hr"]).history![6]!["note"]).toBeUndefined();
  });
});
