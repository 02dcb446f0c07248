/**
 * Near-valid inputs: a valid call with one value somewhere inside replaced by anything (a
 * wrong type, a sparse array, a null-prototype object, a huge number...). Every public function
 * must then return a result or throw a ValidationError, never anything else, and never change
 * its arguments. Complements test/robustness.test.ts, whose inputs are mostly garbage at the top.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "team-playbook/core";
import { appendFeedback, checkFeedbackQuality, feedbackBalance, feedbackCoverage, retractFeedback, visibleFeedback } from "team-playbook/feedback";
import { calculatePayout, calculatePayoutSchedule, calculatePayouts, checkPlan, disputeStatementLine, renderStatement } from "team-playbook/incentives";
import { carryForwardActionItems, meetingCadence, meetingLoad, openActionItems } from "team-playbook/meetings";
import { eNps, favourability, participation, summarizeSurvey, valueRecognition } from "team-playbook/culture";
import { developmentPlanProgress, recommendTrainings, roleReadiness, skillBusFactor, skillGaps } from "team-playbook/development";
import { validateRaci, workloadBalance } from "team-playbook/collaboration";
import { burnoutSignals, challengeBalance, teamWellbeing } from "team-playbook/wellbeing";
import { applyConflictEvent, availableEvents, commissionDisputeWorkflow, conflictSla, openConflictCase, redactConflictCase, replayConflictCase } from "team-playbook/conflicts";
import { awardBadges, leaderboard, recognitionCoverage } from "team-playbook/recognition";
import { allocate, applyRate, formatExplanation, periodOf } from "team-playbook/core";
import { checkSmart, goalProgress, rollUpProgress } from "team-playbook/goals";
import { scoreScorecard, scoreScorecards } from "team-playbook/performance";

const plan = {
  id: "p",
  currency: "CNY",
  quota: { amount: 1000000, prorate: "calendar-days" },
  components: [
    { kind: "commission", id: "t", tiers: { mode: "marginal", basis: "attainment", bands: [{ from: 0, rate: "0.05" }, { from: 1, rate: "0.08" }] }, gate: { minAttainment: "0.2" }, cap: { perCredit: 50000 } },
    { kind: "bonus", id: "b", targetIncentive: 100000, measures: [{ key: "attainment", weight: "0.5", curve: { target: { value: 1, score: 1 } } }, { key: "csat", weight: "0.5", curve: { threshold: { value: 4, score: 0.5 }, target: { value: 4.5, score: 1 } } }] },
    { kind: "spif", id: "s", amount: 1000, filter: { any: [{ attribute: "new", equals: true }, { attribute: "qty", gte: 10 }] } },
  ],
  draw: { amount: 20000, type: "recoverable" },
  clawback: { windowDays: 90, mode: "unserved-term", termMonths: 12 },
  cap: { perPeriod: 500000, payExcessLater: true },
};
const credits = [
  { id: "d1", amount: 600000, date: "2026-11-10", payees: [{ id: "a", share: "0.6" }, { id: "b", share: "0.4" }, { id: "a", share: "0.1", kind: "overlay" }], attributes: { new: true } },
  { id: "d0", amount: 300000, date: "2026-09-10", payees: [{ id: "a", share: 1 }], status: "cancelled", cancelledOn: "2026-10-20" },
];
const period = { start: "2026-10-01", end: "2026-12-31" };
const input = { payeeId: "a", period, credits, measures: { csat: 4.2 }, employment: { start: "2026-10-15" }, carry: { drawBalance: 100, capExcess: 5 }, paidCredits: [{ creditId: "d0", amount: 9000 }] };
const log = {
  entries: [
    { id: "f1", from: "mgr", to: "a", at: "2026-11-20T10:00:00+08:00", kind: "constructive", visibility: "private-manager", situation: "s", behavior: "b", impact: "i", request: "r", occurredOn: "2026-11-19", valueTags: ["x"] },
    { id: "f2", from: "b", to: "a", at: "2026-11-21T10:00:00-08:00", kind: "praise", visibility: "public" },
  ],
  retractions: [{ id: "r1", entryId: "f2", by: "b", at: "2026-11-22T10:00:00Z", reason: "oops" }],
};
const meetings = [{ id: "m1", kind: "one-on-one", date: "2026-11-02", managerId: "mgr", attendeeIds: ["mgr", "a"], actionItems: [{ id: "A", ownerId: "a", description: "d", due: "2026-11-09", done: false }], durationMinutes: 45 }];

const conflictEvents = [
  { type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "k1", parties: ["a", "b"], category: "harassment", summary: "s", confidential: true, note: "n" },
  { type: "triage", actorId: "mgr", at: "2026-11-23T15:00:00+08:00", handlerId: "mgr", severity: "medium" },
  { type: "suspend", actorId: "mgr", at: "2026-11-24T15:00:00+08:00", reason: "r" },
  { type: "resume", actorId: "hr1", actorRoles: ["hr"], at: "2026-11-26T15:00:00+08:00" },
  { type: "escalate", actorId: "mgr", at: "2026-11-27T09:00:00Z", to: "hr", reason: "r" },
];
const conflictCase = (replayConflictCase(conflictEvents as never) as { case: unknown }).case;
const openCase = (replayConflictCase(conflictEvents.slice(0, 4) as never) as { case: unknown }).case;
const mediation = { type: "start-mediation", actorId: "mgr", at: "2026-11-27T10:00:00+08:00", mediatorId: "m", consentedBy: ["a", "b"] };
const calendar = { holidays: ["2026-11-25"], extraWorkingDays: ["2026-11-28"], weekendDays: [0, 6] };

/** Every path to a value inside `value`, objects and arrays included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function replaced(root: unknown, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = replaced((root as Record<string | number, unknown>)[path[0]!], path.slice(1), by);
  return copy;
}

const strange = fc.oneof(
  fc.anything({ maxDepth: 2, withNullPrototype: true, withSparseArray: true, withBigInt: true }),
  fc.constantFrom(-1, 0, 1.5, Number.MAX_SAFE_INTEGER, 1e300, Number.NaN, "", "__proto__", "2026-02-30", [], {}, null, undefined),
);

const goal = { id: "g", title: "Q1 新签 20 家", ownerId: "am", metric: { unit: "count", direction: "increase", baseline: 0, target: 20 }, start: "2027-01-01", due: "2027-03-31", alignedTo: ["strategy:new-logos"] };
const kpi = (id: string, weight: number) => ({ id, weight, direction: "higher-is-better", threshold: { value: 0, score: 0 }, target: { value: 100, score: 100 }, stretch: { value: 120, score: 120 } });
const card = { id: "bsc", kpis: [kpi("financial", 40), kpi("customer", 30)], ratingScale: { bands: [{ min: 0, rating: 1 }, { min: 70, rating: 2 }, { min: 95, rating: 3 }] } };

const cases: [string, unknown[], (...args: never[]) => unknown][] = [
  ["applyRate", [{ amount: 123456, currency: "CNY" }, "0.035", "half-up"], applyRate as never],
  ["allocate", [{ amount: 100, currency: "CNY" }, ["0.5", 0.3, 2]], allocate as never],
  ["periodOf", ["quarter", "2026-11-28", { fiscalYearStartMonth: 4, weekStartsOn: 1 }], periodOf as never],
  ["formatExplanation", [calculatePayout(plan as never, input as never).lines[0]!.explanation, "zh-CN"], formatExplanation as never],
  ["checkSmart", [goal, { asOf: "2026-12-15", history: [{ date: "2026-06-30", value: 10 }], goals: [goal] }], checkSmart as never],
  ["goalProgress", [goal, [{ date: "2027-02-01", value: 8 }], "2027-02-15"], goalProgress as never],
  ["rollUpProgress", [[goal, { ...goal, id: "c", parentId: "g", weight: 2 }], { c: 0.5 }], rollUpProgress as never],
  ["scoreScorecard", [card, { financial: 130, customer: 80 }], scoreScorecard as never],
  ["scoreScorecards", [card, [{ financial: 130, customer: 80 }, { financial: 10 }]], scoreScorecards as never],
  ["calculatePayout", [plan, input], calculatePayout as never],
  ["calculatePayouts", [plan, { period, credits, payees: [{ payeeId: "a", measures: { csat: 4 } }, { payeeId: "b", measures: { csat: 5 } }] }], calculatePayouts as never],
  ["calculatePayoutSchedule", [plan, { payeeId: "a", periods: [{ start: "2026-10-01", end: "2026-10-31" }, { start: "2026-11-01", end: "2026-12-31" }], credits, measures: [{ csat: 4 }, { csat: 4.5 }] }], calculatePayoutSchedule as never],
  ["checkPlan", [plan], checkPlan as never],
  ["renderStatement", [calculatePayout(plan as never, input as never), { format: "text", locale: "zh-CN" }], renderStatement as never],
  ["disputeStatementLine", [calculatePayout(plan as never, input as never), { line: 0, raisedBy: "a", raisedOn: "2027-01-05", reason: "r", expectedAmount: 1 }], disputeStatementLine as never],
  ["appendFeedback", [log, { id: "f3", from: "a", to: "b", at: "2026-11-23T10:00:00+08:00", kind: "praise", visibility: "public" }], appendFeedback as never],
  ["retractFeedback", [log, { id: "r2", entryId: "f1", by: "mgr", at: "2026-11-23T10:00:00+08:00", reason: "r" }], retractFeedback as never],
  ["visibleFeedback", [log, { id: "mgr" }, [{ id: "a", managerId: "mgr" }]], visibleFeedback as never],
  ["checkFeedbackQuality", [log.entries[0], { staleAfterDays: 10, extraJudgementWords: ["躺平"] }], checkFeedbackQuality as never],
  ["feedbackCoverage", [log, ["a", "b"], { asOf: "2026-11-28", withinDays: 30, kind: "praise" }], feedbackCoverage as never],
  ["feedbackBalance", [log, { period, memberId: "a" }], feedbackBalance as never],
  ["meetingCadence", [meetings, ["a", "b"], { oneOnOne: "monthly", team: "weekly", startDates: { b: "2026-11-01" } }, "2026-11-28"], meetingCadence as never],
  ["openActionItems", [meetings, "2026-11-28"], openActionItems as never],
  ["carryForwardActionItems", [meetings[0], { id: "m2", kind: "one-on-one", date: "2026-11-09", attendeeIds: ["mgr", "a"] }], carryForwardActionItems as never],
  ["meetingLoad", [meetings, { period, memberIds: ["a"] }], meetingLoad as never],
  ["leaderboard", [[{ memberId: "a", value: 3 }, { memberId: "b", value: 3 }], { ranking: "dense", optedOut: ["c"], limit: 1 }], leaderboard as never],
  ["awardBadges", [[{ id: "first", name: { en: "First", "zh-CN": "首单" }, criteria: { kind: "count", fact: "won-deal", atLeast: 1 } }], { deals: [{ memberId: "a", id: "d", wonOn: "2026-11-03" }] }, "2026-11-28", []], awardBadges as never],
  ["replayConflictCase", [conflictEvents, { calendar, timeZone: "Asia/Shanghai" }], replayConflictCase as never],
  ["openConflictCase", [{ type: "report", actorId: "r", at: "2026-12-01T09:00:00+08:00", caseId: "d", parties: ["r"], category: "commission", summary: "s", statementId: "S", lineId: "L", claimedAmount: { amount: 5, currency: "CNY" } }, { workflow: commissionDisputeWorkflow }], openConflictCase as never],
  ["applyConflictEvent", [openCase, mediation, { calendar }], applyConflictEvent as never],
  ["conflictSla", [openCase, "2026-12-01T09:00:00+08:00", { calendar, timeZone: "Asia/Shanghai" }], conflictSla as never],
  ["redactConflictCase", [conflictCase, { id: "b", roles: ["sales"] }], redactConflictCase as never],
  ["availableEvents", [openCase, "mgr", { actorRoles: ["hr"] }], availableEvents as never],
  ["eNps", [[10, 9, 0, 7], { bands: "cultureiq" }], eNps as never],
  ["favourability", [[1, 5, 3]], favourability as never],
  ["participation", [{ invited: 10, responded: 6 }, { minGroupSize: 3, lowBelow: 0.6, idealFrom: 0.75 }], participation as never],
  ["summarizeSurvey", [[1, 2, 3, 4, 5, 6].map((i) => ({ respondentId: `r${i}`, attributes: { team: i < 3 ? "A" : "B" }, answers: { enps: i, q1: (i % 5) + 1 }, comment: "c" })), { groupBy: "team", minGroupSize: 2, enpsQuestions: ["enps"] }], summarizeSurvey as never],
  ["valueRecognition", [[{ id: "v", name: { en: "V", "zh-CN": "价值" } }], { kudos: [{ id: "k", from: "a", to: ["b"], date: "2026-11-10", message: "m", values: ["v"] }], feedback: log }, { start: "2026-11-01", end: "2026-11-30" }], valueRecognition as never],
  ["skillGaps", [{ skills: { a: 1, b: 4 } }, { id: "r", requirements: { a: { level: 3, weight: 2 }, c: { level: 1 } } }], skillGaps as never],
  ["roleReadiness", [{ skills: { a: 1, b: 4 } }, { id: "r", requirements: { a: { level: 3, weight: 0.5 }, c: { level: 1 } } }, { maxGapFindings: 1 }], roleReadiness as never],
  ["recommendTrainings", [[{ skill: "a", required: 3, current: 1, gap: 2, weight: 1, weightedGap: 2 }], [{ id: "t", title: "T", skills: [{ skill: "a", raisesTo: 3 }], format: "formal", hours: 8 }]], recommendTrainings as never],
  ["skillBusFactor", [[{ id: "m1", skills: { a: 3 } }, { id: "m2", skills: { a: 1 } }], { requirements: { a: { level: 2 } } }], skillBusFactor as never],
  ["developmentPlanProgress", [{ id: "p", memberId: "m", goals: [{ id: "g", title: "G", skill: "a" }], activities: [{ id: "x", goalId: "g", title: "X", format: "social", due: "2026-11-01" }] }, "2026-11-28"], developmentPlanProgress as never],
  ["validateRaci", [{ tasks: [{ id: "t1", roles: { a: ["A", "R"], b: ["C"], c: ["I"] } }, { id: "t2", roles: { a: ["R"] } }] }, { strict: true, maxConsulted: 2 }], validateRaci as never],
  ["workloadBalance", [[{ memberId: "a", load: 10, capacity: 8 }, { memberId: "b", load: 2.5 }]], workloadBalance as never],
  ["burnoutSignals", [[{ memberId: "a", teamId: "t", weeks: [{ weekStart: "2026-11-16", hours: 55, afterHoursHours: 12 }], load: { load: 5, capacity: 4 } }], { asOf: "2026-11-28" }], burnoutSignals as never],
  ["teamWellbeing", [[1, 2, 3, 4, 5, 6].map((i) => ({ memberId: `m${i}`, teamId: i < 4 ? "A" : "B", load: { load: i, capacity: 4 } })), { asOf: "2026-11-28", minGroupSize: 3 }], teamWellbeing as never],
  ["challengeBalance", [[{ memberId: "a", goalId: "g", period: { start: "2026-10-01", end: "2026-10-31" }, met: true }], { asOf: "2026-11-28", periods: 2 }], challengeBalance as never],
  ["recognitionCoverage", [["a", "b"], { kudos: [] }, { asOf: "2026-11-28", withinDays: 30 }], recognitionCoverage as never],
];

describe("near-valid inputs give a result or a ValidationError, and change nothing", () => {
  it.each(cases)("%s", (_name, args, fn) => {
    expect(() => fn(...(args as never[]))).not.toThrow(); // the unmodified call is valid
    const all = paths(args).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), strange, (which, by) => {
        const mutated = replaced(args, all[which]!, by) as unknown[];
        const before = fc.stringify(mutated);
        try {
          fn(...(mutated as never[]));
        } catch (e) {
          if (!(e instanceof ValidationError)) throw new Error(`${_name} at ${all[which]!.join(".")} = ${fc.stringify(by)} threw ${e instanceof Error ? e.stack : String(e)}`);
        }
        expect(fc.stringify(mutated)).toBe(before);
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 200), seed: Number(process.env["FUZZ_SEED"] ?? 20261128) },
    );
  });
});
