/**
 * The worked examples of the research notes (shared/research/goals-scoring.md §5, T1–T26),
 * with the Frappe HRMS fixtures (test_appraisal.py) among them. Examples of other modules'
 * functions (T6, T18–T22) are checked here too, so the whole list is in one place.
 */
import { describe, expect, it } from "vitest";
import { ValidationError, elapsedFraction } from "team-playbook/core";
import { goalProgress, rollUpProgress } from "team-playbook/goals";
import { calibrate, combineReview, nineBox, normalizeByRater, scoreKpi, scoreRatings, scoreScorecard, type KpiDefinition } from "team-playbook/performance";

const hib: KpiDefinition = { id: "rev", direction: "higher-is-better", threshold: { value: 80, score: 50 }, target: { value: 100, score: 100 }, stretch: { value: 120, score: 150 } };
const lib: KpiDefinition = { id: "days", direction: "lower-is-better", threshold: { value: 30, score: 50 }, target: { value: 20, score: 100 }, stretch: { value: 15, score: 150 } };

describe("T1–T4: threshold / target / stretch interpolation", () => {
  it("T1: 90 between threshold 80 (50) and target 100 (100) → 75", () => expect(scoreKpi(hib, 90).score).toBeCloseTo(75, 12));
  it("T2: 110 between target and stretch 120 (150) → 125", () => expect(scoreKpi(hib, 110).score).toBeCloseTo(125, 12));
  it("T3: 130 → 150 (capped), 79.9 → 0, exactly 80 → 50", () => {
    expect(scoreKpi(hib, 130)).toMatchObject({ score: 150, capped: true });
    expect(scoreKpi(hib, 79.9).score).toBe(0);
    expect(scoreKpi(hib, 80).score).toBe(50);
  });
  it("T4: lower is better — 24 days → 80, 18 → 120, 35 → 0", () => {
    expect(scoreKpi(lib, 24).score).toBeCloseTo(80, 12);
    expect(scoreKpi(lib, 18).score).toBeCloseTo(120, 12);
    expect(scoreKpi(lib, 35).score).toBe(0);
  });
});

describe("T5: ratio attainment with a cap of 120%", () => {
  it("revenue 1,380,000 against 1,200,000 → 1.15; churn 4% against a 5% target → 1.25, capped at 1.20 on a curve", () => {
    const revenue: KpiDefinition = { id: "revenue", direction: "higher-is-better", target: { value: 1_200_000, score: 100 }, stretch: { value: 1_440_000, score: 120 } };
    expect(scoreKpi(revenue, 1_380_000).achievement).toBeCloseTo(1.15, 12);
    expect(scoreKpi(revenue, 1_380_000).score).toBeCloseTo(115, 12); // on the line from (0, 0): 1,380,000 / 12,000
    const churn: KpiDefinition = { id: "churn", direction: "lower-is-better", threshold: { value: 10, score: 0 }, target: { value: 5, score: 100 } };
    expect(scoreKpi(churn, 4).achievement).toBeCloseTo(1.25, 12);
    // the same cap on achievement: a curve over achievement × 100 from 0 to 120
    const capped: KpiDefinition = { id: "churn-ach", direction: "higher-is-better", target: { value: 100, score: 100 }, stretch: { value: 120, score: 120 } };
    expect(scoreKpi(capped, 125).score).toBe(120);
  });
});

describe("T7–T8: met means ≥ for higher is better and ≤ for lower (unlike Odoo's strict <)", () => {
  it("at the target exactly, a lower-is-better KPI is met", () => {
    const qualify: KpiDefinition = { id: "qualify", direction: "lower-is-better", threshold: { value: 30, score: 0 }, target: { value: 15, score: 100 } };
    expect(scoreKpi(qualify, 15)).toMatchObject({ met: true, score: 100 });
    expect(scoreKpi(qualify, 18).met).toBe(false);
    expect(scoreKpi(hib, 100).met).toBe(true);
  });
});

describe("T10: banded rating from attainment, bands [lo, hi)", () => {
  const banded: KpiDefinition = {
    id: "attainment",
    direction: "higher-is-better",
    target: { value: 70, score: 3 },
    bands: { basis: "achievement", steps: [{ score: 1 }, { from: 70, score: 2 }, { from: 95, score: 3 }, { from: 110, score: 4 }, { from: 125, score: 5 }] },
  };
  it("80 against 70 → 114.29% → 4; 95% → 3; 69.99% → 1; 125% → 5", () => {
    expect(scoreKpi(banded, 80).score).toBe(4);
    expect(scoreKpi(banded, 66.5).score).toBe(3); // 95.0%
    expect(scoreKpi(banded, 48.993).score).toBe(1); // 69.99%
    expect(scoreKpi(banded, 87.5).score).toBe(5); // 125%
  });
});

describe("T11–T15: Frappe HRMS appraisal fixtures", () => {
  const form = (weights: number[]) => ({ criteria: weights.map((weight, i) => ({ id: `c${i + 1}`, weight })), scale: { min: 0, max: 5 } });

  it("T11: manual KRA scores 5 at 30% and 3 at 70% → 3.6; final with nothing else, zeros counted → 1.2", () => {
    expect(scoreRatings(form([30, 70]), { c1: 5, c2: 3 })).toBeCloseTo(3.6, 12);
    expect(combineReview({ goal: 3.6 }, { weights: { goal: 1, self: 1, peers: 1 }, missing: "zero" }).final).toBeCloseTo(1.2, 12);
    // our default leaves missing parts out instead of averaging zeros in
    expect(combineReview({ goal: 3.6 }).final).toBeCloseTo(3.6, 12);
  });

  it("T12: self-appraisal 4 stars at 70% and 3.5 at 30% → 3.85", () => {
    expect(scoreRatings(form([70, 30]), { c1: 4, c2: 3.5 })).toBeCloseTo(3.85, 12);
  });

  it("T13: final score (3.6 + 3.85 + 3.85) / 3 = 3.767; custom weights 0.6·g + 0.3·f + 0.1·s = 3.70", () => {
    expect(combineReview({ goal: 3.6, self: 3.85, peers: [3.85] }).final).toBeCloseTo(3.7667, 4);
    expect(combineReview({ goal: 3.6, self: 3.85, peers: [3.85] }, { weights: { goal: 0.6, peers: 0.3, self: 0.1 } }).final).toBeCloseTo(3.7, 12);
  });

  it("T14: automated KRA score from goal progress: 12.5 × 30% + 50 × 70% = 38.75 → ÷ 20 = 1.9375; final with zeros = 0.646", () => {
    const tree = [
      { id: "quality", title: "Quality root" },
      { id: "q1", title: "child1", parentId: "quality" },
      { id: "q11", title: "child1.1", parentId: "q1" },
      { id: "q12", title: "child1.2", parentId: "q1" },
      { id: "dev", title: "Development root" },
      { id: "d1", title: "d1", parentId: "dev" },
      { id: "d2", title: "d2", parentId: "dev" },
    ];
    const progress = rollUpProgress(tree, { q11: 25, q12: 0, d1: 100, d2: 0 });
    expect([progress["quality"], progress["dev"]]).toEqual([12.5, 50]);
    const total = (progress["quality"]! * 30 + progress["dev"]! * 70) / 100 / 20;
    expect(total).toBeCloseTo(1.9375, 12);
    expect(combineReview({ goal: total }, { weights: { goal: 1, self: 1, peers: 1 }, missing: "zero" }).final).toBeCloseTo(0.646, 3);
  });

  it("T15: weights must total 100 after rounding to 2 decimals; ratings within the scale", () => {
    expect(() => scoreRatings(form([30, 60]), { c1: 1, c2: 1 })).toThrow(/add up to 100.*90/);
    expect(scoreRatings(form([33.333, 33.333, 33.334]), { c1: 3, c2: 3, c3: 3 })).toBeCloseTo(3, 12);
    try {
      scoreRatings(form([30, 70]), { c1: 5.5, c2: 3 });
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => `${i.path.join(".")}:${i.code}`)).toEqual(["ratings.c1:validation.range"]);
    }
  });
});

describe("T16: balanced scorecard, each KPI capped before weighting", () => {
  const card = (cap: number) => ({
    id: "bsc",
    kpis: (["financial", "customer", "process", "learning"] as const).map((id, i) => ({
      id,
      weight: [40, 30, 20, 10][i]!,
      direction: "higher-is-better" as const,
      threshold: { value: 0, score: 0 },
      target: { value: 100, score: 100 },
      stretch: { value: cap, score: cap },
    })),
  });
  const actuals = { financial: 130, customer: 80, process: 100, learning: 60 };
  it("cap 120 → 98; cap 115 → 96; no cap → 102", () => {
    expect(scoreScorecard(card(120), actuals).total).toBeCloseTo(98, 12);
    expect(scoreScorecard(card(115), actuals).total).toBeCloseTo(96, 12);
    expect(scoreScorecard(card(1000), actuals).total).toBeCloseTo(102, 12);
  });
});

describe("T17: ratings outside the scale are rejected", () => {
  it("rating 6 on a 1–5 scale", () => {
    expect(() => scoreRatings({ criteria: [{ id: "k", weight: 100 }], scale: { min: 1, max: 5 } }, { k: 6 })).toThrow(ValidationError);
    expect(scoreRatings({ criteria: [{ id: "k", weight: 100 }], scale: { min: 1, max: 5 } }, { k: 4 })).toBe(4);
  });
});

describe("T18–T19: roll-ups", () => {
  it("T18: unweighted, archived child left out → 50", () => {
    const goals = [{ id: "P", title: "P" }, ...["A", "B", "C"].map((id) => ({ id, title: id, parentId: "P" })), { id: "D", title: "D", parentId: "P", archived: true }];
    expect(rollUpProgress(goals, { A: 100, B: 50, C: 0, D: 80 })["P"]).toBeCloseTo(50, 12);
  });
  it("T19: weights 0.5/0.3/0.2 or 5/3/2 → 65; Lattice equal → 33.33; weights 0/50/50 with KR1 = 100 → 0", () => {
    const kids = (w: number[]) => [{ id: "O", title: "O" }, ...w.map((weight, i) => ({ id: `k${i}`, title: `k${i}`, parentId: "O", weight }))];
    expect(rollUpProgress(kids([0.5, 0.3, 0.2]), { k0: 100, k1: 50, k2: 0 })["O"]).toBeCloseTo(65, 12);
    expect(rollUpProgress(kids([5, 3, 2]), { k0: 100, k1: 50, k2: 0 })["O"]).toBeCloseTo(65, 12);
    expect(rollUpProgress(kids([1, 1, 1]), { k0: 100, k1: 0, k2: 0 })["O"]).toBeCloseTo(33.333, 3);
    expect(rollUpProgress(kids([0, 50, 50]), { k0: 100, k1: 0, k2: 0 })["O"]).toBe(0);
  });
});

describe("T20–T22: pace", () => {
  const q1 = { start: "2026-01-01", end: "2026-03-31" };
  it("T20: inclusive counting on 2026-02-14 → 45 / 90 = 50%", () => expect(elapsedFraction(q1, "2026-02-14")).toBe(0.5));
  it("T21: gap 20 → at risk; gap 10 → on track; gap 40 → off track; 100% → achieved", () => {
    const goal = { id: "g", title: "g", metric: { unit: "count", direction: "increase" as const, baseline: 0, target: 100 }, start: "2026-01-01", due: "2026-03-31" };
    const at = (v: number) => goalProgress(goal, [{ date: "2026-02-14", value: v }], "2026-02-14").status;
    expect([at(30), at(40), at(10), at(100)]).toEqual(["at-risk", "on-track", "off-track", "achieved"]);
  });
  it("T22: 540,000 of 1,200,000 at 50% → projected 1,080,000; 14,666.67 a day still needed", () => {
    const goal = { id: "q", title: "Q1 revenue", metric: { unit: "CNY", direction: "increase" as const, baseline: 0, target: 1_200_000 }, start: "2026-01-01", due: "2026-03-31" };
    const p = goalProgress(goal, [{ date: "2026-02-14", value: 540_000 }], "2026-02-14");
    expect(p.projected).toBeCloseTo(1_080_000, 6);
    expect(p.requiredRate).toBeCloseTo(14_666.6667, 3);
    expect(p.status).toBe("on-track"); // gap 5 points, although the projection is only 90%
  });
});

describe("T23: forced distribution by largest remainder", () => {
  const people = (counts: Record<string, number>) => Object.entries(counts).flatMap(([rating, n]) => Array.from({ length: n }, (_, i) => ({ id: `${rating}-${i}`, rating: Number(rating) })));
  it("GE 20-70-10 on 23 people: quotas 5 / 16 / 2; 6 / 15 / 2 given → +1 / −1 / 0", () => {
    const r = calibrate(people({ 3: 6, 2: 15, 1: 2 }), { shares: { "3": "0.2", "2": "0.7", "1": "0.1" } });
    expect(r).toMatchObject({ n: 23, quotas: { "3": 5, "2": 16, "1": 2 }, deviations: { "3": 1, "2": -1, "1": 0 }, withinTolerance: false });
    // ratings are keyed "1", "2", "3", so rating 2 (under) is reported before rating 3 (over)
    expect(r.findings.map((f) => [f.code, f.params?.["rating"]])).toEqual([
      ["performance.calibration.small-group", undefined],
      ["performance.calibration.under-quota", "2"],
      ["performance.calibration.over-quota", "3"],
    ]);
    expect(calibrate(people({ 3: 6, 2: 15, 1: 2 }), { shares: { "3": "0.2", "2": "0.7", "1": "0.1" }, tolerance: 1 }).withinTolerance).toBe(true);
  });
  it("five tiers 10-20-40-20-10 at n = 10 → 1 / 2 / 4 / 2 / 1", () => {
    const r = calibrate(people({ 5: 1, 4: 2, 3: 4, 2: 2, 1: 1 }), { shares: { "5": 0.1, "4": 0.2, "3": 0.4, "2": 0.2, "1": 0.1 } });
    expect(r.quotas).toEqual({ "1": 1, "2": 2, "3": 4, "4": 2, "5": 1 });
    expect(r.withinTolerance).toBe(true);
  });
  it("shares must add up to exactly 1", () => {
    expect(() => calibrate([], { shares: { "1": 0.3, "2": 0.3, "3": 0.3 } })).toThrow(/add up to 1/);
    expect(() => calibrate([{ id: "x", rating: 4 }], { shares: { "1": 0.5, "2": 0.5 } })).toThrow(ValidationError);
  });
});

describe("T24: z-scores per rater on the pooled scale (population SD)", () => {
  const scores = [4, 5, 4, 5, 3].map((score, i) => ({ rateeId: `a${i}`, raterId: "A", score })).concat([2, 3, 3, 4, 3].map((score, i) => ({ rateeId: `b${i}`, raterId: "B", score })));
  it("A's 3 → z −1.604 → 2.130; B's 4 → z +1.581 → 5.049, clamped to 5", () => {
    const out = normalizeByRater(scores);
    expect(out[4]!.z).toBeCloseTo(-1.604, 3);
    expect(out[4]!.normalized).toBeCloseTo(2.130, 3);
    expect(out[8]!.z).toBeCloseTo(1.581, 3);
    expect(out[8]!.normalized).toBeCloseTo(5.049, 3);
    expect(normalizeByRater(scores, { clamp: { min: 1, max: 5 } })[8]!.normalized).toBe(5);
  });
  it("a rater who gives everyone the same rating gets z = 0", () => {
    const flat = [3, 3, 3].map((score, i) => ({ rateeId: `c${i}`, raterId: "C", score }));
    expect(normalizeByRater([...scores, ...flat]).slice(-3).map((s) => s.z)).toEqual([0, 0, 0]);
  });
});

describe("T25: OKR grading with half-open bands", () => {
  it("key results 0.5, 0.7, 1.0 → 0.733 → green; 0.65 → yellow", () => {
    const kr = (id: string) => ({ id, weight: 1, direction: "higher-is-better" as const, target: { value: 1, score: 1 } });
    const card = { id: "okr", kpis: [kr("a"), kr("b"), kr("c")], ratingScale: { bands: [{ min: 0, rating: 1, label: "red" }, { min: 0.4, rating: 2, label: "yellow" }, { min: 0.7, rating: 3, label: "green" }] } };
    const r = scoreScorecard(card, { a: 0.5, b: 0.7, c: 1 });
    expect(r.total).toBeCloseTo(0.7333, 4);
    expect(r.ratingLabel).toBe("green");
    expect(scoreScorecard(card, { a: 0.65, b: 0.65, c: 0.65 }).ratingLabel).toBe("yellow");
  });
});

describe("not modelled here, on purpose", () => {
  it("T9 (Odoo's uncapped ranking) and T26 (Frappe's status from progress) belong to other models: goals have their own status rule", () => {
    // goalProgress's statuses (not-started, on-track, at-risk, off-track, achieved, missed) replace
    // Frappe's Pending / In Progress / Completed; progress above 1 is kept, not rejected.
    const g = { id: "g", title: "g", metric: { unit: "count", direction: "increase" as const, baseline: 0, target: 100 }, start: "2026-01-01", due: "2026-03-31" };
    expect(goalProgress(g, [{ date: "2026-02-01", value: 101 }], "2026-02-01")).toMatchObject({ status: "achieved", progress: 1.01 });
    expect(nineBox(3, 3).key).toBe("future-leader");
  });
});
