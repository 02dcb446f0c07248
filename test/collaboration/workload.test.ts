/**
 * Workload balance: research notes §4 and §7.6, cases W1–W4.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatExplanation, formatFinding } from "team-playbook/core";
import { DEFAULT_WORKLOAD_POLICY, parseMemberLoads, safeParseMemberLoads, workloadBalance, type MemberLoad } from "team-playbook/collaboration";
import { issuesOf } from "../support/issues.js";

const team = (...loads: number[]): MemberLoad[] => loads.map((load, i) => ({ memberId: `m${i}`, load }));

describe("research cases W1–W4", () => {
  it("W1: 10, 12, 8, 30, 10 → balance 0.467, CV 0.579, Gini 0.263", () => {
    // mean 70/5 = 14, max 30: balance 14/30 = 0.4667
    // Σ(x − μ)² = 16 + 4 + 36 + 256 + 16 = 328, population variance 65.6, sd 8.099, CV 8.099/14 = 0.5785
    // Σ|xᵢ − xⱼ| over ordered pairs = 184, Gini = 184 / (2 · 25 · 14) = 184/700 = 0.2629
    const r = workloadBalance([{ memberId: "a", load: 10 }, { memberId: "b", load: 12 }, { memberId: "c", load: 8 }, { memberId: "d", load: 30 }, { memberId: "e", load: 10 }]);
    expect(r.balanceIndex).toBe(14 / 30);
    expect(r.cv).toBe(Math.sqrt(1640 / 4900)); // n·Σx² − (Σx)² = 5·1308 − 4900 = 1640 = 25 · 65.6; (Σx)² = 4900
    expect(r.gini).toBe(184 / 700);
    expect([r.balanceIndex!.toFixed(3), r.cv!.toFixed(3), r.gini!.toFixed(3)]).toEqual(["0.467", "0.579", "0.263"]);
    expect([r.n, r.totalLoad, r.meanLoad, r.maxLoad]).toEqual([5, 70, 14, 30]);
    expect(r.explanation.steps.map((s) => s.inputs)).toEqual([{ mean: 14, max: 30 }, { sd: 8.09938269253, mean: 14 }, { sumDiffs: 184, n: 5, mean: 14 }]);
    expect(formatExplanation(r.explanation, "en")[2]).toBe(
      "Gini coefficient = sum of the differences over every ordered pair of members 184 ÷ (2 × 5² × mean load 14) = 0.2629 (0 is perfectly even).",
    );
    // d carries 30 of 70 (42.9 %), 30/14 = 2.1429 times the mean: more than 1.5 times
    expect(r.findings).toEqual([
      { code: "workload.heavy", severity: "warning", path: ["loads", 3], params: { memberId: "d", load: 30, totalLoad: 70, percent: 42.9, ratio: 150 / 70, mean: 14 } },
    ]);
    expect(formatFinding(r.findings[0]!, "zh-CN")).toBe("d 承担了团队总工作量 70 中的 30（占 42.9%），是人均 14 的 2.1429 倍：看看能否分一部分给其他同事。");
  });
  it("W2: 12 × 5 → balance 1, CV 0, Gini 0", () => {
    const r = workloadBalance(team(12, 12, 12, 12, 12));
    expect([r.balanceIndex, r.cv, r.gini]).toEqual([1, 0, 0]);
    expect(r.findings).toEqual([]);
  });
  it("W3: capacity 40 h, assigned 46 h → utilisation 115 %, overloaded", () => {
    const r = workloadBalance([{ memberId: "wang", load: 46, capacity: 40 }]);
    expect(r.utilisation).toEqual({ overall: 1.15, members: [{ memberId: "wang", load: 46, capacity: 40, utilisation: 1.15 }] });
    expect(r.overloaded).toEqual(["wang"]);
    expect(r.findings).toEqual([{ code: "workload.over-capacity", severity: "warning", path: ["loads", 0], params: { memberId: "wang", load: 46, capacity: 40, percent: 115 } }]);
    expect(formatFinding(r.findings[0]!, "en")).toBe("wang has a load of 46 against a capacity of 40 (115% utilisation): take something off their plate or move a deadline.");
    expect(formatFinding(r.findings[0]!, "zh-CN")).toBe("wang 的工作量 46 超出了 TA 的产能 40（利用率 115%）：减掉一些任务，或者把截止时间往后调。");
  });
  it("W4: [] → null indices with a reason; [7] → balance 1, CV 0, Gini 0", () => {
    const empty = workloadBalance([]);
    expect(empty).toEqual({
      n: 0, totalLoad: 0, meanLoad: null, maxLoad: null, balanceIndex: null, cv: null, gini: null,
      utilisation: { overall: null, members: [] }, overloaded: [], findings: [{ code: "workload.no-members", severity: "info" }], explanation: { steps: [] },
    });
    const single = workloadBalance(team(7));
    expect([single.balanceIndex, single.cv, single.gini, single.meanLoad]).toEqual([1, 0, 0, 7]);
    expect(single.findings).toEqual([]);
  });
});

describe("edge cases and exactness", () => {
  it("all loads 0: counted as even, with a note", () => {
    const r = workloadBalance(team(0, 0, 0));
    expect([r.balanceIndex, r.cv, r.gini]).toEqual([1, 0, 0]);
    expect(r.findings).toEqual([{ code: "workload.no-load", severity: "info", params: { count: 3 } }]);
    expect(formatFinding(r.findings[0]!, "zh-CN")).toBe("3 位成员的工作量都是 0：按均衡处理，但请确认数据是否已经更新。");
  });
  it("one member carries everything: Gini reaches its bound 1 − 1/n", () => {
    // 0, 0, 0, 8: Σ|xᵢ − xⱼ| = 2 · 3 · 8 = 48; 48 / (2 · 16 · 2) = 0.75 = 1 − 1/4
    const r = workloadBalance(team(0, 0, 0, 8));
    expect([r.gini, r.balanceIndex]).toEqual([0.75, 0.25]);
  });
  it("decimal loads are exact: 0.1, 0.2, 0.3 has mean 0.2 and balance 2/3", () => {
    const r = workloadBalance(team(0.1, 0.2, 0.3));
    expect(r.totalLoad).toBe(0.6); // not 0.6000000000000001
    expect(r.balanceIndex).toBe(2 / 3);
    // Gini: sorted 1, 2, 3 tenths: (−2·1 + 0·2 + 2·3) / (3 · 6) = 4/18
    expect(r.gini).toBe(4 / 18);
    // 7.5 h against 7.5 h is exactly full, not over
    expect(workloadBalance([{ memberId: "a", load: 7.5, capacity: 7.5 }]).overloaded).toEqual([]);
    expect(workloadBalance([{ memberId: "a", load: 0.3, capacity: 0.1 }]).utilisation.members[0]!.utilisation).toBe(3); // 0.3/0.1 is 2.9999999999999996 in floating point
  });
  it("loads too large for exact doubles fall back to bigints and agree with the double path", () => {
    const big = workloadBalance(team(1e15, 3e14, 0, 7e14));
    const small = workloadBalance(team(10, 3, 0, 7));
    expect(big.gini).toBe(small.gini);
    expect(big.balanceIndex).toBe(small.balanceIndex);
    expect(big.cv).toBeCloseTo(small.cv!, 14);
  });
  it("the heavy factor compares exactly: 15 against a mean of 10 is not more than 1.5 times", () => {
    // 15, 5, 10: mean 10; 15 = 1.5 × 10 is not more
    expect(workloadBalance(team(15, 5, 10)).findings).toEqual([]);
    expect(workloadBalance(team(15, 5, 10), { heavyFactor: 1.4 }).findings.map((f) => f.params?.["memberId"])).toEqual(["m0"]);
    expect(DEFAULT_WORKLOAD_POLICY).toEqual({ heavyFactor: 1.5 });
    expect(Object.isFrozen(DEFAULT_WORKLOAD_POLICY)).toBe(true);
  });
  it("heavy members heaviest first, ties by id; over-capacity after, in input order", () => {
    const r = workloadBalance([
      { memberId: "zed", load: 40, capacity: 30 }, { memberId: "amy", load: 40 }, { memberId: "bo", load: 50 },
      { memberId: "c", load: 1, capacity: 0 }, { memberId: "d", load: 0 }, { memberId: "e", load: 0 }, { memberId: "f", load: 0, capacity: 0 },
    ]);
    // total 131, mean 131/7 = 18.71; 1.5 × mean = 28.07: bo 50, amy 40, zed 40
    expect(r.findings.map((f) => `${f.code}:${f.params?.["memberId"]}`)).toEqual(["workload.heavy:bo", "workload.heavy:amy", "workload.heavy:zed", "workload.over-capacity:zed", "workload.over-capacity:c"]);
    expect(r.overloaded).toEqual(["zed", "c"]);
    // capacity 0: no utilisation; overall = (40 + 1 + 0) / (30 + 0 + 0)
    expect(r.utilisation.members.map((m) => m.utilisation)).toEqual([40 / 30, null, null]);
    expect(r.utilisation.overall).toBe(41 / 30);
    expect(formatFinding(r.findings[4]!, "zh-CN")).toBe("c 这段时间没有可用产能（0），却分到了 1 的工作量：请改派给其他人。");
    expect(formatFinding(r.findings[4]!, "en")).toBe("c has a load of 1 but no capacity (0) in this period: hand the work to someone else.");
  });
});

describe("validation", () => {
  it("names every bad path in one ValidationError", () => {
    const bad = [
      { memberId: "a", load: -1 },
      { memberId: "a", load: Number.NaN, capacity: -2 },
      { memberId: "", load: "5", capacity: 1e16 },
      { load: 1e-31 },
      7,
    ] as unknown as MemberLoad[];
    expect(issuesOf(() => workloadBalance(bad, { heavyFactor: 0.5 }))).toEqual([
      "loads.0.load:validation.negative",
      "loads.1.memberId:validation.duplicate",
      "loads.1.load:validation.number",
      "loads.1.capacity:validation.negative",
      "loads.2.memberId:validation.empty",
      "loads.2.load:validation.type",
      "loads.2.capacity:validation.range",
      "loads.3.memberId:validation.required",
      "loads.3.load:validation.decimal",
      "loads.4:validation.type",
      "opts.heavyFactor:validation.range",
    ]);
    expect(issuesOf(() => workloadBalance({} as never, [] as never))).toEqual(["loads:validation.type", "opts:validation.type"]);
  });
  it("the schema reports the same problems, from the root", () => {
    expect(issuesOf(() => parseMemberLoads([{ memberId: "a", load: 1 }, { memberId: "a", load: -1 }]))).toEqual(["1.memberId:validation.duplicate", "1.load:validation.negative"]);
    expect(safeParseMemberLoads([{ memberId: "a", load: 46, capacity: 40 }])).toEqual({ success: true, data: [{ memberId: "a", load: 46, capacity: 40 }] });
  });
});

const loadsArb = fc.array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 10000 }).map((k) => k / 10)), { minLength: 1, maxLength: 30 });
const members = (loads: number[]) => loads.map((load, i) => ({ memberId: `m${i}`, load }));

/** Gini by its definition, over every ordered pair, O(n²), in exact tenths. */
function giniByPairs(loads: number[]): number {
  const k = loads.map((x) => Math.round(x * 10));
  const total = k.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  let sum = 0;
  for (const a of k) for (const b of k) sum += Math.abs(a - b);
  return sum / (2 * k.length * total);
}

describe("properties", () => {
  it("gini equals the O(n²) definition and lies in [0, 1 − 1/n]; balance in (0, 1]; cv ≥ 0", () => {
    fc.assert(
      fc.property(loadsArb, (loads) => {
        const r = workloadBalance(members(loads));
        const n = loads.length;
        expect(r.gini).toBe(giniByPairs(loads));
        expect(r.gini!).toBeGreaterThanOrEqual(0);
        expect(r.gini!).toBeLessThanOrEqual(1 - 1 / n + 1e-15);
        expect(r.balanceIndex!).toBeGreaterThan(0);
        expect(r.balanceIndex!).toBeLessThanOrEqual(1);
        expect(r.cv!).toBeGreaterThanOrEqual(0);
      }),
    );
  });
  it("invariant under permutation of the members", () => {
    fc.assert(
      fc.property(loadsArb, fc.infiniteStream(fc.nat()), (loads, seeds) => {
        const rows = members(loads);
        const shuffled = rows.map((r) => ({ r, k: seeds.next().value })).sort((a, b) => a.k - b.k).map(({ r }) => r);
        const a = workloadBalance(rows);
        const b = workloadBalance(shuffled);
        expect([b.balanceIndex, b.cv, b.gini, b.totalLoad]).toEqual([a.balanceIndex, a.cv, a.gini, a.totalLoad]);
        expect(b.findings.map((f) => f.params?.["memberId"])).toEqual(a.findings.map((f) => f.params?.["memberId"]));
      }),
    );
  });
  it("invariant under scaling every load by a positive constant (exactly, for decimal factors)", () => {
    fc.assert(
      fc.property(loadsArb, fc.constantFrom(2, 3, 10, 0.5, 7), (loads, c) => {
        const a = workloadBalance(members(loads));
        const b = workloadBalance(members(loads.map((x) => Number((x * c).toPrecision(15)))));
        expect([b.balanceIndex, b.cv, b.gini]).toEqual([a.balanceIndex, a.cv, a.gini]);
        expect(b.findings.map((f) => f.params?.["memberId"])).toEqual(a.findings.map((f) => f.params?.["memberId"]));
      }),
    );
  });
  it("overloaded is exactly the members whose load exceeds their capacity", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ load: fc.integer({ min: 0, max: 50 }), capacity: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }) }), { maxLength: 20 }), (rows) => {
        const input = rows.map((r, i) => (r.capacity === undefined ? { memberId: `m${i}`, load: r.load } : { memberId: `m${i}`, load: r.load, capacity: r.capacity }));
        const r = workloadBalance(input);
        expect(r.overloaded).toEqual(input.filter((m) => m.capacity !== undefined && m.load > m.capacity).map((m) => m.memberId));
      }),
    );
  });
  it("never mutates its arguments; results survive JSON and structuredClone", () => {
    fc.assert(
      fc.property(loadsArb, (loads) => {
        const input = members(loads).map((m, i) => (i % 2 === 0 ? { ...m, capacity: 40 } : m));
        const before = structuredClone(input);
        const r = workloadBalance(input, { heavyFactor: 1.2 });
        expect(input).toEqual(before);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        expect(structuredClone(r)).toEqual(r);
      }),
    );
  });
  it("a ValidationError, never a TypeError, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        try {
          workloadBalance(v as never);
        } catch (e) {
          expect((e as Error).name).toBe("ValidationError");
        }
      }),
    );
  });
});
