import { describe, expect, it } from "vitest";
import { availableEvents, commissionDisputeWorkflow, conflictSla, formatFinding, replayConflictCase, type Finding, type ConflictCase, type ConflictEvent, type ConflictResult } from "../../src/index.js";

const opts = { workflow: commissionDisputeWorkflow };
const T = (day: string, time = "10:00") => `2026-${day}T${time}:00+08:00`;
// rep1 disputes the November statement; ops reviews; hr1 and hr2 are HR.
const raise: ConflictEvent = { type: "report", actorId: "rep1", at: T("12-01", "09:00"), caseId: "d1", parties: ["rep1"], category: "commission", summary: "11月订单D-7未计提成", statementId: "S-2026-11-rep1", lineId: "commission", claimedAmount: { amount: 150000, currency: "CNY" } };
const review: ConflictEvent = { type: "start-review", actorId: "ops", at: T("12-01", "14:00"), reviewerId: "ops" };
const uphold: ConflictEvent = { type: "uphold", actorId: "ops", at: T("12-03"), reason: "D-7 签约日期在12月，归下期" }; // Thursday 3 December
const run = (events: ConflictEvent[]): ConflictResult => replayConflictCase(events, opts);
const ok = (r: ConflictResult): ConflictCase => {
  if (!r.ok) throw new Error(r.error.code);
  return r.case;
};
const code = (r: ConflictResult): string => (r.ok ? `accepted: ${r.case.state}` : r.error.code);

describe("commission disputes: raise → review → adjusted | upheld → appeal → closed", () => {
  it("an adjustment the payee accepts closes as adjusted, asking the app to adjust the statement", () => {
    const r = run([raise, review, { type: "adjust", actorId: "ops", at: T("12-03"), amount: { amount: 150000, currency: "CNY" }, reason: "补计 D-7 提成" }, { type: "accept", actorId: "rep1", at: T("12-03", "18:00") }]);
    expect(ok(r)).toMatchObject({ state: "closed", outcome: "adjusted", handlerId: "ops", data: { statementId: "S-2026-11-rep1", lineId: "commission", claimedAmount: { amount: 150000, currency: "CNY" }, adjustedAmount: { amount: 150000, currency: "CNY" } } });
    expect(r.ok && r.effects).toEqual([{ type: "adjust-statement", caseId: "d1", to: ["rep1"], params: { amount: { amount: 150000, currency: "CNY" } } }]);
  });
  it("the reviewer is not the payee, and the payee does not review", () => {
    expect(code(run([raise, { ...review, reviewerId: "rep1" }]))).toBe("conflict.handler-is-party");
    expect(code(run([raise, { ...review, actorId: "rep1" }]))).toBe("conflict.actor-not-allowed");
  });
  it("a decision needs a reason", () => {
    expect(code(run([raise, review, { ...uphold, reason: "" }]))).toBe("conflict.reason-required");
  });
  it("the payee appeals within 5 working days (by Thursday 10 December) to an independent HR decider", () => {
    const appeal: ConflictEvent = { type: "appeal", actorId: "rep1", at: T("12-10", "21:00"), reason: "合同盖章日是11月30日" };
    const decide: ConflictEvent = { type: "decide-appeal", actorId: "hr1", actorRoles: ["hr"], at: T("12-14"), deciderId: "hr2", decision: "adjust", amount: { amount: 150000, currency: "CNY" }, reason: "以盖章日为准" };
    const r = run([raise, review, uphold, appeal, decide]);
    expect(ok(r)).toMatchObject({ state: "closed", outcome: "appeal-adjusted", data: { appealDeciderId: "hr2", appealAmount: { amount: 150000, currency: "CNY" } } });
    expect(code(run([raise, review, uphold, appeal, { ...decide, deciderId: "ops" }]))).toBe("dispute.reviewer-not-independent");
    expect(code(run([raise, review, uphold, appeal, { ...decide, actorRoles: [] }]))).toBe("conflict.actor-not-allowed");
    const { amount: _, ...noAmount } = decide;
    expect(code(run([raise, review, uphold, appeal, noAmount as ConflictEvent]))).toBe("dispute.amount-required");
    expect(ok(run([raise, review, uphold, appeal, { ...noAmount, decision: "uphold" } as ConflictEvent])).outcome).toBe("appeal-upheld");
  });
  it("a late appeal is refused and the message gives the last day", () => {
    const r = run([raise, review, uphold, { type: "appeal", actorId: "rep1", at: T("12-11", "09:00"), reason: "晚了一天" }]);
    expect(code(r)).toBe("dispute.appeal-window-closed");
    expect(formatFinding((r as { error: Finding<string> }).error, "en")).toBe("The window to appeal closed on 2026-12-10: the decision stands. HR can still agree to hear a late appeal as a new dispute.");
  });
  it("a clock event after the window closes the case with the decision; before it, nothing changes", () => {
    const before = ok(run([raise, review, uphold, { type: "tick", actorId: "system", at: T("12-10", "23:00") }]));
    expect(before.state).toBe("upheld");
    const lapsed = ok(run([raise, review, uphold, { type: "tick", actorId: "system", at: T("12-11", "00:00") }]));
    expect(lapsed).toMatchObject({ state: "closed", outcome: "upheld", closedAt: T("12-11", "00:00") });
  });
  it("a review that overruns its 10 working days is escalated once by the clock", () => {
    // Review started Tuesday 1 December: due Tuesday 15 December.
    expect(conflictSla(ok(run([raise, review])), T("12-15"), opts).due).toBe("2026-12-15");
    const r = run([raise, review, { type: "tick", actorId: "system", at: T("12-16") }, { type: "tick", actorId: "system", at: T("12-17") }]);
    expect(r.ok && r.effects).toEqual([{ type: "escalate", caseId: "d1", to: ["ops", "hr"], params: { deadline: "in-review", due: "2026-12-15" } }]);
    expect(ok(r).deadlines.find((d) => d.id === "in-review")!.breachedAt).toBe(T("12-16"));
  });
  it("only the payee withdraws", () => {
    expect(code(run([raise, review, { type: "withdraw", actorId: "ops", at: T("12-02") }]))).toBe("conflict.not-reporter");
    expect(ok(run([raise, review, { type: "withdraw", actorId: "rep1", at: T("12-02") }])).outcome).toBe("withdrawn");
  });
});

describe("available events know the appeal window when told the time", () => {
  it("the payee may appeal on 10 December, not on the 11th", () => {
    const c = ok(run([raise, review, uphold]));
    expect(availableEvents(c, "rep1", { workflow: commissionDisputeWorkflow, at: T("12-10", "20:00") }).map((e) => e.type)).toEqual(["accept", "appeal", "withdraw"]);
    expect(availableEvents(c, "rep1", { workflow: commissionDisputeWorkflow, at: T("12-11") }).map((e) => e.type)).toEqual(["accept", "withdraw"]);
    expect(availableEvents(c, "rep1", opts).map((e) => e.type)).toEqual(["accept", "appeal", "withdraw"]);
  });
});
