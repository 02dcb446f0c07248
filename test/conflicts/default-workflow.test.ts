import { describe, expect, it } from "vitest";
import { ValidationError, formatFinding, type Finding } from "../../src/core/index.js";
import { applyConflictEvent, availableEvents, conflictAccess, conflictSla, openConflictCase, replayConflictCase, type ConflictCase, type ConflictEvent, type ConflictResult } from "../../src/conflicts/index.js";

// The cast: a and b argue about who owns a customer; mgr is their team lead; hr1 is HR.
const T = (day: string, time = "10:00") => `2026-${day}T${time}:00+08:00`;
const report = (over: Partial<ConflictEvent> = {}): ConflictEvent => ({
  type: "report",
  actorId: "a",
  at: T("11-23", "09:00"),
  caseId: "k1",
  parties: ["a", "b"],
  category: "interpersonal",
  summary: "周会上两人因客户归属争执",
  ...over,
});
const triage = (over: Partial<ConflictEvent> = {}): ConflictEvent => ({ type: "triage", actorId: "mgr", at: T("11-23", "15:00"), handlerId: "mgr", severity: "medium", ...over });
const conversation = (over: Partial<ConflictEvent> = {}): ConflictEvent => ({ type: "start-conversation", actorId: "mgr", at: T("11-24"), ...over });
const agreement = (over: Partial<ConflictEvent> = {}): ConflictEvent => ({
  type: "record-agreement",
  actorId: "mgr",
  at: T("11-25"),
  agreedBy: ["a", "b"],
  actions: [{ ownerId: "a", description: "客户A按签约时间归属，本月移交资料", due: "2026-12-05" }],
  ...over,
});

function ok(r: ConflictResult): ConflictCase {
  if (!r.ok) throw new Error(`rejected: ${r.error.code}`);
  return r.case;
}
function code(r: ConflictResult): string {
  if (r.ok) throw new Error(`accepted, now ${r.case.state}`);
  return r.error.code;
}
const replay = (events: ConflictEvent[]) => replayConflictCase(events);
const after = (events: ConflictEvent[], next: ConflictEvent) => {
  const c = ok(replay(events));
  const before = structuredClone(c);
  const r = applyConflictEvent(c, next);
  expect(c).toEqual(before); // never changed, whatever the outcome
  return r;
};

describe("the happy path (the shared vector, in full)", () => {
  const c = ok(replay([report(), triage(), conversation(), agreement(), { type: "follow-up", actorId: "mgr", at: T("12-09"), outcome: "holding" }]));
  it("closes as resolved with the handler, severity and agreed actions kept", () => {
    expect(c).toMatchObject({ id: "k1", state: "closed", outcome: "resolved", closedAt: T("12-09"), reportedBy: "a", severity: "medium", handlerId: "mgr", confidential: false });
    expect(c.actions).toEqual([{ ownerId: "a", description: "客户A按签约时间归属，本月移交资料", due: "2026-12-05", agreedAt: T("11-25") }]);
    expect(c.history).toHaveLength(5);
  });
  it("keeps one clock per state it went through, each stopped when the case moved on", () => {
    expect(c.deadlines.map((d) => [d.id, d.workingDays, d.startedAt, d.stoppedAt])).toEqual([
      ["reported", 2, T("11-23", "09:00"), T("11-23", "15:00")],
      ["triaged", 5, T("11-23", "15:00"), T("11-24")],
      ["agreement", 10, T("11-24"), T("11-25")],
      ["agreed", 10, T("11-25"), T("12-09")],
    ]);
  });
  it("replaying its history reproduces it exactly, through JSON too", () => {
    expect(ok(replay([...c.history]))).toEqual(c);
    expect(ok(replayConflictCase(JSON.parse(JSON.stringify(c.history))))).toEqual(JSON.parse(JSON.stringify(c)));
  });
  it("a closed case accepts nothing, not even a withdrawal by the reporter", () => {
    const r = applyConflictEvent(c, { type: "withdraw", actorId: "a", at: T("12-10") });
    expect(code(r)).toBe("conflict.case-closed");
    expect(formatFinding((r as { error: Finding<string> }).error, "zh-CN")).toBe("案件已结案（已解决），不再受理任何操作；如果矛盾又出现，请重新立案。");
  });
});

describe("triage", () => {
  it("the handler may not be a party; the message names them in both languages", () => {
    const r = after([report()], triage({ handlerId: "b" }));
    expect(code(r)).toBe("conflict.handler-is-party");
    const error = (r as { error: Parameters<typeof formatFinding>[0] }).error;
    expect(formatFinding(error, "en")).toBe("b is a party to this conflict and cannot handle it: choose someone neutral.");
    expect(formatFinding(error, "zh-CN")).toBe("b 是这起冲突的当事人，不能负责处理，请换一位中立的处理人。");
  });
  it("a party cannot triage their own conflict", () => {
    expect(code(after([report()], triage({ actorId: "b" })))).toBe("conflict.actor-not-allowed");
  });
  it("can be repeated to change the severity without restarting the triage clock", () => {
    const c = ok(after([report(), triage()], triage({ at: T("11-24"), severity: "critical" })));
    expect(c.severity).toBe("critical");
    expect(c.deadlines.filter((d) => d.id === "triaged")).toHaveLength(1);
  });
});

describe("routes", () => {
  for (const category of ["harassment", "discrimination"]) {
    it(`a ${category} case cannot be talked through or mediated`, () => {
      const base = [report({ category }), triage({ severity: "high" })];
      expect(code(after(base, conversation()))).toBe("conflict.route-not-allowed");
      expect(code(after(base, { type: "start-mediation", actorId: "mgr", at: T("11-24"), mediatorId: "hr1", consentedBy: ["a", "b"] }))).toBe("conflict.route-not-allowed");
    });
  }
  it("neither can a critical one", () => {
    expect(code(after([report(), triage({ severity: "critical" })], conversation()))).toBe("conflict.route-not-allowed");
  });
  it("only the handler or HR starts a conversation", () => {
    expect(code(after([report(), triage()], conversation({ actorId: "x" })))).toBe("conflict.actor-not-allowed");
    expect(ok(after([report(), triage()], conversation({ actorId: "hr1", actorRoles: ["hr"] }))).state).toBe("in-conversation");
  });
});

describe("mediation is voluntary and impartial (Acas)", () => {
  const base = [report(), triage()];
  const mediation = (over: Partial<ConflictEvent>): ConflictEvent => ({ type: "start-mediation", actorId: "mgr", at: T("11-24"), mediatorId: "hr1", consentedBy: ["a", "b"], ...over });
  it("every party consents", () => {
    expect(code(after(base, mediation({ consentedBy: ["a"] })))).toBe("conflict.consent-required");
    const { consentedBy: _, ...none } = mediation({});
    expect(code(after(base, none as ConflictEvent))).toBe("conflict.consent-required");
    expect(ok(after(base, mediation({ consentedBy: ["b", "a", "mgr"] }))).mediatorId).toBe("hr1");
  });
  it("the mediator is neither a party nor the reporter", () => {
    expect(code(after(base, mediation({ mediatorId: "b" })))).toBe("conflict.mediator-not-impartial");
    const byManager = [report({ actorId: "mgr2" }), triage()];
    expect(code(after(byManager, mediation({ mediatorId: "mgr2" })))).toBe("conflict.mediator-not-impartial");
  });
  it("a conversation that stalls can move to mediation", () => {
    expect(ok(after([...base, conversation()], mediation({ at: T("11-25") }))).state).toBe("in-mediation");
  });
});

describe("agreements and follow-up", () => {
  const base = [report(), triage(), conversation()];
  it("needs every party and at least one action", () => {
    expect(code(after(base, agreement({ agreedBy: ["a"] })))).toBe("conflict.agreement-incomplete");
    expect(code(after(base, agreement({ actions: [] })))).toBe("conflict.agreement-incomplete");
    const { actions: _, ...noActions } = agreement();
    expect(code(after(base, noActions as ConflictEvent))).toBe("conflict.agreement-incomplete");
  });
  it("a relapse goes back to triage and starts a new first-step clock", () => {
    const c = ok(after([...base, agreement()], { type: "follow-up", actorId: "mgr", at: T("12-09"), outcome: "relapsed" }));
    expect(c.state).toBe("triaged");
    expect(c.outcome).toBeUndefined();
    const running = c.deadlines.filter((d) => d.stoppedAt === undefined);
    expect(running).toEqual([{ id: "triaged", state: "triaged", startedAt: T("12-09"), workingDays: 5, holds: [] }]);
  });
  it("only agreed cases are followed up", () => {
    expect(code(after(base, { type: "follow-up", actorId: "mgr", at: T("12-09"), outcome: "holding" }))).toBe("conflict.transition-not-allowed");
  });
});

describe("closing", () => {
  it("escalation needs a reason and closes as escalated, from any open state", () => {
    expect(code(after([report()], { type: "escalate", actorId: "a", at: T("11-23", "10:00"), to: "hr", reason: " " }))).toBe("conflict.reason-required");
    const c = ok(after([report()], { type: "escalate", actorId: "a", at: T("11-23", "10:00"), to: "hr", reason: "直属经理是当事人" }));
    expect(c).toMatchObject({ state: "closed", outcome: "escalated", data: { escalatedTo: "hr" } });
  });
  it("a party who did not report cannot escalate the team case (they can raise their own)", () => {
    expect(code(after([report()], { type: "escalate", actorId: "b", at: T("11-23", "10:00"), to: "hr", reason: "不同意" }))).toBe("conflict.actor-not-allowed");
  });
  it("closing without action is for low severity only, with a reason", () => {
    const noAction = { type: "close-no-action", actorId: "mgr", at: T("11-24"), reason: "双方已自行和解" };
    expect(code(after([report(), triage()], noAction))).toBe("conflict.route-not-allowed");
    expect(code(after([report(), triage({ severity: "low" })], { ...noAction, reason: "" }))).toBe("conflict.reason-required");
    expect(ok(after([report(), triage({ severity: "low" })], noAction)).outcome).toBe("no-action");
    expect(code(after([report()], noAction))).toBe("conflict.transition-not-allowed");
  });
  it("only the reporter withdraws", () => {
    expect(code(after([report(), triage()], { type: "withdraw", actorId: "b", at: T("11-24") }))).toBe("conflict.not-reporter");
    expect(ok(after([report(), triage()], { type: "withdraw", actorId: "a", at: T("11-24") })).outcome).toBe("withdrawn");
  });
});

describe("hold", () => {
  const held = [report(), triage(), { type: "suspend", actorId: "mgr", at: T("11-25"), reason: "a 休年假到11月30日" }];
  it("suspending needs a reason and remembers where the case was", () => {
    expect(code(after([report(), triage()], { ...held[2]!, reason: "" }))).toBe("conflict.reason-required");
    expect(ok(replay(held))).toMatchObject({ state: "on-hold", heldFrom: "triaged" });
  });
  it("resuming returns to that state and closes the hold on the running clock", () => {
    const c = ok(after(held, { type: "resume", actorId: "mgr", at: T("11-30") }));
    expect(c.state).toBe("triaged");
    expect(c.heldFrom).toBeUndefined();
    expect(c.deadlines.at(-1)!.holds).toEqual([{ from: T("11-25"), to: T("11-30") }]);
  });
  it("nothing but resume, escalate or withdraw happens on hold", () => {
    expect(code(after(held, conversation({ at: T("11-26") })))).toBe("conflict.transition-not-allowed");
    expect(ok(after(held, { type: "withdraw", actorId: "a", at: T("11-26") })).outcome).toBe("withdrawn");
  });
});

describe("order and unknown events", () => {
  it("an event earlier than the last one is rejected", () => {
    const r = after([report(), triage()], conversation({ at: T("11-23", "14:59") }));
    expect(code(r)).toBe("conflict.time-went-backwards");
  });
  it("the same moment written in another offset is not earlier", () => {
    expect(ok(after([report(), triage()], conversation({ at: "2026-11-23T07:00:00Z" }))).state).toBe("in-conversation");
  });
  it("an unknown event type is not allowed (not malformed)", () => {
    expect(code(after([report()], { type: "shout", actorId: "a", at: T("11-24") }))).toBe("conflict.transition-not-allowed");
  });
  it("a case starts with a report, and only once", () => {
    const r = replay([triage()]);
    expect(code(r)).toBe("conflict.transition-not-allowed");
    expect(formatFinding((r as { error: Finding<string> }).error, "en")).toBe("A case starts with a report; “triage” cannot come first.");
    expect(code(after([report()], report({ at: T("11-24") })))).toBe("conflict.transition-not-allowed");
  });
  it("a rejection in a replay names the event's index", () => {
    const r = replay([report(), triage({ handlerId: "a" })]);
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: "conflict.handler-is-party", path: ["events", 1] }) });
  });
});

describe("malformed input is a ValidationError naming every bad path, nothing replayed", () => {
  const paths = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).issues.map((i) => [i.path.join("."), i.code]);
    }
    throw new Error("no error");
  };
  it("a report without parties and a bad instant later on", () => {
    const { parties: _, ...noParties } = report();
    expect(paths(() => replay([noParties as ConflictEvent, triage(), conversation({ at: "2026-11-24 10:00" })]))).toEqual([
      ["events.0.parties", "validation.required"],
      ["events.2.at", "validation.instant"],
    ]);
  });
  it("a severity that is not a severity, a field the event does not declare, a category outside the workflow", () => {
    expect(paths(() => replay([report({ category: "gossip" }), triage({ severity: "huge", handlerID: "mgr" })]))).toEqual([
      ["events.0.category", "validation.enum"],
      ["events.1.severity", "validation.enum"],
      ["events.1", "validation.unknown-key"],
    ]);
  });
  it("agreed actions need an owner, a description and a real due date", () => {
    const bad = agreement({ actions: [{ ownerId: "", description: "移交", due: "2026-02-30" }] });
    expect(paths(() => applyConflictEvent(ok(replay([report(), triage(), conversation()])), bad))).toEqual([
      ["event.actions.0.ownerId", "validation.empty"],
      ["event.actions.0.due", "validation.calendar-date"],
    ]);
  });
  it("messages come in either language, and other bad arguments are errors too", () => {
    let error: ValidationError | undefined;
    try {
      replay([]);
    } catch (e) {
      error = e as ValidationError;
    }
    expect(error!.issues).toEqual([expect.objectContaining({ path: ["events"], code: "validation.empty", message: "Must not be empty." })]);
    expect(error!.inLocale("zh-CN").issues[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(() => replayConflictCase("report" as never)).toThrow(ValidationError);
    expect(() => applyConflictEvent({} as ConflictCase, conversation())).toThrow(ValidationError);
    expect(() => openConflictCase(report() as never, { timeZone: "Mars/Olympus" })).toThrow(ValidationError);
  });
  it("a case from another workflow is refused", () => {
    const c = ok(replay([report()]));
    expect(paths(() => applyConflictEvent({ ...c, workflow: { id: "other", version: 1 } }, triage()))).toEqual([["case.workflow.id", "validation.enum"]]);
  });
});

describe("available events (for a UI)", () => {
  it("lists what each person may do now, with the fields each needs", () => {
    const c = ok(replay([report(), triage()]));
    expect(availableEvents(c, "a").map((e) => e.type)).toEqual(["escalate", "withdraw"]);
    expect(availableEvents(c, "b").map((e) => e.type)).toEqual([]);
    expect(availableEvents(c, "mgr")).toEqual([
      { type: "triage", targets: ["triaged"], fields: ["handlerId", "severity"], optionalFields: [] },
      { type: "start-conversation", targets: ["in-conversation"], fields: [], optionalFields: [] },
      { type: "start-mediation", targets: ["in-mediation"], fields: ["mediatorId"], optionalFields: ["consentedBy"] },
      { type: "escalate", targets: ["closed"], fields: ["to"], optionalFields: ["reason"] },
      { type: "suspend", targets: ["on-hold"], fields: [], optionalFields: ["reason"] },
      { type: "add-witnesses", targets: ["triaged"], fields: ["witnessIds"], optionalFields: [] },
    ]);
  });
  it("hides informal routes for a harassment case and shows both follow-up outcomes", () => {
    const h = ok(replay([report({ category: "harassment" }), triage({ severity: "high" })]));
    expect(availableEvents(h, "mgr").map((e) => e.type)).toEqual(["triage", "escalate", "suspend", "add-witnesses"]);
    const agreed = ok(replay([report(), triage(), conversation(), agreement()]));
    expect(availableEvents(agreed, "mgr").find((e) => e.type === "follow-up")!.targets).toEqual(["closed", "triaged"]);
  });
  it("offers nothing on a closed case", () => {
    const closed = ok(replay([report(), { type: "withdraw", actorId: "a", at: T("11-24") }]));
    expect(availableEvents(closed, "a")).toEqual([]);
  });
});

describe("effects and the clock event", () => {
  it("an escalation asks the app to hand the case to HR with the destination and reason", () => {
    const r = after([report(), triage()], { type: "escalate", actorId: "mgr", at: T("11-24"), to: "formal-grievance", reason: "双方拒绝调解" });
    expect(r.ok && r.effects).toEqual([{ type: "hand-over", caseId: "k1", to: ["hr"], params: { to: "formal-grievance", reason: "双方拒绝调解" } }]);
  });
  it("a tick records a breached SLA once and asks for an escalation once", () => {
    // Reported Monday 23 November: triage due Wednesday 25. Ticks on Thursday and Friday.
    const r = replay([report(), { type: "tick", actorId: "scheduler", at: T("11-25", "23:00") }, { type: "tick", actorId: "scheduler", at: T("11-26", "08:00") }, { type: "tick", actorId: "scheduler", at: T("11-27", "08:00") }]);
    expect(r.ok && r.effects).toEqual([{ type: "escalate", caseId: "k1", to: ["hr"], params: { deadline: "reported", due: "2026-11-25" } }]);
    expect(ok(r).deadlines[0]!.breachedAt).toBe(T("11-26", "08:00"));
    expect(ok(r).state).toBe("reported");
  });
});

describe("who may act (review findings)", () => {
  it("once triaged, only the handler or HR changes the triage", () => {
    expect(code(after([report(), triage()], triage({ actorId: "x", at: T("11-24"), handlerId: "x" })))).toBe("conflict.actor-not-allowed");
    expect(ok(after([report(), triage()], triage({ actorId: "hr1", actorRoles: ["hr"], at: T("11-24"), handlerId: "hr2" }))).handlerId).toBe("hr2");
  });
  it("an HR member who is a party cannot close or suspend their own case", () => {
    const low = [report(), triage({ severity: "low" })];
    expect(code(after(low, { type: "close-no-action", actorId: "b", actorRoles: ["hr"], at: T("11-24"), reason: "没事了" }))).toBe("conflict.actor-not-allowed");
    expect(code(after(low, { type: "suspend", actorId: "b", actorRoles: ["hr"], at: T("11-24"), reason: "休假" }))).toBe("conflict.actor-not-allowed");
  });
  it("HR not involved can restrict a case; HR involved cannot", () => {
    const c = ok(after([report(), triage()], { type: "restrict", actorId: "hr2", actorRoles: ["hr"], at: T("11-24") }));
    expect(c).toMatchObject({ restricted: true, state: "triaged" });
    expect(code(after([report(), triage()], { type: "restrict", actorId: "a", actorRoles: ["hr"], at: T("11-24") }))).toBe("conflict.actor-not-allowed");
  });
  it("a clock event that finds nothing changes nothing, not even the history", () => {
    const c = ok(replay([report()]));
    const r = applyConflictEvent(c, { type: "tick", actorId: "scheduler", at: T("11-24") });
    expect(r).toEqual({ ok: true, case: c, effects: [], warnings: [] });
  });
  it("a case opened under another version of the workflow is refused: replay its history to migrate it", () => {
    const c = ok(replay([report()]));
    expect(() => applyConflictEvent({ ...c, workflow: { id: "team-conflict", version: 0 } }, triage())).toThrow(ValidationError);
  });
  it("every bad field of an event is named, even when its instant is bad too", () => {
    try {
      replay([report(), triage({ at: "yesterday", severity: "huge" })]);
      throw new Error("no error");
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => i.path.join("."))).toEqual(["events.1.at", "events.1.severity"]);
    }
  });
});

describe("case roles come from the case", () => {
  it("claiming to be the handler or the reporter in actorRoles changes nothing", () => {
    expect(code(after([report(), triage()], conversation({ actorId: "x", actorRoles: ["handler"] })))).toBe("conflict.actor-not-allowed");
    expect(code(after([report(), triage()], { type: "withdraw", actorId: "x", actorRoles: ["reporter"], at: T("11-24") }))).toBe("conflict.not-reporter");
  });
});

describe("review findings, second round", () => {
  it("a conversation that moves to mediation keeps its agreement clock: due 8 December, breached on the 9th", () => {
    // First step Tuesday 24 November; 10 working days later is Tuesday 8 December.
    const c = ok(replay([report(), triage(), conversation(), { type: "start-mediation", actorId: "mgr", at: T("12-07"), mediatorId: "hr1", consentedBy: ["a", "b"] }]));
    expect(conflictSla(c, T("12-09"))).toMatchObject({ deadline: "agreement", due: "2026-12-08", breached: true, overdueWorkingDays: 1 });
  });
  it("a hold that starts after the due day moves nothing", () => {
    // Triage due Wednesday 25; suspended Friday 27, already two working days late; resumed Wednesday 2 December.
    const c = ok(replay([report(), { type: "suspend", actorId: "hr1", actorRoles: ["hr"], at: T("11-27"), reason: "等待调查" }, { type: "resume", actorId: "hr1", actorRoles: ["hr"], at: T("12-02") }]));
    expect(conflictSla(c, T("12-02", "12:00")).deadlines[0]).toMatchObject({ due: "2026-11-25", breached: true, pausedWorkingDays: 0 });
  });
  it("a hold that starts on the due day, before it ends, pauses the clock", () => {
    const c = ok(replay([report(), { type: "suspend", actorId: "hr1", actorRoles: ["hr"], at: T("11-25", "17:00"), reason: "等待调查" }, { type: "resume", actorId: "hr1", actorRoles: ["hr"], at: T("11-27") }]));
    // Paused Thursday 26 and Friday 27 (the working days after the 25th up to the 27th): due moves two working days, to Friday 27.
    expect(conflictSla(c, T("11-27", "12:00")).deadlines[0]).toMatchObject({ due: "2026-11-27", breached: false, pausedWorkingDays: 2 });
  });
  it("no consent at all reads as such, not as an empty list", () => {
    const r = after([report(), triage()], { type: "start-mediation", actorId: "mgr", at: T("11-24"), mediatorId: "hr1", consentedBy: [] });
    expect(formatFinding((r as { error: Finding<string> }).error, "en")).toBe("Mediation is voluntary: every party must consent before it starts (no one has consented yet).");
  });
  it("the case does not share objects with the events it was given", () => {
    const e = conversation();
    const c = ok(after([report(), triage()], e));
    (e as { at: string }).at = "2020-01-01T00:00:00Z";
    expect(c.history[2]!.at).toBe(T("11-24"));
  });
  it("events must be plain objects: inherited fields would be read but not kept", () => {
    const inherited = Object.assign(Object.create({ reason: "r", to: "hr" }) as object, { type: "escalate", actorId: "mgr", at: T("11-24") });
    expect(() => after([report(), triage()], inherited as ConflictEvent)).toThrow(ValidationError);
  });
  it("opts.workflow: null is an error, not the default", () => {
    expect(() => replayConflictCase([report()], { workflow: null as never })).toThrow(ValidationError);
  });
  it("HR who is a witness loses access once the case is restricted; the parties keep theirs", () => {
    const c = ok(replay([report({ category: "harassment" }), triage({ severity: "high" }), { type: "add-witnesses", actorId: "mgr", at: T("11-24"), witnessIds: ["hr3"] }, { type: "restrict", actorId: "hr2", actorRoles: ["hr"], at: T("11-24", "11:00") }]));
    expect(conflictAccess(c, { id: "hr3", roles: ["hr"] })).toBe("none");
    expect(conflictAccess(c, { id: "b" })).toBe("involved");
    expect(conflictAccess(c, { id: "hr2", roles: ["hr"] })).toBe("full");
  });
});
