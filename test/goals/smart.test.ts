import { describe, expect, it } from "vitest";
import { ValidationError, formatFinding } from "team-playbook/core";
import { DEFAULT_SMART_POLICY, checkSmart, parseGoal, safeParseGoals, type Goal } from "team-playbook/goals";

const complete: Goal = {
  id: "g-zhang",
  title: "2027 Q1 新签企业客户 20 家",
  ownerId: "am-zhang",
  metric: { unit: "count", direction: "increase", baseline: 0, target: 20 },
  start: "2027-01-01",
  due: "2027-03-31",
  alignedTo: ["strategy:new-logos"],
};
const codes = (goal: Goal, ctx?: Parameters<typeof checkSmart>[1]) => checkSmart(goal, ctx).findings.map((f) => `${f.severity}:${f.code}`);

describe("checkSmart", () => {
  it("passes a complete goal, noting only that there is no history", () => {
    const report = checkSmart(complete);
    expect(report).toMatchObject({ passed: true, met: 5 });
    expect(codes(complete)).toEqual(["info:smart.achievable.no-history"]);
  });

  it("specific: owner, vague words (Chinese and English, any ending), compound goals", () => {
    expect(codes({ ...complete, ownerId: " " })).toContain("error:smart.specific.no-owner");
    expect(codes({ ...complete, ownerId: undefined as never }, { policy: { requireOwner: false } })).not.toContain("error:smart.specific.no-owner");
    expect(checkSmart({ id: "v", title: "进一步加强客户关系" }).criteria.specific.findings).toContainEqual(
      expect.objectContaining({ code: "smart.specific.vague", params: { words: ["加强", "进一步"] } }),
    );
    expect(checkSmart({ id: "v", title: "Improving relationships" }).criteria.specific.findings[1]).toMatchObject({ code: "smart.specific.vague", params: { words: ["improve"] } });
    // short words match only with regular endings: "Moreton" and "Tryst" are not "more" and "try"
    expect(checkSmart({ id: "v", title: "Open the Moreton office by the Tryst Hotel", ownerId: "x" }).criteria.specific.passed).toBe(true);
    expect(checkSmart({ id: "v", title: "Tried harder", ownerId: "x" }).criteria.specific.findings[0]).toMatchObject({ params: { words: ["try"] } });
    // a target backs a vague verb
    expect(checkSmart({ ...complete, title: "提升续约率到 92%" }).criteria.specific.passed).toBe(true);
    expect(codes({ ...complete, title: "回款率≥95%，且逾期应收降至50万元以下" })).toContain("error:smart.specific.compound");
    expect(codes({ ...complete, title: "Win 5 new logos and 2 renewals" })).toContain("error:smart.specific.compound");
    // "and" joining words without a second measure is one goal
    expect(codes({ ...complete, title: "Win 5 new logos in retail and healthcare" })).not.toContain("error:smart.specific.compound");
    expect(codes({ ...complete, title: "  " })).toContain("error:smart.specific.empty-title");
  });

  it("measurable: metric parts, baseline for increases and decreases, the right side", () => {
    expect(codes({ ...complete, metric: undefined as never })).toContain("error:smart.measurable.no-metric");
    expect(codes({ ...complete, metric: {} })).toEqual(
      expect.arrayContaining(["error:smart.measurable.no-unit", "error:smart.measurable.no-direction", "error:smart.measurable.no-target"]),
    );
    expect(codes({ ...complete, metric: { unit: "hours", direction: "decrease", target: 24 } })).toContain("error:smart.measurable.no-baseline");
    expect(checkSmart({ ...complete, metric: { unit: "hours", direction: "decrease", baseline: 20, target: 24 } }).criteria.measurable.findings).toEqual([
      { code: "smart.measurable.wrong-side", severity: "error", path: ["metric", "target"], params: { direction: "decrease", baseline: 20, target: 24 } },
    ]);
    expect(codes({ ...complete, metric: { unit: "count", direction: "increase", baseline: 20, target: 20 } })).toContain("error:smart.measurable.wrong-side");
    expect(checkSmart({ ...complete, metric: { unit: "percent", direction: "maintain-at-least", target: 95 } }).criteria.measurable.passed).toBe(true);
  });

  it("achievable: 1.5× the best comparable value warns, 3× fails, mirrored for decreases", () => {
    const history = [{ date: "2026-06-30", value: 10 }, { date: "2026-09-30", value: 12 }];
    const at = (target: number) => checkSmart({ ...complete, metric: { unit: "count", direction: "increase", baseline: 0, target } }, { history }).criteria.achievable;
    expect(at(18)).toEqual({ passed: true, findings: [] }); // 1.5 × 12 exactly
    expect(at(19).findings).toEqual([{ code: "smart.achievable.stretch", severity: "warning", path: ["metric", "target"], params: { target: 19, best: 12, ratio: 1.58, limit: 3 } }]);
    expect(at(36).passed).toBe(true); // 3 × 12 exactly is still a stretch
    expect(at(37)).toMatchObject({ passed: false, findings: [{ code: "smart.achievable.unrealistic" }] });
    // decrease: best past value 30 hours; 10 hours is 3× lower (a stretch), 9 is beyond
    const down = (target: number) =>
      checkSmart({ ...complete, metric: { unit: "hours", direction: "decrease", baseline: 48, target } }, { history: [{ date: "2026-09-30", value: 30 }, { date: "2026-06-30", value: 40 }] }).criteria.achievable;
    expect(down(10)).toMatchObject({ passed: true, findings: [{ code: "smart.achievable.stretch" }] });
    expect(down(9)).toMatchObject({ passed: false, findings: [{ code: "smart.achievable.unrealistic", params: { ratio: 3.33 } }] });
    expect(checkSmart(complete, { history: [{ date: "2026-09-30", value: 0 }] }).criteria.achievable.findings[0]?.code).toBe("smart.achievable.cannot-compare");
    expect(checkSmart(complete, { history, policy: { achievable: { failRatio: 1.2 } } }).criteria.achievable.passed).toBe(false);
  });

  it("relevant: parent in the list, or an alignment", () => {
    const child = { ...complete, alignedTo: undefined as never, parentId: "team-growth" };
    expect(codes(child, { goals: [{ id: "team-growth", title: "团队新签 60 家" }] })).not.toContain("error:smart.relevant.unknown-parent");
    expect(codes(child, { goals: [] })).toContain("error:smart.relevant.unknown-parent");
    expect(codes(child)).toContain("info:smart.relevant.parent-not-checked");
    expect(codes({ ...child, parentId: "g-zhang" }, { goals: [child] })).toContain("error:smart.relevant.unknown-parent"); // its own parent
    expect(codes({ ...complete, alignedTo: [] })).toContain("error:smart.relevant.unaligned");
  });

  it("time-bound: due, order, span of at most 366 days, a due date already past", () => {
    expect(codes({ ...complete, due: undefined as never })).toContain("error:smart.time-bound.no-due");
    expect(codes({ ...complete, start: "2027-03-31", due: "2027-01-01" })).toContain("error:smart.time-bound.due-before-start");
    expect(checkSmart({ ...complete, start: "2028-01-01", due: "2028-12-31" }).criteria.timeBound.passed).toBe(true); // 366 days in a leap year
    // 2027-01-01 to 2028-01-01 is 366 days, both ends included: still within the limit
    expect(checkSmart({ ...complete, start: "2027-01-01", due: "2028-01-01" }).criteria.timeBound.findings).toEqual([]);
    expect(checkSmart({ ...complete, start: "2027-01-01", due: "2028-01-02" }).criteria.timeBound.findings).toEqual([
      { code: "smart.time-bound.too-long", severity: "error", path: ["due"], params: { days: 367, max: 366 } },
    ]);
    expect(codes({ ...complete, start: undefined as never })).toContain("info:smart.time-bound.no-start");
    expect(codes(complete, { asOf: "2027-04-02" })).toContain("warning:smart.time-bound.due-passed");
    expect(checkSmart({ ...complete, start: "2027-01-01", due: "2027-01-01" }).criteria.timeBound.passed).toBe(true); // a one-day goal
  });

  it("writes every finding in both languages, as a manager would", () => {
    const report = checkSmart({ id: "g1", title: "提升客户满意度" });
    expect(report.findings.map((f) => formatFinding(f, "zh-CN"))).toEqual([
      "这个目标还没有负责人，请指定一位具体负责的同事。",
      "“提升”只说了方向，没说要做到什么程度。请补上衡量指标和目标值，比如“续约率从 83% 提升到 92%”。",
      "这个目标还没法衡量。请设定衡量指标：单位、方向（提升还是降低）和目标值。",
      "这个指标没有历史数据，暂时无法判断目标是否切实可行。",
      "这个目标没有对齐上级目标或公司战略。请关联上去，让大家明白这个目标为什么重要。",
      "没有截止日期，请写明什么时候完成。",
    ]);
    expect(formatFinding(report.findings[1]!, "en")).toBe("“提升” says which way to go but not how far. Add a metric and a target, such as “raise the renewal rate from 83% to 92%”.");
  });

  it("exposes its defaults", () => {
    expect(DEFAULT_SMART_POLICY).toMatchObject({ maxSpanDays: 366, achievable: { warnRatio: 1.5, failRatio: 3 } });
  });

  it("rejects malformed goals and contexts with every path, and parses stored goals", () => {
    try {
      checkSmart({ id: 7, title: null, start: "2027-02-30", metric: { target: "20" }, alignedTo: [""] } as never, { asOf: "x", policy: { maxSpanDays: 0 } });
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path.join("."))).toEqual(["goal.id", "goal.title", "goal.start", "goal.alignedTo.0", "goal.metric.target", "ctx.asOf", "ctx.policy.maxSpanDays"]);
    }
    expect(parseGoal(complete)).toEqual(complete);
    const dup = safeParseGoals([complete, complete], { locale: "zh-CN" });
    expect(!dup.success && dup.error.message).toBe("输入有误（共 1 处）：[1].id：“g-zhang”重复出现。");
  });
});
