/**
 * Bad plans and inputs: one ValidationError naming every bad path, in English or Chinese,
 * never a TypeError and never a partial result.
 */
import { describe, expect, it } from "vitest";
import { ValidationError } from "team-playbook/core";
import { allocatePool, calculatePayout, calculatePayoutSchedule, calculatePayouts, type Credit, type IncentivePlan } from "team-playbook/incentives";
import { issuesOf } from "../support/issues.js";

const Q4 = { start: "2026-10-01", end: "2026-12-31" };
const ok: IncentivePlan = { id: "p", currency: "CNY", components: [{ kind: "commission", id: "c", rate: "0.05" }] };
const credit: Credit = { id: "d1", amount: 100000, date: "2026-11-10", payees: [{ id: "zhang", share: 1 }] };
const input = { payeeId: "zhang", period: Q4, credits: [credit] };
const bad = (p: unknown, i: unknown = input) => issuesOf(() => calculatePayout(p as IncentivePlan, i as typeof input));

describe("plans", () => {
  it("bands out of order, and an attainment basis without a quota", () => {
    const p = { ...ok, components: [{ kind: "commission", id: "t", tiers: { mode: "marginal", basis: "attainment", bands: [{ from: 0, rate: "0.1" }, { from: "1.2", rate: "0.2" }, { from: 1, rate: "0.3" }] } }] };
    expect(bad(p)).toEqual(["plan.components.0.tiers.basis:validation.requires", "plan.components.0.tiers.bands.2.from:validation.anchor-order"]);
  });
  it("equal band starts are out of order too (bands are half-open and must ascend)", () => {
    const p = { ...ok, components: [{ kind: "commission", id: "t", tiers: { mode: "marginal", basis: "amount", bands: [{ from: 0, rate: "0.1" }, { from: 0, rate: "0.2" }] } }] };
    expect(bad(p)).toEqual(["plan.components.0.tiers.bands.1.from:validation.anchor-order"]);
  });
  it("rate and tiers together, neither, a gate without quota, a bad rounding mode, a duplicate component id", () => {
    const p = {
      ...ok,
      rounding: "bankers",
      components: [
        { kind: "commission", id: "a", rate: "0.1", tiers: { mode: "marginal", basis: "amount", bands: [{ from: 0, rate: 0 }] } },
        { kind: "commission", id: "a", gate: { minAttainment: "0.5" } },
      ],
    };
    expect(bad(p)).toEqual([
      "plan.rounding:validation.enum",
      "plan.components.0:validation.one-of",
      "plan.components.1.id:validation.duplicate",
      "plan.components.1:validation.one-of",
      "plan.components.1.gate:validation.requires",
    ]);
  });
  it("bonus weights must total exactly 1; an attainment measure needs a quota; a curve must be in order", () => {
    const p = {
      ...ok,
      components: [
        {
          kind: "bonus",
          id: "b",
          targetIncentive: 100000,
          measures: [
            { key: "attainment", weight: "0.6", curve: { target: { value: 1, score: 1 } } },
            { key: "csat", weight: "0.3", curve: { threshold: { value: 5, score: 0.5 }, target: { value: 4, score: 1 } } },
          ],
        },
      ],
    };
    expect(bad(p)).toEqual([
      "plan.components.0.measures.0.key:validation.requires",
      "plan.components.0.measures.1.curve.target.value:validation.anchor-order",
      "plan.components.0.measures:validation.exact-total",
    ]);
  });
  it("fractional minor units, negative caps, unknown kinds, bad draw and clawback settings", () => {
    const p = {
      ...ok,
      quota: { amount: 1.5 },
      cap: { perPeriod: -1 },
      draw: { amount: 100.5, type: "forgivable", from: "2026-12-01", until: "2026-11-01" },
      clawback: { windowDays: 30, termDays: 10, termMonths: 1 },
      components: [{ kind: "kicker", id: "k" }, { kind: "spif", id: "s", amount: 100 }],
    };
    expect(bad(p)).toEqual([
      "plan.quota.amount:validation.minor-units",
      "plan.components.0.kind:validation.enum",
      "plan.components.1.filter:validation.required",
      "plan.draw.amount:validation.minor-units",
      "plan.draw.type:validation.enum",
      "plan.draw:validation.period-order",
      "plan.clawback:validation.one-of",
      "plan.cap.perPeriod:validation.range",
    ]);
  });
  it("filters: an operator is needed, values must be scalars", () => {
    const p = { ...ok, components: [{ kind: "spif", id: "s", amount: 100, filter: { all: [{ attribute: "qty" }, { attribute: "x", gte: {} }, { any: [] }] } }] };
    expect(bad(p)).toEqual([
      "plan.components.0.filter.all.0:validation.one-of",
      "plan.components.0.filter.all.1.gte:validation.type",
      "plan.components.0.filter.all.2.any:validation.empty",
    ]);
  });
});

describe("credits and inputs", () => {
  it("revenue shares must total exactly 1 (0.6 + 0.3 is not 0.9 ≈ 1); overlay shares may add any amount", () => {
    const c = { ...credit, payees: [{ id: "A", share: "0.6" }, { id: "B", share: "0.3" }, { id: "C", share: "0.5", kind: "overlay" }] };
    expect(bad(ok, { ...input, credits: [c] })).toEqual(["input.credits.0.payees:validation.exact-total"]);
    const fine = { ...credit, payees: [{ id: "A", share: "0.7" }, { id: "B", share: "0.3" }, { id: "A", share: "0.5", kind: "overlay" as const }] };
    expect(() => calculatePayout(ok, { ...input, credits: [fine] })).not.toThrow();
  });
  it("every bad credit path at once: fractional amount, bad date, zero share, duplicate id and payee, cancellation rules", () => {
    const credits = [
      { ...credit, amount: 10.5 },
      { ...credit, id: "d2", date: "2026-02-30" },
      { ...credit, id: "d3", payees: [{ id: "zhang", share: 0 }] },
      { ...credit },
      { ...credit, id: "d5", payees: [{ id: "A", share: "0.5" }, { id: "A", share: "0.5" }] },
      { ...credit, id: "d6", cancelledOn: "2026-11-20" },
      { ...credit, id: "d7", status: "cancelled", cancelledOn: "2026-11-01" },
    ];
    expect(bad(ok, { ...input, credits })).toEqual([
      "input.credits.0.amount:validation.minor-units",
      "input.credits.1.date:validation.calendar-date",
      "input.credits.2.payees.0.share:validation.range",
      "input.credits.3.id:validation.duplicate",
      "input.credits.4.payees.1.id:validation.duplicate",
      "input.credits.5.cancelledOn:validation.requires",
      "input.credits.6.cancelledOn:validation.date-before",
    ]);
  });
  it("a bonus measure without a value, a negative balance, a bad employment range", () => {
    const p = { ...ok, components: [{ kind: "bonus", id: "b", targetIncentive: 1000, measures: [{ key: "csat", weight: 1, curve: { target: { value: 4.5, score: 1 } } }] }] };
    expect(bad(p, { ...input, carry: { drawBalance: -5 }, employment: { start: "2026-12-01", end: "2026-11-01" } })).toEqual([
      "input.employment:validation.period-order",
      "input.carry.drawBalance:validation.range",
      "input.measures.csat:validation.required",
    ]);
  });
  it("plan and input problems are reported together, in Chinese on request", () => {
    let error: unknown;
    try {
      calculatePayout({ ...ok, currency: "RMB" }, { ...input, credits: [{ ...credit, payees: [{ id: "A", share: "0.5" }] }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const zh = (error as ValidationError).inLocale("zh-CN");
    expect(zh.issues.map((i) => i.message)).toEqual(["“RMB”不是有效的 ISO 4217 币种代码（例如 CNY、USD）。", "合计必须正好等于 1，目前合计为 0.5。"]);
  });
  it("garbage never gives a TypeError", () => {
    for (const [p, i] of [[null, null], [undefined, undefined], [[], []], [ok, { payeeId: 1, period: "Q4", credits: "x" }], [{ components: [null] }, { credits: [null, 1] }]] as const) {
      expect(() => calculatePayout(p as never, i as never)).toThrow(ValidationError);
      expect(() => calculatePayouts(p as never, i as never)).toThrow(ValidationError);
      expect(() => calculatePayoutSchedule(p as never, i as never)).toThrow(ValidationError);
    }
  });
});

describe("runs, schedules and pools", () => {
  it("a payee listed twice in a run", () => {
    expect(issuesOf(() => calculatePayouts(ok, { period: Q4, credits: [credit], payees: [{ payeeId: "A" }, { payeeId: "A" }] }))).toEqual(["run.payees.1.payeeId:validation.duplicate"]);
  });
  it("schedule periods must be in order without overlap; measures align with periods", () => {
    const periods = [{ start: "2026-10-01", end: "2026-10-31" }, { start: "2026-10-15", end: "2026-11-30" }];
    expect(issuesOf(() => calculatePayoutSchedule(ok, { payeeId: "zhang", periods, credits: [], measures: [{}] }))).toEqual([
      "input.periods.1.start:validation.period-order",
      "input.measures:validation.length",
    ]);
  });
  it("pools: all-zero weights, a negative weight, a repeated id, a fractional pool", () => {
    expect(issuesOf(() => allocatePool({ amount: 100, currency: "CNY" }, [{ id: "A", weight: 0 }, { id: "B", weight: 0 }]))).toEqual(["shares:validation.all-zero"]);
    expect(issuesOf(() => allocatePool({ amount: 100.5, currency: "CNY" }, [{ id: "A", weight: -1 }, { id: "A", weight: 1 }]))).toEqual([
      "pool.amount:validation.minor-units",
      "shares.0.weight:validation.negative",
      "shares.1.id:validation.duplicate",
    ]);
  });
});

describe("wording", () => {
  it("a cancellation before the credit's date says so, in both languages", () => {
    let error: unknown;
    try {
      calculatePayout(ok, { ...input, credits: [{ ...credit, status: "cancelled", cancelledOn: "2026-11-01" }] });
    } catch (e) {
      error = e;
    }
    expect((error as ValidationError).issues[0]!.message).toBe("2026-11-01 is before the date (2026-11-10); it cannot be.");
    expect((error as ValidationError).inLocale("zh-CN").issues[0]!.message).toBe("2026-11-01 早于日期（2026-11-10），这不可能。");
  });
});
