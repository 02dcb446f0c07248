import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatExplanation, formatFinding } from "team-playbook/core";
import {
  calibrate,
  checkRaters,
  nineBox,
  parseScorecard,
  reviewCycleSummary,
  scoreKpi,
  scoreOnCurve,
  scoreScorecard,
  scoreScorecards,
  scoreTrends,
  scorecardTotals,
  suggestImprovements,
  type KpiDefinition,
  type NineBoxKey,
  type Scorecard,
} from "team-playbook/performance";
import { issuesOf } from "../support/issues.js";

const issues = issuesOf;

describe("scoring curves", () => {
  it("without a threshold, a higher-is-better line runs from (0, 0); without a stretch it caps at the target", () => {
    const curve = { target: { value: 200, score: 100 } };
    expect(scoreOnCurve(curve, 50)).toEqual({ score: 25, segment: "threshold-to-target", capped: false });
    expect(scoreOnCurve(curve, 200)).toEqual({ score: 100, segment: "threshold-to-target", capped: false });
    expect(scoreOnCurve(curve, 250)).toEqual({ score: 100, segment: "capped", capped: true });
    expect(scoreOnCurve(curve, -5).score).toBe(0);
  });

  it("rejects anchors out of order, falling scores, and a lower-is-better curve without threshold", () => {
    expect(issues(() => scoreOnCurve({ threshold: { value: 100, score: 50 }, target: { value: 80, score: 100 } }, 1))).toEqual(["curve.target.value:validation.anchor-order"]);
    expect(issues(() => scoreOnCurve({ direction: "lower-is-better", threshold: { value: 10, score: 50 }, target: { value: 20, score: 100 } }, 1))).toEqual(["curve.target.value:validation.anchor-order"]);
    expect(issues(() => scoreOnCurve({ threshold: { value: 80, score: 120 }, target: { value: 100, score: 100 } }, 1))).toEqual(["curve.target.score:validation.anchor-order"]);
    expect(issues(() => scoreOnCurve({ direction: "lower-is-better", target: { value: 20, score: 100 } }, 1))).toEqual(["curve.threshold:validation.required"]);
    expect(issues(() => scoreOnCurve({ target: { value: 100, score: 100 } }, Number.NaN))).toEqual(["value:validation.number"]);
  });

  const higher = fc
    .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([t, d1, d2, s0, s1, s2]) => ({ t, d1, d2, scores: [s0, s0 + s1, s0 + s1 + s2] as const }));

  it("scores never fall as the value gets better, and never exceed the cap (property)", () => {
    fc.assert(
      fc.property(higher, fc.boolean(), fc.double({ min: -3000, max: 3000, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }), ({ t, d1, d2, scores }, lower, x, step) => {
        const sign = lower ? -1 : 1;
        const kpi: KpiDefinition = {
          id: "k",
          direction: lower ? "lower-is-better" : "higher-is-better",
          threshold: { value: t, score: scores[0] },
          target: { value: t + sign * d1, score: scores[1] },
          stretch: { value: t + sign * (d1 + d2), score: scores[2] },
        };
        const a = scoreKpi(kpi, x).score!;
        const b = scoreKpi(kpi, x + sign * step).score!;
        expect(b).toBeGreaterThanOrEqual(a - 1e-9);
        expect(a).toBeLessThanOrEqual(scores[2] + 1e-9);
        expect(a).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("scoreKpi", () => {
  const kpi: KpiDefinition = { id: "renewal", name: "续约率", unit: "percent", direction: "higher-is-better", threshold: { value: 80, score: 50 }, target: { value: 90, score: 100 }, stretch: { value: 95, score: 120 } };

  it("never turns a missing actual into a zero", () => {
    for (const missing of [undefined, null]) {
      expect(scoreKpi(kpi, missing)).toMatchObject({ score: null, achievement: null, met: null, findings: [{ code: "performance.kpi.missing-actual", params: { kpiId: "renewal" } }] });
    }
    expect(issues(() => scoreKpi(kpi, "90" as never))).toEqual(["actual:validation.type"]);
  });

  it("explains itself in both languages", () => {
    const s = scoreKpi(kpi, 86);
    expect(s.score).toBeCloseTo(80, 12); // 50 + (86 − 80) / (90 − 80) × 50
    expect(formatExplanation(s.explanation, "en")).toEqual(["renewal: 86 lies between 80 (score 50) and 90 (score 100) → 80."]);
    expect(formatExplanation(s.explanation, "zh-CN")).toEqual(["renewal：86 介于 80（50 分）和 90（100 分）之间 → 80 分。"]);
    expect(formatExplanation(scoreKpi(kpi, 99).explanation, "zh-CN")).toEqual(["renewal：99 已达到或超过封顶值 95 → 120 分。"]);
    expect(formatExplanation(scoreKpi(kpi, 70).explanation, "en")).toEqual(["renewal: 70 is worse than the threshold 80 → 0."]);
  });
});

const card: Scorecard = {
  id: "kam-2026",
  kpis: [
    { id: "revenue", weight: 50, direction: "higher-is-better", threshold: { value: 800, score: 50 }, target: { value: 1000, score: 100 }, stretch: { value: 1200, score: 150 } },
    { id: "renewal", weight: 30, direction: "higher-is-better", threshold: { value: 80, score: 50 }, target: { value: 90, score: 100 }, stretch: { value: 95, score: 120 } },
    { id: "response", weight: 20, direction: "lower-is-better", threshold: { value: 48, score: 0 }, target: { value: 24, score: 100 } },
  ],
  ratingScale: { bands: [{ min: 0, rating: 1, label: "需改进" }, { min: 70, rating: 2 }, { min: 95, rating: 3 }, { min: 110, rating: 4 }] },
};

describe("scoreScorecard", () => {
  it("weights, contributions that add up to the total, and the rating band", () => {
    // revenue 1,100 → 125; renewal 86 → 80; response 36 h → 50: (50 × 125 + 30 × 80 + 20 × 50) / 100 = 96.5
    const r = scoreScorecard(card, { revenue: 1100, renewal: 86, response: 36 });
    expect(r.total).toBeCloseTo(96.5, 12);
    expect(r.rating).toBe(3);
    expect(r.kpis.map((k) => [k.id, k.score, k.contribution])).toEqual([
      ["revenue", 125, 62.5],
      ["renewal", expect.closeTo(80, 12), expect.closeTo(24, 12)],
      ["response", 50, 10],
    ]);
    expect(r.kpis.reduce((s, k) => s + k.contribution, 0)).toBeCloseTo(r.total!, 12);
    expect(formatExplanation(r.explanation, "zh-CN")[1]).toBe("总分 96.5 落在评级 3 这一档。");
  });

  it("a total exactly at a band's min takes that band; below every band, no rating and a note", () => {
    const flat = { ...card, kpis: [{ id: "x", weight: 1, direction: "higher-is-better" as const, target: { value: 100, score: 100 } }] };
    expect(scoreScorecard(flat, { x: 95 }).rating).toBe(3);
    const below = scoreScorecard({ ...flat, ratingScale: { bands: [{ min: 50, rating: 1 }] } }, { x: 10 });
    expect(below.rating).toBeUndefined();
    expect(below.findings).toEqual([{ code: "performance.scorecard.below-scale", severity: "info", params: { total: 10, min: 50 } }]);
  });

  it("names missing KPIs, renormalising by default or counting zeros when asked", () => {
    const r = scoreScorecard(card, { revenue: 1100, renewal: 86 });
    expect(r.total).toBeCloseTo((50 * 125 + 30 * 80) / 80, 12);
    expect(r.findings).toEqual([{ code: "performance.scorecard.missing-kpi", severity: "warning", params: { kpis: ["response"], mode: "renormalize" } }]);
    expect(formatFinding(r.findings[0]!, "zh-CN")).toBe("response 没有实际值，暂不计入，其余指标的权重按比例放大。请在评估前补齐数据。");
    expect(scoreScorecard({ ...card, missing: "zero" }, { revenue: 1100, renewal: 86 }).total).toBeCloseTo((50 * 125 + 30 * 80) / 100, 12);
    expect(scoreScorecard(card, {})).toMatchObject({ total: null, findings: [{ code: "performance.scorecard.missing-kpi" }, { code: "performance.scorecard.no-kpi-counted" }] });
  });

  it("reads ids like toString and __proto__ as plain keys", () => {
    const odd = { id: "odd", kpis: ["toString", "__proto__"].map((id) => ({ id, weight: 1, direction: "higher-is-better" as const, target: { value: 100, score: 100 } })) };
    expect(scoreScorecard(odd, {}).kpis.map((k) => k.score)).toEqual([null, null]);
    expect(scoreScorecard(odd, JSON.parse('{"__proto__": 50, "toString": 100}') as Record<string, number>).total).toBe(75);
  });

  it("scores a whole team in one call, checking the scorecard once", () => {
    const team = scoreScorecards(card, [{ revenue: 1100, renewal: 86, response: 36 }, { revenue: 900 }]);
    expect(team.map((r) => r.total)).toEqual([expect.closeTo(96.5, 12), 75]);
    expect(issues(() => scoreScorecards(card, [{ revenue: 1 }, { revenue: "x" as never }]))).toEqual(["actualsList.1.revenue:validation.type"]);
  });

  it("scorecardTotals gives exactly the totals and ratings of the full results (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ revenue: fc.option(fc.double({ min: 0, max: 2000, noNaN: true }), { nil: undefined }), renewal: fc.option(fc.integer({ min: 50, max: 100 }), { nil: undefined }), response: fc.option(fc.integer({ min: 0, max: 72 }), { nil: undefined }) }, { requiredKeys: [] }), { maxLength: 30 }),
        fc.boolean(),
        (members, zero) => {
          const c = zero ? { ...card, missing: "zero" as const } : card;
          const full = scoreScorecards(c, members);
          const totals = scorecardTotals(c, members);
          expect(totals.map((t) => [t.total, t.rating, t.ratingLabel, t.missing])).toEqual(full.map((r) => [r.total, r.rating, r.ratingLabel, r.kpis.filter((k) => k.score === null).map((k) => k.id)]));
        },
      ),
    );
  });

  it("rejects negative or all-zero weights, duplicate KPIs and unordered bands", () => {
    expect(issues(() => scoreScorecard({ ...card, kpis: [{ ...card.kpis[0]!, weight: -1 }] }, {}))).toEqual(["card.kpis.0.weight:validation.range"]);
    expect(issues(() => scoreScorecard({ ...card, kpis: [{ ...card.kpis[0]!, weight: 0 }] }, {}))).toEqual(["card.kpis:validation.all-zero"]);
    expect(issues(() => scoreScorecard({ ...card, kpis: [card.kpis[0]!, card.kpis[0]!] }, {}))).toEqual(["card.kpis.1.id:validation.duplicate"]);
    expect(issues(() => scoreScorecard({ ...card, ratingScale: { bands: [{ min: 50, rating: 2 }, { min: 10, rating: 1 }] } }, { revenue: Number.NaN }))).toEqual([
      "card.ratingScale.bands.1.min:validation.anchor-order",
      "actuals.revenue:validation.number",
    ]);
    expect(parseScorecard(card)).toEqual(card);
  });

  it("the total lies between the lowest and highest KPI scores counted, and weights scale freely (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ w: fc.integer({ min: 1, max: 100 }), x: fc.option(fc.double({ min: -100, max: 300, noNaN: true }), { nil: undefined }) }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 1000 }),
        (rows, k) => {
          const kpis = rows.map((r, i) => ({ id: `k${i}`, weight: r.w, direction: "higher-is-better" as const, threshold: { value: 0, score: 0 }, target: { value: 100, score: 100 }, stretch: { value: 150, score: 130 } }));
          const actuals = Object.fromEntries(rows.map((r, i) => [`k${i}`, r.x]));
          const result = scoreScorecard({ id: "p", kpis }, actuals);
          const scores = result.kpis.filter((l) => l.counted).map((l) => l.score!);
          if (scores.length === 0) {
            expect(result.total).toBeNull();
            return;
          }
          expect(result.total!).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-9);
          expect(result.total!).toBeLessThanOrEqual(Math.max(...scores) + 1e-9);
          const scaled = scoreScorecard({ id: "p", kpis: kpis.map((kpi) => ({ ...kpi, weight: kpi.weight * k })) }, actuals);
          expect(scaled.total!).toBeCloseTo(result.total!, 9);
        },
      ),
    );
  });
});

describe("suggestImprovements", () => {
  it("lists the KPIs that cost most against target, as PDCA actions", () => {
    const r = scoreScorecard(card, { revenue: 1100, renewal: 86, response: 36 });
    // costs: response 20 × (100 − 50) / 100 = 10; renewal 30 × (100 − 80) / 100 = 6; revenue is above target
    const findings = suggestImprovements(r);
    expect(findings.map((f) => [f.params?.["kpiId"], f.params?.["cost"]])).toEqual([
      ["response", 10],
      ["renewal", 6],
    ]);
    expect(formatFinding(findings[0]!, "zh-CN")).toBe("“response”得分 50，达标应为 100，拉低总分 10 分。先定一项改进措施，执行后下期复盘数字，有效就固化，无效再调整。");
    expect(suggestImprovements(r, { limit: 1 })).toHaveLength(1);
  });
});

describe("calibrate (properties)", () => {
  it("quotas add up to the group size and deviations to zero", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(1, 2, 3, 4, 5), { maxLength: 200 }), (ratings) => {
        const r = calibrate(ratings.map((rating, i) => ({ id: `p${i}`, rating })), { shares: { "1": "0.1", "2": "0.2", "3": "0.4", "4": "0.2", "5": "0.1" } });
        expect(Object.values(r.quotas).reduce((a, b) => a + b, 0)).toBe(ratings.length);
        expect(Object.values(r.deviations).reduce((a, b) => a + b, 0)).toBe(0);
        expect(r.withinTolerance).toBe(Object.values(r.deviations).every((d) => d === 0));
      }),
    );
  });
});

describe("checkRaters", () => {
  it("finds lenient, strict, flat and bunched raters", () => {
    const rows = (rater: string, scores: number[]) => scores.map((score, i) => ({ rateeId: `${rater}${i}`, raterId: rater, score }));
    const findings = checkRaters([...rows("lenient", [5, 5, 4, 5]), ...rows("strict", [1, 2, 1, 2]), ...rows("flat", [3, 3, 3]), ...rows("bunched", [3, 3.2, 2.9, 3.1])]);
    expect(findings.map((f) => [f.code, f.params?.["raterId"]])).toEqual([
      ["performance.rater.lenient", "lenient"],
      ["performance.rater.strict", "strict"],
      ["performance.rater.no-spread", "flat"],
      ["performance.rater.central-tendency", "bunched"],
    ]);
  });
});

describe("nineBox", () => {
  it("has nine stable keys and labels in both languages", () => {
    const cells = [1, 2, 3].flatMap((perf) => [1, 2, 3].map((pot) => nineBox(perf as 1 | 2 | 3, pot as 1 | 2 | 3)));
    expect(new Set(cells.map((c) => c.key)).size).toBe(9);
    expect(cells.map((c) => c.box).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const keys: NineBoxKey[] = cells.map((c) => c.key);
    expect(keys).toContain("future-leader");
    expect(nineBox(1, 3)).toMatchObject({ key: "rough-diamond", label: { en: "Rough diamond", "zh-CN": "潜力待发挥" } });
    expect(nineBox(3, 1)).toMatchObject({ key: "trusted-professional", box: 3 });
    expect(issues(() => nineBox(4 as never, 0 as never))).toEqual(["performance:validation.range", "potential:validation.range"]);
  });
});

describe("scoreTrends", () => {
  it("finds the slope and a run of declines", () => {
    const rows = [92, 88, 81, 78].map((score, i) => ({ memberId: "m-wang", period: `2026-Q${i + 1}`, score })).concat([70, 75, 79, 84].map((score, i) => ({ memberId: "m-li", period: `2026-Q${i + 1}`, score })));
    const [wang, li] = scoreTrends(rows);
    // x = 0..3, mean 1.5; slope = Σ(x − 1.5)(y − ȳ) / Σ(x − 1.5)² = −24.5 / 5 = −4.9
    expect(wang).toMatchObject({ memberId: "m-wang", slope: expect.closeTo(-4.9, 12), direction: "declining", consecutiveDeclines: 3 });
    expect(wang!.findings.map((f) => f.code)).toEqual(["performance.trend.consecutive-declines"]);
    expect(formatFinding(wang!.findings[0]!, "zh-CN")).toBe("m-wang 的得分已连续 3 期下滑（从 92 到 78）。建议在下次一对一面谈时聊一聊，一起定个改进计划。");
    expect(li).toMatchObject({ direction: "improving", consecutiveDeclines: 0, findings: [] });
  });
});

describe("reviewCycleSummary", () => {
  it("lists who lacks a self-assessment, goals or feedback", () => {
    const s = reviewCycleSummary({ participants: ["m-li", "m-wang", "m-chen", "m-li"], selfAssessments: ["m-li", "m-wang"], goalOwners: ["m-li", "m-wang", "m-chen"], feedbackRecipients: ["m-li"] });
    expect(s).toMatchObject({ participants: 3, withoutSelfAssessment: ["m-chen"], withoutGoals: [], withoutFeedback: ["m-wang", "m-chen"] });
    expect(s.findings.map((f) => formatFinding(f, "zh-CN"))).toEqual(["有 1 人还没有提交自评：m-chen。", "有 2 人在本考核周期还没有收到任何反馈：m-wang、m-chen。"]);
  });
});
