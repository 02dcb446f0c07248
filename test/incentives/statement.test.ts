/**
 * Statements for people: rendering in Markdown and text, in English and Chinese; disputes on
 * a line; plan checks for cliffs; schemas that apply the same rules as the engine.
 */
import { describe, expect, it } from "vitest";
import { formatFinding, ValidationError } from "team-playbook/core";
import {
  calculatePayout,
  calculatePayoutSchedule,
  checkPlan,
  CreditSchema,
  DisputeRecordSchema,
  disputeStatementLine,
  IncentivePlanSchema,
  parseCredits,
  parseIncentivePlan,
  renderStatement,
  safeParseIncentivePlan,
  type IncentivePlan,
} from "team-playbook/incentives";
import { issuesOf } from "../support/issues.js";

const plan: IncentivePlan = {
  id: "ka-q4",
  currency: "CNY",
  quota: { amount: 15000000 },
  components: [
    { kind: "commission", id: "acc", tiers: { mode: "marginal", basis: "attainment", bands: [{ from: 0, rate: "0.08" }, { from: 1, rate: "0.12" }, { from: "1.2", rate: "0.16" }] } },
    { kind: "spif", id: "new-logo", amount: 50000, filter: { attribute: "newLogo", equals: true } },
  ],
  clawback: { windowDays: 90 },
};
const statement = calculatePayout(plan, {
  payeeId: "zhang",
  period: { start: "2026-10-01", end: "2026-12-31" },
  credits: [
    { id: "d1", amount: 10000000, date: "2026-11-10", payees: [{ id: "zhang", share: 1 }], attributes: { newLogo: true } },
    { id: "d2", amount: 9500000, date: "2026-12-01", payees: [{ id: "zhang", share: 1 }] },
    { id: "old", amount: 2000000, date: "2026-09-20", payees: [{ id: "zhang", share: 1 }], status: "cancelled", cancelledOn: "2026-10-15" },
  ],
  paidCredits: [{ creditId: "old", amount: 160000 }],
});

describe("the statement", () => {
  it("lines: accelerated commission 18,000.00, one new-logo SPIF 500.00, the September deal clawed back 1,600.00", () => {
    expect(statement.lines.map((l) => [l.componentId, l.kind, l.amount])).toEqual([
      ["acc", "commission", 1800000],
      ["new-logo", "spif", 50000],
      ["clawback", "clawback", -160000],
    ]);
    expect(statement.net).toBe(1800000 + 50000 - 160000);
    expect(statement.creditPayouts).toEqual([
      { creditId: "d1", componentId: "acc", amount: 800000 },
      { creditId: "d2", componentId: "acc", amount: 1000000 },
      { creditId: "d1", componentId: "new-logo", amount: 50000 },
      { creditId: "old", componentId: "clawback", amount: -160000 },
    ]);
  });
});

describe("renderStatement", () => {
  it("Markdown in English: facts, one row per line, what is paid, each line's derivation, the carry", () => {
    const md = renderStatement(statement, { payeeName: "Zhang Wei" });
    expect(md).toContain("# Commission statement — Zhang Wei");
    expect(md).toContain("- **Attainment**: 130.00%");
    expect(md).toContain("| 1 | acc | commission | CN¥18,000.00 |");
    expect(md).toContain("| 3 | clawback (old) | clawback | -CN¥1,600.00 |");
    expect(md).toContain("| | **Paid** | | **CN¥16,900.00** |");
    expect(md).toContain("  - band CN¥150,000.00 – CN¥180,000.00: CN¥30,000.00 × 0.12 = CN¥3,600.00.");
    expect(md).toContain("- Credit old (2026-09-20) was cancelled on 2026-10-15, 25 days later (window 90 days): the CN¥1,600.00 it earned is taken back, -CN¥1,600.00.");
    expect(md.endsWith("- Cap excess to pay later: CN¥0.00\n")).toBe(true);
  });
  it("plain text in Chinese reads as a Chinese statement", () => {
    const text = renderStatement(statement, { format: "text", locale: "zh-CN", payeeName: "张伟" });
    expect(text.split("\n").slice(0, 8)).toEqual(["提成结算单 — 张伟", "", "方案：ka-q4", "期间：2026-10-01 – 2026-12-31", "指标：¥150,000.00", "计入业绩：¥195,000.00", "完成率：130.00%", ""]);
    expect(text).toContain("  3. clawback (old) · 追回：-¥1,600.00");
    expect(text).toContain("  实发：¥16,900.00");
    expect(text).toContain("业绩 old（2026-09-20）于 2026-10-15 取消，相隔 25 天（追回期 90 天内）：此前发放的 ¥1,600.00 全额追回，计 -¥1,600.00。");
  });
  it("an app's catalogue rewords a step", () => {
    const text = renderStatement(statement, { format: "text", catalog: { "incentives.line.round": "rounded: {result}" } });
    expect(text).toContain("rounded: CN¥18,000.00");
  });
  it("bad arguments are one ValidationError", () => {
    expect(issuesOf(() => renderStatement({ ...statement, lines: [{ componentId: 1 }] } as never, { format: "pdf" as never }))).toEqual([
      "statement.lines.0.componentId:validation.type",
      "statement.lines.0.kind:validation.required",
      "statement.lines.0.amount:validation.required",
      "statement.lines.0.explanation:validation.required",
      "opts.format:validation.enum",
    ]);
  });
});

describe("disputeStatementLine", () => {
  it("copies the line and the claim; the difference is what the payee expected minus what the line says", () => {
    const d = disputeStatementLine(statement, { line: 2, raisedBy: "zhang", raisedOn: "2027-01-05", reason: "客户只是延期付款，并未取消合同", expectedAmount: 0 });
    expect(d).toEqual({
      id: "ka-q4/zhang/2026-10-01/2",
      planId: "ka-q4",
      payeeId: "zhang",
      period: { start: "2026-10-01", end: "2026-12-31" },
      currency: "CNY",
      line: { index: 2, componentId: "clawback", kind: "clawback", amount: -160000, creditId: "old" },
      raisedBy: "zhang",
      raisedOn: "2027-01-05",
      reason: "客户只是延期付款，并未取消合同",
      expectedAmount: 0,
      difference: 160000,
      status: "open",
    });
    expect(DisputeRecordSchema.parse(d)).toEqual(d);
  });
  it("no such line, no reason, a bad date", () => {
    expect(issuesOf(() => disputeStatementLine(statement, { line: 3, raisedBy: "zhang", raisedOn: "2027-13-01", reason: " " }))).toEqual([
      "claim.line:validation.range",
      "claim.raisedOn:validation.calendar-date",
      "claim.reason:validation.empty",
    ]);
  });
});

describe("checkPlan", () => {
  it("V04's retroactive cliff: crossing 500,000.00 from 5% to 7% pays 10,000.00 more", () => {
    const findings = checkPlan({ id: "p", currency: "CNY", components: [{ kind: "commission", id: "c", tiers: { mode: "retroactive", basis: "amount", bands: [{ from: 0, rate: "0.03" }, { from: 30000000, rate: "0.05" }, { from: 50000000, rate: "0.07" }] } }] });
    expect(findings.map((f) => [f.code, f.path, f.params?.["jump"]])).toEqual([
      ["incentives.plan.retroactive-cliff", ["components", 0, "tiers", "bands", 1], { amount: 600000, currency: "CNY" }],
      ["incentives.plan.retroactive-cliff", ["components", 0, "tiers", "bands", 2], { amount: 1000000, currency: "CNY" }],
    ]);
    expect(formatFinding(findings[1]!, "zh-CN")).toBe(
      "提成项“c”按全额累进（达档后整笔按高档费率）计算：业绩一跨过 ¥500,000.00，前面的业绩也全部按高费率重算，跨档的那一单比前一单多拿 ¥10,000.00。这种“悬崖”容易让人压单、挪单；改用超额累进（分段计算）可以避免。",
    );
  });
  it("attainment edges are measured on the quota; marginal tables and falling rates raise nothing; gates are noted", () => {
    const findings = checkPlan({
      id: "p",
      currency: "CNY",
      quota: { amount: 10000000 },
      components: [
        { kind: "commission", id: "r", gate: { minAttainment: "0.5" }, tiers: { mode: "retroactive", basis: "attainment", bands: [{ from: 0, rate: "0.1" }, { from: 1, rate: "0.12" }, { from: 2, rate: "0.05" }] } },
        { kind: "commission", id: "m", tiers: { mode: "marginal", basis: "amount", bands: [{ from: 0, rate: "0.1" }, { from: 100, rate: "0.2" }] } },
      ],
    });
    expect(findings.map((f) => [f.code, f.params?.["componentId"], f.params?.["jump"] ?? f.params?.["minAttainment"]])).toEqual([
      ["incentives.plan.gate-cliff", "r", "0.5"],
      ["incentives.plan.retroactive-cliff", "r", { amount: 200000, currency: "CNY" }],
    ]);
  });
  it("a bad plan is a ValidationError", () => expect(() => checkPlan({ id: "" } as never)).toThrow(ValidationError));
});

describe("schemas", () => {
  it("a stored plan parses back to one the engine gives the same statement for", () => {
    const parsed = parseIncentivePlan(JSON.parse(JSON.stringify(plan)));
    expect(IncentivePlanSchema.safeParse(plan).success).toBe(true);
    expect(calculatePayout(parsed, { payeeId: "zhang", period: statement.period, credits: [] }).planId).toBe("ka-q4");
  });
  it("one parse reports shape problems and rule problems together", () => {
    const result = safeParseIncentivePlan({ id: "p", currency: "CNY", quota: { amount: 1.5 }, components: [{ kind: "commission", id: "t", tiers: { mode: "marginal", basis: "amount", bands: [{ from: 5, rate: 1 }, { from: 1, rate: 1 }] } }] }, { locale: "zh-CN" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => `${i.path.join(".")}:${i.code}`)).toEqual(["quota.amount:validation.minor-units", "components.0.tiers.bands.1.from:validation.anchor-order"]);
      expect(result.error.issues[1]!.message).toBe("分档起点必须递增：1 不大于前一档的 5。");
    }
  });
  it("credits: revenue shares total exactly 1, ids unique in a list", () => {
    expect(CreditSchema.safeParse({ id: "d", amount: 1, date: "2026-01-01", payees: [{ id: "A", share: "0.6" }, { id: "B", share: "0.3" }] }).success).toBe(false);
    expect(issuesOf(() => parseCredits([{ id: "d", amount: 1, date: "2026-01-01", payees: [{ id: "A", share: 1 }] }, { id: "d", amount: 2, date: "2026-01-02", payees: [{ id: "A", share: 1 }] }]))).toEqual(["1.id:validation.duplicate"]);
  });
});

describe("review regressions", () => {
  const Q = { start: "2026-10-01", end: "2026-12-31" };
  const one = (id: string, amount: number, date = "2026-11-10") => ({ id, amount, date, payees: [{ id: "z", share: 1 }] });
  it("a forfeited cap excess is split over the credits as `cap` parts, so a later clawback takes back only what was paid", () => {
    const plan: IncentivePlan = { id: "p", currency: "CNY", components: [{ kind: "commission", id: "c", rate: "0.1" }], cap: { perPeriod: 1000000 }, clawback: { windowDays: 90 } };
    const credit = { ...one("d", 12500000, "2026-10-10"), status: "cancelled" as const, cancelledOn: "2026-11-05" };
    const [oct, nov] = calculatePayoutSchedule(plan, { payeeId: "z", periods: [{ start: "2026-10-01", end: "2026-10-31" }, { start: "2026-11-01", end: "2026-11-30" }], credits: [credit] }).statements;
    expect(oct!.net).toBe(1000000);
    expect(oct!.creditPayouts).toEqual([{ creditId: "d", componentId: "c", amount: 1250000 }, { creditId: "d", componentId: "cap", amount: -250000 }]);
    expect(nov!.lines.find((l) => l.kind === "clawback")!.amount).toBe(-1000000);
    expect(nov!.carry.drawBalance).toBe(1000000);
  });
  it("a gate without quota in the period says so", () => {
    const s = calculatePayout({ id: "p", currency: "CNY", quota: { amount: 0 }, components: [{ kind: "commission", id: "c", rate: 1, gate: { minAttainment: 0 } }] }, { payeeId: "z", period: Q, credits: [one("d", 10)] });
    expect([s.net, s.lines[0]!.explanation.steps[0]!.code]).toEqual([0, "incentives.gate.no-quota"]);
  });
  it("a once-SPIF is weighted by the payee's share, like every SPIF: a split deal pays one in total", () => {
    const plan: IncentivePlan = { id: "p", currency: "CNY", components: [{ kind: "spif", id: "s", amount: 1000, mode: "once", filter: { attribute: "x", equals: 1 } }] };
    const credit = { id: "d", amount: 1, date: "2026-11-10", payees: [{ id: "z", share: "0.1" }, { id: "y", share: "0.9" }], attributes: { x: 1 } };
    expect(["z", "y"].map((payeeId) => calculatePayout(plan, { payeeId, period: Q, credits: [credit] }).net)).toEqual([100, 900]);
  });
  it("sums past the safe integers are a ValidationError, not a wrong number", () => {
    const plan: IncentivePlan = { id: "p", currency: "CNY", components: [{ kind: "commission", id: "a", rate: 1 }, { kind: "commission", id: "b", rate: 1 }] };
    expect(issuesOf(() => calculatePayout(plan, { payeeId: "z", period: Q, credits: [one("d", Number.MAX_SAFE_INTEGER)] }))).toEqual(["input.lines.1:validation.overflow"]);
    expect(issuesOf(() => disputeStatementLine(statement, { line: 2, raisedBy: "z", raisedOn: "2027-01-05", reason: "x", expectedAmount: Number.MAX_SAFE_INTEGER }))).toEqual(["claim.expectedAmount:validation.overflow"]);
  });
  it("a negative credit's bands are explained as reversed", () => {
    const s = calculatePayout({ id: "p", currency: "CNY", components: [{ kind: "commission", id: "c", tiers: { mode: "marginal", basis: "amount", scope: "credit", bands: [{ from: 0, rate: "0.1" }, { from: 100, rate: "0.2" }] } }] }, { payeeId: "z", period: Q, credits: [one("cn", -150)] });
    expect(s.lines[0]!.amount).toBe(-20);
    expect(s.lines[0]!.explanation.steps[0]!.steps!.every((x) => x.inputs["negative"] === true)).toBe(true);
  });
  it("a non-recoverable draw forgives the shortfall below the draw, not a clawback debt (decision 0008)", () => {
    const plan: IncentivePlan = { id: "p", currency: "CNY", components: [{ kind: "commission", id: "c", rate: "0.1" }], draw: { amount: 1000, type: "non-recoverable" }, clawback: { windowDays: 90 } };
    const credit = { ...one("d", 50000, "2026-11-10"), status: "cancelled" as const, cancelledOn: "2026-11-20" };
    const s = calculatePayout(plan, { payeeId: "z", period: Q, credits: [credit], paidCredits: [{ creditId: "d", amount: 5000 }] });
    expect([s.net, s.carry.drawBalance]).toEqual([1000, 5000]);
  });
});

describe("rendered attainment is computed from the exact amounts", () => {
  it("1 of 3 → 33.33%, 2 of 3 → 66.67% (half-even on the exact fraction)", () => {
    const plan: IncentivePlan = { id: "p", currency: "CNY", quota: { amount: 3 }, components: [{ kind: "commission", id: "c", rate: "0.1" }] };
    const render = (amount: number) =>
      renderStatement(calculatePayout(plan, { payeeId: "z", period: { start: "2026-10-01", end: "2026-12-31" }, credits: [{ id: "d", amount, date: "2026-11-10", payees: [{ id: "z", share: 1 }] }] }), { format: "text" });
    expect(render(1)).toContain("Attainment: 33.33%");
    expect(render(2)).toContain("Attainment: 66.67%");
  });
});
