/**
 * Defects found in a review of the first versions of core, goals, expectations and
 * performance, each pinned by the input that showed it.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_SMART_POLICY, checkCascade, checkSmart, draftGoalFromText, goalProgress } from "team-playbook/goals";
import { calendarDateOf, formatCalendarDate, formatExplanation, messagesZhCN, periodOf, shiftPeriod } from "team-playbook/core";
import { KpiSchema, RatingFormSchema, calibrate, checkRaters, combineReview, normalizeByRater, scoreKpi, scoreScorecard, suggestImprovements } from "team-playbook/performance";
import { charterAcknowledgements } from "team-playbook/expectations";
import { issuesOf } from "./support/issues.js";

const asOf = "2026-11-28";

describe("drafts", () => {
  it("a number with more digits than can be read exactly is skipped, not a TypeError", () => {
    expect(draftGoalFromText("达到 123456789012345678901234 家", { asOf }).metric?.target).toBeUndefined();
  });
  it("the Chinese comma separates clauses, not thousands", () => {
    expect(draftGoalFromText("本月新签20，300万回款", { asOf }).metric?.target).not.toBe(203_000_000);
  });
  it("下周五前 is next week's Friday", () => {
    expect(draftGoalFromText("下周五前完成报价", { asOf: "2026-11-24" }).due).toBe("2026-12-04");
    expect(draftGoalFromText("本周五前完成报价", { asOf: "2026-11-24" }).due).toBe("2026-11-27");
  });
  it("控制在…以内 is a ceiling to stay under", () => {
    expect(draftGoalFromText("逾期应收控制在50万元以内", { asOf }).metric).toEqual({ unit: "CNY", direction: "maintain-at-most", target: 500000 });
  });
  it("a year outside 0001–9999 gives no period", () => {
    expect(draftGoalFromText("0000年新签20家", { asOf }).start).toBeUndefined();
  });
  it("text over 2,000 characters is a length error", () => {
    expect(issuesOf(() => draftGoalFromText("字".repeat(2001), { asOf }))).toEqual(["text:validation.length"]);
    expect(issuesOf(() => draftGoalFromText("x", "2026-11-28" as never))).toEqual(["opts:validation.type"]);
  });
});

describe("dates stay within 0001–9999", () => {
  it("periods and zoned dates at the edges are errors, and early years format correctly", () => {
    expect(issuesOf(() => periodOf("week", "0001-01-01", { weekStartsOn: 0 }))).toEqual(["date:validation.date-range"]);
    expect(issuesOf(() => periodOf("year", "9999-06-01", { fiscalYearStartMonth: 4 }))).toEqual(["date:validation.date-range"]);
    expect(issuesOf(() => shiftPeriod("year", { start: "9998-06-01", end: "9998-06-01" }, 1, { fiscalYearStartMonth: 4 }))).toEqual(["step:validation.date-range"]);
    expect(issuesOf(() => calendarDateOf("9999-12-31T23:00:00Z", "Pacific/Kiritimati"))).toEqual(["instant:validation.date-range"]);
    expect(formatCalendarDate("0050-03-01")).toBe("1 Mar 0050");
    expect(formatCalendarDate("0001-01-01", "en", "long")).toBe("Monday, 1 January 0001");
  });
});

describe("goals", () => {
  const q4 = { start: "2026-10-01", due: "2026-12-31" };
  it("a threshold goal with no data is unknown, not off track or missed", () => {
    const goal = { id: "g", title: "回款率≥95%", metric: { unit: "percent", direction: "maintain-at-least" as const, target: 95 }, ...q4 };
    expect(goalProgress(goal, [], asOf).status).toBe("unknown");
    expect(goalProgress(goal, [], "2027-01-05").status).toBe("unknown");
  });
  it("a threshold goal explains its condition, not a baseline formula", () => {
    const goal = { id: "g", title: "回款率≥95%", metric: { unit: "percent", direction: "maintain-at-least" as const, target: 95 }, ...q4 };
    const lines = formatExplanation(goalProgress(goal, [{ date: "2026-11-20", value: 96 }], asOf).explanation, "en");
    expect(lines[1]).toBe("Condition on the latest check-in: 96 against at least 95 → 1.");
    expect(lines.at(-1)).toBe("Status: on track.");
  });
  it("an at-risk threshold below the default on-track threshold is rejected", () => {
    const goal = { id: "g", title: "g", metric: { unit: "count", direction: "increase" as const, baseline: 0, target: 10 }, ...q4 };
    expect(issuesOf(() => goalProgress(goal, [], asOf, { atRiskGap: 10 }))).toEqual(["policy.atRiskGap:validation.range"]);
  });
  it("compound goals are found past a first 和 inside a name; raisins are not 'raise'", () => {
    expect(checkSmart({ id: "c", title: "和信公司Q1签约5单和回款30万元" }).criteria.specific.findings.map((f) => f.code)).toContain("smart.specific.compound");
    expect(checkSmart({ id: "r", title: "Sell raisins in Q1", ownerId: "x" }).criteria.specific.findings).toEqual([]);
    expect(checkSmart({ id: "r", title: "Raising standards", ownerId: "x" }).criteria.specific.findings[0]?.code).toBe("smart.specific.vague");
    expect(issuesOf(() => checkSmart({ id: "r", title: "t" }, { policy: { requireOwner: "yes" as never } }))).toEqual(["ctx.policy.requireOwner:validation.type"]);
  });
  it("only counts and currencies add up in a cascade", () => {
    const rating = { unit: "rating", direction: "increase" as const, baseline: 0 };
    expect(checkCascade([{ id: "p", title: "p", metric: { ...rating, target: 5 } }, { id: "c", title: "c", parentId: "p", metric: { ...rating, target: 4 } }])).toEqual([]);
  });
  it("exported defaults cannot be changed", () => {
    expect(Object.isFrozen(DEFAULT_SMART_POLICY.conjunctions)).toBe(true);
    expect(Object.isFrozen(messagesZhCN)).toBe(true);
  });
});

describe("performance", () => {
  it("a lower-is-better KPI with achievement bands gives the top band to a perfect 0", () => {
    const kpi = { id: "k", direction: "lower-is-better" as const, threshold: { value: 10, score: 0 }, target: { value: 5, score: 100 }, bands: { basis: "achievement" as const, steps: [{ score: 1 }, { from: 100, score: 3 }, { from: 150, score: 5 }] } };
    expect(scoreKpi(kpi, 0).score).toBe(5);
  });
  it("a banded KPI's target score is the band at its target, so a met KPI costs nothing", () => {
    const card = { id: "c", kpis: [{ id: "k", weight: 1, direction: "higher-is-better" as const, target: { value: 100, score: 100 }, bands: { basis: "value" as const, steps: [{ score: 1 }, { from: 95, score: 3 }, { from: 110, score: 4 }] } }] };
    const result = scoreScorecard(card, { k: 120 });
    expect(result.kpis[0]?.targetScore).toBe(3);
    expect(suggestImprovements(result)).toEqual([]);
  });
  it("equal decimal ratings have no spread", () => {
    const flat = [3.3, 3.3, 3.3].map((score, i) => ({ rateeId: `r${i}`, raterId: "A", score }));
    expect(normalizeByRater(flat).map((s) => s.z)).toEqual([0, 0, 0]);
    expect(checkRaters([0.1, 0.1, 0.1].map((score, i) => ({ rateeId: `r${i}`, raterId: "A", score }))).map((f) => f.code)).toEqual(["performance.rater.no-spread"]);
  });
  it("a rating named __proto__ is counted like any other", () => {
    const r = calibrate([{ id: "a", rating: "__proto__" }, { id: "b", rating: "x" }], JSON.parse('{"shares": {"__proto__": "0.5", "x": "0.5"}}'));
    expect(Object.prototype.hasOwnProperty.call(r.counts, "__proto__")).toBe(true);
    expect(r.counts["__proto__"]).toBe(1);
    expect(r.quotas["x"]).toBe(1);
  });
  it("one mistake gives one issue", () => {
    expect(issuesOf(() => scoreKpi({ id: "x", direction: "up" as never, target: { value: 1, score: 1 } }, 1))).toEqual(["kpi.direction:validation.enum"]);
    expect(issuesOf(() => combineReview({ goal: 1 }, null as never))).toEqual(["combiner:validation.type"]);
    expect(issuesOf(() => charterAcknowledgements([], [], [], "x" as never))).toEqual(["opts:validation.type"]);
  });
  it("schemas apply the same rules as the compute functions", () => {
    expect(KpiSchema.safeParse({ id: "k", direction: "higher-is-better", target: { value: 1, score: 1 }, bands: { basis: "value", steps: [{ score: 1 }, { from: 95, score: 2 }, { from: 70, score: 3 }] } }).success).toBe(false);
    expect(RatingFormSchema.safeParse({ criteria: [{ id: "a", weight: 50 }, { id: "a", weight: 50 }], scale: { min: 5, max: 0 } }).success).toBe(false);
  });
});
