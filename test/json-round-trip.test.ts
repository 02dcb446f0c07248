/**
 * Results are plain data and do not depend on how their inputs travelled: computing from
 * inputs that went through JSON (a database, an API) gives identical results, and every result
 * survives JSON.stringify and structuredClone unchanged.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, applyRate, periodOf } from "team-playbook/core";
import { checkSmart, draftGoalFromText, goalProgress, rollUpProgress } from "team-playbook/goals";
import { calibrate, normalizeByRater, scoreScorecard } from "team-playbook/performance";
import { summarizeSurvey } from "team-playbook/culture";
import { roleReadiness, skillGaps } from "team-playbook/development";
import { validateRaci, workloadBalance } from "team-playbook/collaboration";
import { burnoutSignals, teamWellbeing } from "team-playbook/wellbeing";
import { applyConflictEvent, availableEvents, commissionDisputeWorkflow, conflictSla, detectConflictSignals, recommendApproach, redactConflictCase, replayConflictCase } from "team-playbook/conflicts";
import { AS_OF, PARENTS, STATEMENTS } from "./fixtures/goal-statements.js";

const viaJson = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function same<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): void {
  const direct = fn(...args);
  expect(fn(...viaJson(args))).toEqual(direct);
  expect(viaJson(direct)).toEqual(direct);
  expect(structuredClone(direct)).toEqual(direct);
}

describe("JSON round trips", () => {
  it("core", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom("0.035", 0.05, "1.5"), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }), (amount, rate, weights) => {
        same(applyRate, { amount, currency: "CNY" }, rate);
        same(allocate, { amount, currency: "CNY" }, weights);
      }),
    );
    same(periodOf, "quarter", "2026-11-28", { fiscalYearStartMonth: 4 });
  });

  it("goals: the thirty statements, their drafts and progress", () => {
    const goals = [...PARENTS, ...STATEMENTS.map((s) => s.goal)];
    for (const s of STATEMENTS) {
      same(checkSmart, s.goal, { asOf: AS_OF, goals, ...(s.history === undefined ? {} : { history: s.history }) });
      same(draftGoalFromText, s.text, { asOf: AS_OF });
      same(goalProgress, s.goal, s.history ?? [], AS_OF);
    }
    same(rollUpProgress, goals, Object.fromEntries(STATEMENTS.map((s, i) => [s.goal.id, i / 40])));
  });

  it("performance", () => {
    const kpi = (id: string, weight: number) => ({ id, weight, direction: "higher-is-better" as const, threshold: { value: 0, score: 0 }, target: { value: 100, score: 100 }, stretch: { value: 120, score: 120 } });
    same(scoreScorecard, { id: "bsc", kpis: [kpi("a", 40), kpi("b", 60)], ratingScale: { bands: [{ min: 0, rating: 1 }, { min: 95, rating: 3 }] } }, { a: 130, b: 80 });
    same(calibrate, [{ id: "x", rating: 1 }, { id: "y", rating: 2 }], { shares: { "1": "0.5", "2": "0.5" } });
    same(normalizeByRater, [{ rateeId: "a", raterId: "A", score: 4 }, { rateeId: "b", raterId: "A", score: 2 }, { rateeId: "c", raterId: "B", score: 3 }]);
  });
  it("conflicts: cases, SLAs, redaction and advice", () => {
    const events = [
      { type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "k1", parties: ["a", "b"], category: "harassment", summary: "s", note: "n" },
      { type: "triage", actorId: "mgr", at: "2026-11-23T15:00:00+08:00", handlerId: "mgr", severity: "high" },
      { type: "suspend", actorId: "mgr", at: "2026-11-24T15:00:00+08:00", reason: "r" },
      { type: "resume", actorId: "mgr", at: "2026-11-26T15:00:00+08:00" },
    ];
    same(replayConflictCase, events, { calendar: { holidays: ["2026-11-25"] } });
    const r = replayConflictCase(events);
    if (!r.ok) throw new Error(r.error.code);
    same(applyConflictEvent, r.case, { type: "escalate", actorId: "mgr", at: "2026-11-27T09:00:00+08:00", to: "hr", reason: "骚扰" });
    same(conflictSla, r.case, "2026-12-07T09:00:00+08:00", { timeZone: "Asia/Shanghai" });
    same(redactConflictCase, r.case, { id: "b" });
    same(availableEvents, r.case, "mgr");
    same(replayConflictCase, [{ type: "report", actorId: "r", at: "2026-12-01T09:00:00+08:00", caseId: "d", parties: ["r"], category: "commission", summary: "s", statementId: "S", lineId: "L" }], { workflow: commissionDisputeWorkflow });
    same(recommendApproach, { issueImportance: "high", relationshipImportance: "high", timePressure: true });
    same(detectConflictSignals, { handoffs: [{ taskId: "t", fromId: "a", toId: "b", at: "2026-11-20" }, { taskId: "t", fromId: "b", toId: "a", at: "2026-11-21" }, { taskId: "t", fromId: "a", toId: "b", at: "2026-11-22" }, { taskId: "t", fromId: "b", toId: "a", at: "2026-11-23" }] }, { asOf: "2026-11-28" });
  });
  it("people: surveys, skills, RACI, workload and wellbeing", () => {
    const responses = [1, 2, 3, 4, 5, 6, 7].map((i) => ({ respondentId: `r${i}`, attributes: { team: i < 6 ? "A" : "B" }, answers: { enps: i + 3, q1: (i % 5) + 1 } }));
    same(summarizeSurvey, responses, { groupBy: "team" });
    const role = { id: "kam", requirements: { negotiation: { level: 3, weight: 3 }, crm: { level: 2, weight: 1 } } };
    same(skillGaps, { skills: { negotiation: 2 } }, role);
    same(roleReadiness, { skills: { negotiation: 2, crm: 3 } }, role);
    same(validateRaci, { tasks: [{ id: "t1", roles: { a: ["A"], b: ["C"] } }] });
    same(workloadBalance, [{ memberId: "a", load: 10, capacity: 8 }, { memberId: "b", load: 2.5 }]);
    const members = [1, 2, 3, 4, 5, 6].map((i) => ({ memberId: `m${i}`, teamId: i < 4 ? "A" : "B", load: { load: i, capacity: 4 }, weeks: [{ weekStart: "2026-11-16", hours: 40 + i * 3 }] }));
    same(burnoutSignals, members, { asOf: "2026-11-28" });
    same(teamWellbeing, members, { asOf: "2026-11-28", minGroupSize: 3 });
  });
});
