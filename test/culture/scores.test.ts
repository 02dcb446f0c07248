/** eNPS, favourability and participation: the research cases E1–E11, F1–F2, PA1–PA3. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError, formatFinding } from "team-playbook/core";
import { eNps, favourability, participation } from "team-playbook/culture";

const issuesOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => `${i.path.join(".")} ${i.code}`);
    throw e;
  }
  throw new Error("no error");
};

describe("eNps (research §7.1)", () => {
  it("E1: 5 promoters, 2 passives, 3 detractors of 10 → 100 × (5 − 3) / 10 = +20", () => {
    expect(eNps([10, 9, 9, 8, 7, 6, 5, 10, 3, 9])).toEqual({ score: 20, promoters: 5, passives: 2, detractors: 3, n: 10 });
  });
  it("E2–E4: all passives is 0 (not null); all detractors −100; all promoters +100", () => {
    expect(eNps([7, 8, 7, 8])!.score).toBe(0);
    expect(eNps([0, 1, 2])!.score).toBe(-100);
    expect(eNps([9, 10])!.score).toBe(100);
  });
  it("E5–E7: unrounded, one division of the counts (E7: 200/7, not 57 − 29 = 28)", () => {
    expect(eNps([10, 9, 9, 7, 3, 5])!.score).toBe(100 / 6);
    expect(eNps([10, 10, 9, 7, 8, 6, 5, 7])!.score).toBe(12.5);
    expect(eNps([10, 9, 7, 7, 8, 6, 5, 4])!.score).toBe(-12.5);
    expect(eNps([10, 10, 9, 9, 6, 3, 7])!.score).toBe(200 / 7);
  });
  it("E8: no answers give null", () => {
    expect(eNps([])).toBeNull();
  });
  it("E9: answers must be whole numbers 0–10, every bad one named", () => {
    expect(issuesOf(() => eNps([10, 11, 7.5, -1]))).toEqual(["scores.1 validation.range", "scores.2 validation.integer", "scores.3 validation.range"]);
    expect(issuesOf(() => eNps("9" as never))).toEqual(["scores validation.type"]);
  });
  it("E11: CultureIQ bands (detractors 0–5, passives 6–8) give +30 for E1", () => {
    expect(eNps([10, 9, 9, 8, 7, 6, 5, 10, 3, 9], { bands: "cultureiq" })).toEqual({ score: 30, promoters: 5, passives: 3, detractors: 2, n: 10 });
  });
  it("properties: counts add up, the score is 100 × (P − D) / n within [−100, 100], order does not matter", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), (scores) => {
        const r = eNps(scores)!;
        expect(r.promoters + r.passives + r.detractors).toBe(scores.length);
        expect(r.score).toBe(((r.promoters - r.detractors) * 100) / r.n);
        expect(Math.abs(r.score)).toBeLessThanOrEqual(100);
        expect(eNps([...scores].reverse())).toEqual(r);
      }),
    );
  });
});

describe("favourability (research §7.2)", () => {
  it("F1: 5,4,4,3,2,1,5,5 → 62.5 / 12.5 / 25 %, mean 29/8 = 3.625", () => {
    expect(favourability([5, 4, 4, 3, 2, 1, 5, 5])).toEqual({ n: 8, favourable: 5, neutral: 1, unfavourable: 2, favourableShare: 0.625, neutralShare: 0.125, unfavourableShare: 0.25, mean: 3.625 });
  });
  it("F2: 1,2,3,4,5 → 40 / 20 / 40 %, mean 3", () => {
    expect(favourability([1, 2, 3, 4, 5])).toMatchObject({ favourableShare: 0.4, neutralShare: 0.2, unfavourableShare: 0.4, mean: 3 });
  });
  it("no answers give null; answers outside 1–5 are named", () => {
    expect(favourability([])).toBeNull();
    expect(issuesOf(() => favourability([0, 6, 3]))).toEqual(["answers.0 validation.range", "answers.1 validation.range"]);
  });
});

describe("participation (research §7.2, Culture Amp guidance)", () => {
  it("PA1: 30 of 40 is 75%, ideal", () => {
    expect(participation({ invited: 40, responded: 30 })).toEqual({ invited: 40, responded: 30, rate: 0.75, band: "ideal", findings: [] });
  });
  it("PA2: 5 of 10 is 50%, under 60%: flagged, in both languages", () => {
    const r = participation({ invited: 10, responded: 5 });
    expect(r.band).toBe("low");
    expect(formatFinding(r.findings[0]!, "en")).toBe(
      "Only 5 of 10 people answered (50%, under 60%): results this thin may not speak for the group; remind people and tell them what happened after the last survey.",
    );
    expect(formatFinding(r.findings[0]!, "zh-CN")).toBe("10 人中只有 5 人填写（50%，低于 60%）：这么少的样本未必代表大家的想法。再提醒一次，并告诉大家上次调查之后做了哪些改进。");
  });
  it("PA3: a group of 4 shows no count and no rate", () => {
    expect(participation({ invited: 4, responded: 4 })).toEqual({ invited: 4, rate: null, findings: [{ code: "culture.participation.hidden", severity: "info", params: { invited: 4, min: 5 } }] });
  });
  it("the bands are decided on the counts exactly: 6 of 10 is not under 60%, 3 of 4 is 75%", () => {
    expect(participation({ invited: 10, responded: 6 }).band).toBe("fair");
    expect(participation({ invited: 8, responded: 6 }).band).toBe("ideal");
    expect(participation({ invited: 10, responded: 6 }, { lowBelow: 0.61 }).band).toBe("low");
  });
  it("more answers than invitations, or a bad option, is a ValidationError", () => {
    expect(issuesOf(() => participation({ invited: 10, responded: 11 }, { minGroupSize: 0 }))).toEqual(["counts.responded validation.range", "opts.minGroupSize validation.range"]);
    expect(issuesOf(() => participation({ invited: 10, responded: 5 }, { lowBelow: 0.9, idealFrom: 0.1 }))).toEqual(["opts.lowBelow validation.range"]);
  });
});
