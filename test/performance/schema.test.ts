import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { KpiSchema, RatingFormSchema, ScorecardSchema, ScoringCurveSchema, safeParseScorecard, type KpiDefinition, type RatingForm, type Scorecard, type ScoringCurve } from "team-playbook/performance";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<z.output<typeof ScoringCurveSchema>, ScoringCurve>,
  Same<z.output<typeof KpiSchema>, KpiDefinition>,
  Same<z.output<typeof ScorecardSchema>, Scorecard>,
  Same<z.output<typeof RatingFormSchema>, RatingForm>,
] = [true, true, true, true];

describe("performance schemas", () => {
  it("match their interfaces (checked at compile time)", () => {
    expect(sameTypes.every(Boolean)).toBe(true);
  });

  it("apply the same order rules as the compute functions, in the chosen locale", () => {
    const bad = safeParseScorecard(
      { id: "c", kpis: [{ id: "k", weight: 1, direction: "higher-is-better", threshold: { value: 100, score: 50 }, target: { value: 80, score: 100 } }] },
      { locale: "zh-CN" },
    );
    expect(!bad.success && bad.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([["kpis.0.target.value", "validation.anchor-order"]]);
    expect(!bad.success && bad.error.issues[0]?.message).toBe("锚点应按 门槛值 → 目标值 → 挑战值 依次升高：80 没有高于前一个锚点 100。");
    expect(RatingFormSchema.safeParse({ criteria: [{ id: "a", weight: 33.333 }, { id: "b", weight: 33.333 }, { id: "c", weight: 33.334 }], scale: { min: 0, max: 5 } }).success).toBe(true);
    expect(RatingFormSchema.safeParse({ criteria: [{ id: "a", weight: 30 }, { id: "b", weight: 60 }], scale: { min: 0, max: 5 } }).success).toBe(false);
  });
});
