import { describe, expect, it } from "vitest";
import { ValidationError } from "team-playbook/core";
import { checkSmart, draftGoalFromText } from "team-playbook/goals";
import { STATEMENTS } from "../fixtures/goal-statements.js";

// Written on Saturday 28 November 2026: Q4 2026 is under way, Q1 and H1 have ended for 2026.
const asOf = "2026-11-28";
const draft = (text: string, extra: { fiscalYearStartMonth?: number } = {}) => draftGoalFromText(text, { asOf, ...extra });
const codes = (text: string) => draft(text).findings.map((f) => f.code.replace("goals.draft.", ""));

describe("draftGoalFromText: periods", () => {
  it.each([
    ["本月销售额达到50万元", "2026-11-01", "2026-11-30"],
    ["下个月拜访客户30次", "2026-12-01", "2026-12-31"],
    ["本季度线索转化率提升到12%", "2026-10-01", "2026-12-31"],
    ["本季新增15個有效潛在客戶", "2026-10-01", "2026-12-31"],
    ["下季度新签客户 10 家", "2027-01-01", "2027-03-31"],
    ["Q1 新签客户 20 家", "2027-01-01", "2027-03-31"], // Q1 2026 has ended: the nearest Q1 is 2027's
    ["第四季度回款 300 万元", "2026-10-01", "2026-12-31"], // Q4 2026 is still running
    ["上半年新签 40 家", "2027-01-01", "2027-06-30"],
    ["下半年把逾期应收降到200万以下", "2026-07-01", "2026-12-31"],
    ["H1 2027 新签合同额突破1.2亿元", "2027-01-01", "2027-06-30"],
    ["2027年新增客户 1,200 家", "2027-01-01", "2027-12-31"],
    ["今年开拓200个新客户", "2026-01-01", "2026-12-31"],
    ["明年回款率不低于95%", "2027-01-01", "2027-12-31"],
    ["将客户投诉平均响应时间从48小时缩短到24小时，年底前完成", "2026-11-28", "2026-12-31"],
    ["Raise customer satisfaction to 4.5 by 2027-06-30", "2026-11-28", "2027-06-30"],
    ["end of Q2 2027: close $1.5M in new ARR", "2026-11-28", "2027-06-30"],
    ["Close $50K in ARR this quarter", "2026-10-01", "2026-12-31"],
    ["Reduce churn from 8% to 5% next quarter", "2027-01-01", "2027-03-31"],
    ["本週五前完成所有潛在客戶的首次聯繫", "2026-11-28", "2026-12-04"], // this Friday has passed: next Friday
    ["每月至少完成30笔交易", "2026-11-01", "2026-11-30"],
    ["3月31日前完成续约 12 家", "2026-11-28", "2027-03-31"],
  ])("%s → %s … %s", (text, start, due) => {
    const d = draft(text);
    expect([d.start, d.due]).toEqual([start, due]);
    expect(d.findings).toContainEqual(expect.objectContaining({ code: "goals.draft.period", params: expect.objectContaining({ start, due }) }));
  });

  it("follows a fiscal year: with April starts, Q1 is April–June", () => {
    expect([draft("Q1 新签 20 家", { fiscalYearStartMonth: 4 }).start, draft("Q1 新签 20 家", { fiscalYearStartMonth: 4 }).due]).toEqual(["2027-04-01", "2027-06-30"]);
    expect(draft("本季度新签 5 家", { fiscalYearStartMonth: 2 })).toMatchObject({ start: "2026-11-01", due: "2027-01-31" });
  });

  it("says when it found no period", () => {
    expect(draft("Make 50 calls per day").start).toBeUndefined();
    expect(codes("Make 50 calls per day")).toContain("no-period");
  });
});

describe("draftGoalFromText: numbers, units and directions", () => {
  it.each([
    ["本月销售额达到50万元", { unit: "CNY", direction: "increase", target: 500000 }],
    ["H1 2027 新签合同额突破1.2亿元", { unit: "CNY", direction: "increase", target: 120000000 }],
    ["2027年新增客户 1,200 家", { unit: "count", direction: "increase", target: 1200 }],
    ["Close $50K in ARR this quarter", { unit: "USD", direction: "increase", target: 50000 }],
    ["end of Q2 2027: close $1.5M in new ARR", { unit: "USD", direction: "increase", target: 1500000 }],
    ["将客户投诉平均响应时间从48小时缩短到24小时，年底前完成", { unit: "hours", direction: "decrease", baseline: 48, target: 24 }],
    ["Reduce churn from 8% to 5% next quarter", { unit: "percent", direction: "decrease", baseline: 8, target: 5 }],
    ["Increase lead-to-opportunity conversion from 15% to 20%", { unit: "percent", direction: "increase", baseline: 15, target: 20 }],
    ["NPS 32 → 50 for the SMB segment by 2026-06-30", { direction: "increase", baseline: 32, target: 50 }],
    ["By 2026-06-30, grow cross-sell revenue from my top-20 accounts from ¥1.2M (H2 2025) to ¥1.8M", { unit: "CNY", direction: "increase", baseline: 1200000, target: 1800000 }],
    ["明年回款率不低于95%", { unit: "percent", direction: "maintain-at-least", target: 95 }],
    ["Time to Qualify a Lead ≤ 15 days", { unit: "days", direction: "maintain-at-most", target: 15 }],
    ["Reduce average call time to 20 minutes", { unit: "minutes", direction: "decrease", target: 20 }],
    ["Q1 新签客户 20 家", { unit: "count", direction: "increase", target: 20 }],
    ["下半年把逾期应收降到200万以下", { direction: "decrease", target: 2000000 }],
    ["同期满意度均分从4.1提升到4.5", { direction: "increase", baseline: 4.1, target: 4.5 }],
    ["Ｑ１业绩达到１２０万元", { unit: "CNY", direction: "increase", target: 1200000 }], // full-width digits
  ])("%s", (text, metric) => {
    expect(draft(text).metric).toEqual(metric);
  });

  it("reads 万, 亿, k and M exactly, without float error", () => {
    expect(draft("本月回款 0.07万元").metric?.target).toBe(700);
    expect(draft("年底前签约 1.1亿元").metric?.target).toBe(110000000);
    expect(draft("Close $2.3M this quarter").metric?.target).toBe(2300000);
  });

  it("reports every assumption", () => {
    expect(codes("本月销售额达到50万元")).toEqual(["period", "multiplier"]);
    expect(draft("本月销售额达到50万元").findings[1]).toEqual({ code: "goals.draft.multiplier", severity: "info", params: { text: "50万元", value: 500000 } });
    expect(codes("Close $50K in ARR this quarter")).toEqual(["period", "multiplier", "assumed-unit"]); // "$" could be another dollar
    expect(codes("明年回款率不低于95%")).toEqual(["period", "percent-points"]);
    expect(codes("本季度 30 单")).toEqual(["period", "assumed-increase", "assumed-unit"]);
    expect(codes("Grow international accounts")).toEqual(["no-period", "no-target"]);
  });

  it("reads only the first of two goals joined in one sentence, and says so", () => {
    const d = draft("2026年上半年回款率≥95%，且逾期90天以上应收账款降至50万元以下");
    expect(d.metric).toEqual({ unit: "percent", direction: "maintain-at-least", target: 95 });
    expect(d.findings).toContainEqual({ code: "goals.draft.compound", severity: "warning", params: { conjunction: "且" } });
  });

  it("does not take a multiple (10x, 3倍) for a target", () => {
    expect(draft("10x revenue in one month with same team").metric).toBeUndefined();
    expect(codes("10x revenue in one month with same team")).toContain("no-target");
  });

  it("keeps the sentence as the title and never throws on odd text", () => {
    for (const text of ["", "   ", "？？？", "从到至", "Q5 2027", "2026-02-30 前完成", "1e999 万元", "from to by", "%%%", "从48到", "a".repeat(2000), "本月销售额达到123456789012345678901234567890元"]) {
      const d = draft(text);
      expect(d.title).toBe(text.trim());
    }
    expect(() => draftGoalFromText(42 as never, { asOf })).toThrow(ValidationError);
    expect(() => draftGoalFromText("x", { asOf: "2026-02-30" })).toThrow(ValidationError);
    expect(() => draftGoalFromText("x", null as never)).toThrow(ValidationError);
  });

  it("drafts the thirty statements without throwing, each one SMART-checkable", () => {
    for (const s of STATEMENTS) {
      const d = draftGoalFromText(s.text, { asOf: "2026-01-05" });
      const { findings: _findings, ...fields } = d;
      expect(() => checkSmart({ id: `draft-${s.n}`, ...fields })).not.toThrow();
    }
  });
});
