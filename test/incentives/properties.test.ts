/**
 * Invariants of the incentives engine, checked on generated plans and credits (fast-check):
 * splits and pools sum exactly, marginal payouts never fall as credit grows, a credit and its
 * clawback net to zero, a schedule is its statements chained one by one, a plan survives a
 * JSON round trip, and the statement's lines always add up to what is paid.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocatePool,
  calculatePayout,
  calculatePayoutSchedule,
  calculatePayouts,
  type Credit,
  type IncentivePlan,
  type PayoutStatement,
} from "team-playbook/incentives";

const RUNS = 150;
const Q4 = { start: "2026-10-01", end: "2026-12-31" };
const PAYEES = ["A", "B", "C"];

const rate = fc.integer({ min: 0, max: 2000 }).map((bp) => (bp / 10000).toString());
const share = fc.constantFrom(["1"], ["0.5", "0.5"], ["0.6", "0.4"], ["0.333", "0.333", "0.334"], ["0.25", "0.75"]);
const day = fc.integer({ min: 1, max: 92 }).map((n) => {
  const d = new Date(Date.UTC(2026, 9, n));
  return d.toISOString().slice(0, 10);
});

const credit = (i: number) =>
  fc.record({ amount: fc.integer({ min: 0, max: 5_000_000 }), date: day, shares: share, first: fc.integer({ min: 0, max: 2 }) }).map(
    ({ amount, date, shares, first }): Credit => ({
      id: `c${i}`,
      amount,
      date,
      payees: shares.map((s, k) => ({ id: PAYEES[(first + k) % PAYEES.length]!, share: s })),
    }),
  );
const credits = fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => credit(i))));

const bands = fc
  .uniqueArray(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 4 })
  .chain((froms) => fc.tuple(...[0, ...froms.sort((a, b) => a - b)].map((from) => rate.map((r) => ({ from, rate: r })))));

const tieredPlan = fc.record({ mode: fc.constantFrom("marginal" as const, "retroactive" as const), scope: fc.constantFrom("period" as const, "credit" as const), bands, rounding: fc.constantFrom("half-even" as const, "half-up" as const, "down" as const, "ceil" as const) }).map(
  ({ mode, scope, bands, rounding }): IncentivePlan => ({ id: "p", currency: "CNY", rounding, components: [{ kind: "commission", id: "t", tiers: { mode, basis: "amount", scope, bands } }, { kind: "commission", id: "f", rate: "0.0175" }] }),
);

function sumBy(values: readonly { amount: number }[]): number {
  let s = 0;
  for (const v of values) s += v.amount;
  return s;
}

function checkStatement(s: PayoutStatement): void {
  expect(sumBy(s.lines)).toBe(s.net);
  for (const l of s.lines) {
    if (l.kind !== "commission" && l.kind !== "spif") continue;
    const parts = s.creditPayouts.filter((c) => c.componentId === l.componentId);
    expect(sumBy(parts)).toBe(l.amount);
  }
}

describe("sums", () => {
  it("credit payouts of every line sum to the line, and the lines to net, for every payee of a split", () => {
    fc.assert(
      fc.property(tieredPlan, credits, (plan, list) => {
        const { statements } = calculatePayouts(plan, { period: Q4, credits: list, payees: PAYEES.map((payeeId) => ({ payeeId })) });
        for (const s of statements) checkStatement(s);
      }),
      { numRuns: RUNS },
    );
  });
  it("a pool splits to the cent by largest remainder: parts sum to the pool and each is within one cent of its exact share", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 1, maxLength: 20 }), (amount, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const parts = allocatePool({ amount, currency: "CNY" }, weights.map((weight, i) => ({ id: `m${i}`, weight })));
        expect(parts.reduce((s, p) => s + p.amount.amount, 0)).toBe(amount);
        const total = weights.reduce((a, b) => a + b, 0);
        parts.forEach((p, i) => expect(Math.abs(p.amount.amount - (amount * weights[i]!) / total)).toBeLessThan(1 + 1e-6));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("monotonic", () => {
  it("under marginal tiers with non-negative rates, more credit never pays less", () => {
    fc.assert(
      fc.property(bands, credits, fc.nat({ max: 11 }), fc.integer({ min: 1, max: 3_000_000 }), (b, list, which, extra) => {
        fc.pre(list.length > 0);
        const plan: IncentivePlan = { id: "p", currency: "CNY", components: [{ kind: "commission", id: "t", tiers: { mode: "marginal", basis: "amount", bands: b } }] };
        const i = which % list.length;
        const more = list.map((c, k) => (k === i ? { ...c, amount: c.amount + extra } : c));
        for (const payeeId of PAYEES) {
          const before = calculatePayout(plan, { payeeId, period: Q4, credits: list }).net;
          const after = calculatePayout(plan, { payeeId, period: Q4, credits: more }).net;
          expect(after).toBeGreaterThanOrEqual(before);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

const periods = [
  { start: "2026-10-01", end: "2026-10-31" },
  { start: "2026-11-01", end: "2026-11-30" },
  { start: "2026-12-01", end: "2026-12-31" },
];

const cancellable = fc
  .tuple(credits, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 60 })), { maxLength: 4 }))
  .map(([list, cancels]) => {
    const out = list.map((c) => ({ ...c }) as Credit);
    for (const [which, after] of cancels) {
      if (out.length === 0) break;
      const c = out[which % out.length]!;
      const d = new Date(Date.parse(`${c.date}T00:00:00Z`) + after * 86400000).toISOString().slice(0, 10);
      if (d <= "2026-12-31") out[which % out.length] = { ...c, status: "cancelled", cancelledOn: d };
    }
    return out;
  });

describe("clawbacks", () => {
  it("a credit cancelled in a later period within the window nets to zero over the schedule (full mode), whatever a period cap forfeited", () => {
    fc.assert(
      fc.property(tieredPlan, cancellable, fc.option(fc.integer({ min: 0, max: 60000 }), { nil: undefined }), (plan, list, cap) => {
        const p: IncentivePlan = { ...plan, clawback: { windowDays: 90 }, ...(cap === undefined ? {} : { cap: { perPeriod: cap } }) };
        for (const payeeId of PAYEES) {
          const { statements } = calculatePayoutSchedule(p, { payeeId, periods, credits: list });
          // no bonus and no excess carried: every cent earned is some credit's, so the credits'
          // parts add up to the period's earnings (a forfeited excess included)
          for (const s of statements) expect(sumBy(s.creditPayouts)).toBe(s.earnings);
          for (const c of list) {
            if (c.status !== "cancelled") continue;
            const periodOf = (date: string) => periods.findIndex((x) => x.start <= date && date <= x.end);
            if (periodOf(c.cancelledOn!) === periodOf(c.date)) continue; // never paid, nothing to take back
            const total = statements.flatMap((s) => s.creditPayouts).filter((x) => x.creditId === c.id).reduce((s, x) => s + x.amount, 0);
            expect(total).toBe(0);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});

const planWithBalances = fc
  .record({
    plan: tieredPlan,
    draw: fc.option(fc.record({ amount: fc.integer({ min: 0, max: 50000 }), type: fc.constantFrom("recoverable" as const, "non-recoverable" as const), style: fc.constantFrom("guarantee" as const, "additive" as const) }), { nil: undefined }),
    cap: fc.option(fc.record({ perPeriod: fc.integer({ min: 0, max: 80000 }), payExcessLater: fc.boolean() }), { nil: undefined }),
    unserved: fc.boolean(),
  })
  .map(({ plan, draw, cap, unserved }): IncentivePlan => ({
    ...plan,
    clawback: unserved ? { windowDays: 60, mode: "unserved-term", termDays: 45 } : { windowDays: 75 },
    ...(draw === undefined ? {} : { draw }),
    ...(cap === undefined ? {} : { cap }),
  }));

describe("schedules", () => {
  it("a schedule equals its statements chained one by one (carry and credit payouts passed by hand)", () => {
    fc.assert(
      fc.property(planWithBalances, cancellable, fc.integer({ min: 0, max: 30000 }), (plan, list, owed) => {
        const { statements } = calculatePayoutSchedule(plan, { payeeId: "A", periods, credits: list, carry: { drawBalance: owed } });
        let carry = { drawBalance: owed, capExcess: 0 };
        const paid: { creditId: string; amount: number }[] = [];
        periods.forEach((period, i) => {
          const s = calculatePayout(plan, { payeeId: "A", period, credits: list, carry, paidCredits: [...paid] });
          expect(s).toEqual(statements[i]);
          checkStatement(s);
          expect(s.net).toBeGreaterThanOrEqual(0);
          carry = s.carry;
          paid.push(...s.creditPayouts.map(({ creditId, amount }) => ({ creditId, amount })));
        });
      }),
      { numRuns: RUNS },
    );
  });
  it("a payroll run equals one statement per payee", () => {
    fc.assert(
      fc.property(planWithBalances, credits, (plan, list) => {
        const { statements } = calculatePayouts(plan, { period: Q4, credits: list, payees: PAYEES.map((payeeId) => ({ payeeId, carry: { drawBalance: 1000 } })) });
        PAYEES.forEach((payeeId, i) => expect(statements[i]).toEqual(calculatePayout(plan, { payeeId, period: Q4, credits: list, carry: { drawBalance: 1000 } })));
      }),
      { numRuns: 60 },
    );
  });
});

describe("data in, data out", () => {
  it("a plan and its inputs survive a JSON round trip with identical results, and the statement is JSON too", () => {
    fc.assert(
      fc.property(planWithBalances, cancellable, (plan, list) => {
        const input = { payeeId: "B", period: periods[1]!, credits: list, paidCredits: [{ creditId: "c0", amount: 500 }] };
        const direct = calculatePayout(plan, input);
        const revived = calculatePayout(JSON.parse(JSON.stringify(plan)), JSON.parse(JSON.stringify(input)));
        expect(revived).toEqual(direct);
        expect(JSON.parse(JSON.stringify(direct))).toEqual(direct);
      }),
      { numRuns: 80 },
    );
  });
  it("arguments are never changed", () => {
    fc.assert(
      fc.property(planWithBalances, cancellable, (plan, list) => {
        const frozenPlan = structuredClone(plan);
        const frozenCredits = structuredClone(list);
        calculatePayoutSchedule(plan, { payeeId: "C", periods, credits: list });
        expect(plan).toEqual(frozenPlan);
        expect(list).toEqual(frozenCredits);
      }),
      { numRuns: 40 },
    );
  });
});
