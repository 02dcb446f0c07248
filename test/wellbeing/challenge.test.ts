/** Challenge balance: goals always met (too easy) or never met (too hard) over the last N periods. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFinding } from "team-playbook/core";
import { challengeBalance, type GoalResult } from "team-playbook/wellbeing";
import { issuesOf } from "../support/issues.js";

const month = (m: number) => {
  const mm = String(m).padStart(2, "0");
  const end = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return { start: `2026-${mm}-01`, end: `2026-${mm}-${end}` };
};

describe("worked examples (defaults: last 4 periods, met at attainment ≥ 1)", () => {
  // Li: 1.12, 1.30, 1.05, 1.21 in Jul–Oct → 4 of 4 met: too easy; mean (1.12+1.30+1.05+1.21)/4 = 1.17
  // Zhao: 0.62, 0.71, 0.55, 0.80 → 0 of 4: too hard
  // Chen: met, not, met, met → balanced;  Wu: only 3 periods → not enough data
  const results: GoalResult[] = [
    ...[1.12, 1.3, 1.05, 1.21].map((attainment, i) => ({ memberId: "li", goalId: "revenue", period: month(7 + i), attainment })),
    { memberId: "li", goalId: "revenue", period: month(6), attainment: 0.5 }, // older than the last four
    { memberId: "li", goalId: "revenue", period: month(11), attainment: 0.2 }, // not over on asOf
    ...[0.62, 0.71, 0.55, 0.8].map((attainment, i) => ({ memberId: "zhao", period: month(7 + i), attainment })),
    ...[true, false, true, true].map((met, i) => ({ memberId: "chen", period: month(7 + i), met })),
    ...[true, true, true].map((met, i) => ({ memberId: "wu", period: month(8 + i), met })),
  ];
  const rows = challengeBalance(results, { asOf: "2026-11-15" });
  it("classifies each member", () => {
    expect(rows.map((r) => [r.memberId, r.status, r.met, r.results, r.periods])).toEqual([
      ["chen", "balanced", 3, 4, 4],
      ["li", "too-easy", 4, 4, 4],
      ["wu", "not-enough-data", 3, 3, 3],
      ["zhao", "too-hard", 0, 4, 4],
    ]);
    expect(rows[1]!.meanAttainment).toBeCloseTo(1.17, 12);
    expect(rows[0]!.meanAttainment).toBeUndefined();
  });
  it("explains itself in both languages", () => {
    expect(formatFinding(rows[1]!.findings[0]!, "en")).toBe("li met every goal in each of the last 4 periods (4 results): the goals may be too easy to motivate. Consider a stretch target.");
    expect(formatFinding(rows[3]!.findings[0]!, "zh-CN")).toBe("zhao 最近 4 个周期的目标一次都没有达成（共 4 项结果）：目标可能遥不可及，容易让人泄气。重新看看目标定得是否合理，或者给些支持。");
    const byGoal = challengeBalance(results, { asOf: "2026-11-15", by: "goal" });
    expect(byGoal.map((r) => [r.memberId, r.goalId])).toEqual([["chen", undefined], ["li", "revenue"], ["wu", undefined], ["zhao", undefined]]);
    expect(formatFinding(byGoal[1]!.findings[0]!, "zh-CN")).toBe("li 最近 4 个周期的目标 revenue 全部达成（共 4 项结果）：目标可能定得太容易，起不到激励作用，可以考虑设一个跳一跳才够得着的目标。");
    expect(formatFinding(byGoal[1]!.findings[0]!, "en")).toMatch(/^li met goal revenue in each of the last 4 periods/);
  });
  it("by member, one goal met in a period is not all met", () => {
    const two = [1, 2, 3, 4].flatMap((m) => [
      { memberId: "a", goalId: "g1", period: month(m), met: true },
      { memberId: "a", goalId: "g2", period: month(m), met: m !== 2 },
    ]);
    expect(challengeBalance(two, { asOf: "2026-12-31" })[0]!.status).toBe("balanced");
    expect(challengeBalance(two, { asOf: "2026-12-31", by: "goal" }).map((r) => r.status)).toEqual(["too-easy", "balanced"]);
    expect(challengeBalance(two, { asOf: "2026-12-31", periods: 2, metAt: 0.9 })[0]!.status).toBe("too-easy"); // Mar, Apr all met
  });
  it("never mutates and survives JSON", () => {
    const before = structuredClone(results);
    const r = challengeBalance(results, { asOf: "2026-11-15" });
    expect(results).toEqual(before);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
  it("names every bad path", () => {
    expect(
      issuesOf(() =>
        challengeBalance(
          [
            { memberId: "a", period: month(1), met: true, attainment: 1 },
            { memberId: "a", period: { start: "2026-02-10", end: "2026-02-01" } },
            { memberId: "a", period: month(1), attainment: -1 },
            { memberId: "", goalId: "", period: month(3), met: "yes" },
          ] as never,
          { asOf: "x", periods: 1, by: "team" } as never,
        ),
      ),
    ).toEqual([
      "results.0:validation.one-of",
      "results.1.period:validation.period-order",
      "results.1:validation.one-of",
      "results.2.period:validation.duplicate",
      "results.2.attainment:validation.range",
      "results.3.memberId:validation.empty",
      "results.3.goalId:validation.empty",
      "results.3.met:validation.type",
      "opts.asOf:validation.calendar-date",
      "opts.periods:validation.range",
      "opts.by:validation.enum",
    ]);
  });
});

describe("properties", () => {
  it("too-easy exactly when all results of the last N periods are met, too-hard when none is", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 0, maxLength: 10 }), fc.integer({ min: 2, max: 6 }), (mets, n) => {
        const results = mets.map((met, i) => ({ memberId: "a", period: month(i + 1), met }));
        const rows = challengeBalance(results, { asOf: "2026-12-31", periods: n });
        if (mets.length === 0) {
          expect(rows).toEqual([]);
          return;
        }
        const last = mets.slice(-n);
        const expected = mets.length < n ? "not-enough-data" : last.every(Boolean) ? "too-easy" : last.some(Boolean) ? "balanced" : "too-hard";
        expect(rows[0]!.status).toBe(expected);
        expect(rows[0]!.met).toBe(last.filter(Boolean).length);
      }),
    );
  });
  it("the order of the results does not matter", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ m: fc.integer({ min: 1, max: 12 }), who: fc.constantFrom("a", "b", "c"), a: fc.double({ min: 0, max: 2, noNaN: true }) }), { maxLength: 30 }), (xs) => {
        const seen = new Set<string>();
        const results = xs.filter((x) => !seen.has(`${x.who}${x.m}`) && seen.add(`${x.who}${x.m}`)).map((x) => ({ memberId: x.who, period: month(x.m), attainment: x.a }));
        const a = challengeBalance(results, { asOf: "2026-12-31" });
        const b = challengeBalance([...results].reverse(), { asOf: "2026-12-31" });
        expect(b.map((r) => [r.memberId, r.status, r.met])).toEqual(a.map((r) => [r.memberId, r.status, r.met]));
      }),
    );
  });
});
