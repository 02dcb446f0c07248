import { describe, expect, it } from "vitest";
import {
  ValidationError,
  addMoney,
  allocate,
  applyRate,
  formatMoney,
  money,
  moneyFromDecimal,
  moneyToDecimal,
  subtractMoney,
  sumMoney,
  type RoundingMode,
} from "team-playbook/core";

const cny = (amount: number) => ({ amount, currency: "CNY" });

function issuesOf(fn: () => unknown): { path: string; code: string }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map((i) => ({ path: i.path.join("."), code: i.code }));
  }
  throw new Error("expected a ValidationError");
}

describe("applyRate", () => {
  // The rounding table of the RoundingMode docs, worked by hand: amount × 0.1 with amounts
  // 25, −25, 24, −26 gives 2.5, −2.5, 2.4, −2.6 minor units before rounding.
  const table: [RoundingMode, number, number, number, number][] = [
    ["half-even", 2, -2, 2, -3],
    ["half-up", 3, -3, 2, -3],
    ["half-down", 2, -2, 2, -3],
    ["up", 3, -3, 3, -3],
    ["down", 2, -2, 2, -2],
    ["ceil", 3, -2, 3, -2],
    ["floor", 2, -3, 2, -3],
  ];
  it.each(table)("%s rounds 2.5, −2.5, 2.4, −2.6 as documented", (mode, a, b, c, d) => {
    expect([25, -25, 24, -26].map((x) => applyRate(cny(x), "0.1", mode).amount)).toEqual([a, b, c, d]);
  });

  it("reads a number rate through its shortest decimal form, not its binary value", () => {
    // 0.035 as a double is 0.035000000000000003330669…; 300 × that would round half-up to 11
    // either way, but half-even on the exact 10.5 gives 10, which the binary value would not.
    expect(applyRate(cny(300), 0.035).amount).toBe(10);
    expect(applyRate(cny(300), 0.035, "half-up").amount).toBe(11);
    // 1.005 is 1.00499999999999989… in binary; exactly, 1000 × 1.005 = 1005.
    expect(applyRate(cny(1000), 1.005).amount).toBe(1005);
    // 0.1 + 0.2 style: 100 分 × 0.3 = 30 分 exactly.
    expect(applyRate(cny(100), 0.3).amount).toBe(30);
  });

  it("computes a commission line to the cent: ¥1,234,567.89 × 3.5% = ¥43,209.87615 → ¥43,209.88", () => {
    // 123456789 分 × 35/1000 = 4320987.615 分 → half-even 4320988 (remainder .615 > .5)
    expect(applyRate(cny(123_456_789), "0.035")).toEqual(cny(4_320_988));
    expect(applyRate(cny(123_456_789), "0.035", "down")).toEqual(cny(4_320_987));
  });

  it("uses exact big integers when the product leaves the safe range", () => {
    // 9,007,199,254,740,991 × 0.5 = 4,503,599,627,370,495.5 → half-even → …496 (…495 is odd)
    expect(applyRate(cny(Number.MAX_SAFE_INTEGER), "0.5").amount).toBe(4_503_599_627_370_496);
    expect(applyRate(cny(Number.MAX_SAFE_INTEGER), "0.5", "down").amount).toBe(4_503_599_627_370_495);
    // 30 decimal places: 10^6 × 1e-30 rounds up to 1 only with "up"
    expect(applyRate(cny(1_000_000), "0.000000000000000000000000000001", "up").amount).toBe(1);
    expect(applyRate(cny(1_000_000), "0.000000000000000000000000000001").amount).toBe(0);
  });

  it("keeps the currency, never returns −0, and accepts rates above 1 and below 0", () => {
    expect(applyRate({ amount: 1000, currency: "JPY" }, "1.5")).toEqual({ amount: 1500, currency: "JPY" });
    expect(Object.is(applyRate(cny(-1), "0.1", "down").amount, 0)).toBe(true);
    expect(applyRate(cny(1000), "-0.25").amount).toBe(-250);
  });

  it("rejects bad input with every bad path", () => {
    expect(issuesOf(() => applyRate({ amount: 10.5, currency: "RMB" }, "3%", "HALF_UP" as RoundingMode))).toEqual([
      { path: "amount.currency", code: "validation.currency" },
      { path: "amount.amount", code: "validation.minor-units" },
      { path: "rate", code: "validation.decimal" },
      { path: "rounding", code: "validation.enum" },
    ]);
    expect(issuesOf(() => applyRate(cny(1), Number.NaN))).toEqual([{ path: "rate", code: "validation.decimal" }]);
    expect(issuesOf(() => applyRate(null as never, 0.1))).toEqual([{ path: "amount", code: "validation.type" }]);
    expect(issuesOf(() => applyRate(cny(Number.MAX_SAFE_INTEGER), 2))).toEqual([{ path: "amount", code: "validation.overflow" }]);
  });
});

describe("allocate", () => {
  it("splits a ¥1,000.00 team pool 50/30/20 exactly", () => {
    expect(allocate(cny(100_000), ["0.5", "0.3", "0.2"]).map((m) => m.amount)).toEqual([50_000, 30_000, 20_000]);
  });

  it("gives leftover units to the largest remainders, ties to the lower index", () => {
    // ¥0.10 by 3 : 3 : 1 → exact 4.2857, 4.2857, 1.4286 → floors 4, 4, 1 (9) → one left; the
    // largest remainder is the third (0.4286 > 0.2857)
    expect(allocate(cny(10), [3, 3, 1]).map((m) => m.amount)).toEqual([4, 4, 2]);
    // 7 by four equal weights: 1.75 each → floors 1 ×4 → three left to indexes 0, 1, 2
    expect(allocate(cny(7), [1, 1, 1, 1]).map((m) => m.amount)).toEqual([2, 2, 2, 1]);
  });

  it("gives a zero weight nothing and keeps the order of the weights", () => {
    expect(allocate(cny(101), [0, 1, 0, 1]).map((m) => m.amount)).toEqual([0, 51, 0, 50]);
  });

  it("allocates a negative total (a clawback) as the exact negation", () => {
    expect(allocate(cny(-100), [1, 1, 1]).map((m) => m.amount)).toEqual([-34, -33, -33]);
    expect(allocate(cny(0), [1, 2]).map((m) => m.amount)).toEqual([0, 0]);
    expect(allocate(cny(0), [1, 2]).every((m) => Object.is(m.amount, 0))).toBe(true);
  });

  it("splits with big weights and totals through exact big integers", () => {
    const parts = allocate(cny(Number.MAX_SAFE_INTEGER), ["1", "2", "0.000000000000000000001"]);
    expect(parts.reduce((s, m) => s + BigInt(m.amount), 0n)).toBe(BigInt(Number.MAX_SAFE_INTEGER));
    // exact shares: 3,002,399,751,580,330.33…, 6,004,799,503,160,660.66…, ≈0.000000000000000003
    expect(parts.map((m) => m.amount)).toEqual([3_002_399_751_580_330, 6_004_799_503_160_661, 0]);
  });

  it("rejects empty, negative and all-zero weights, naming each path", () => {
    expect(issuesOf(() => allocate(cny(100), []))).toEqual([{ path: "weights", code: "validation.empty" }]);
    expect(issuesOf(() => allocate(cny(100), [0, "0.00"]))).toEqual([{ path: "weights", code: "validation.all-zero" }]);
    expect(issuesOf(() => allocate({ amount: 1e20, currency: "CNY" }, [1, -1, "x"]))).toEqual([
      { path: "total.amount", code: "validation.minor-units" },
      { path: "weights.1", code: "validation.negative" },
      { path: "weights.2", code: "validation.decimal" },
    ]);
  });
});

describe("money helpers", () => {
  it("converts decimal text to minor units exactly for each exponent", () => {
    expect(moneyFromDecimal("12345.67", "CNY")).toEqual(cny(1_234_567));
    expect(moneyFromDecimal("1500", "JPY")).toEqual({ amount: 1500, currency: "JPY" });
    expect(moneyFromDecimal("1.234", "KWD")).toEqual({ amount: 1234, currency: "KWD" });
    expect(moneyFromDecimal(0.1, "CNY")).toEqual(cny(10));
    expect(moneyFromDecimal("-0.05", "CNY")).toEqual(cny(-5));
    expect(moneyFromDecimal("1e3", "CNY")).toEqual(cny(100_000));
  });

  it("refuses to round silently, and rounds once when asked", () => {
    expect(issuesOf(() => moneyFromDecimal("0.125", "CNY"))).toEqual([{ path: "value", code: "validation.too-precise" }]);
    expect(moneyFromDecimal("0.125", "CNY", "half-even")).toEqual(cny(12));
    expect(moneyFromDecimal("0.125", "CNY", "half-up")).toEqual(cny(13));
    expect(moneyFromDecimal("12.5", "JPY", "half-even")).toEqual({ amount: 12, currency: "JPY" });
  });

  it("writes amounts back as exact decimals and formats them per locale", () => {
    expect(moneyToDecimal(cny(1_234_567))).toBe("12345.67");
    expect(moneyToDecimal(cny(-5))).toBe("-0.05");
    expect(moneyToDecimal({ amount: 7, currency: "KWD" })).toBe("0.007");
    expect(moneyToDecimal({ amount: 1500, currency: "JPY" })).toBe("1500");
    expect(formatMoney(cny(1_234_567), "zh-CN")).toBe("¥12,345.67");
    expect(formatMoney({ amount: 1_234_567, currency: "USD" }, "en")).toBe("$12,345.67");
    // beyond 2^53 / 100 a float would lose the cents; the decimal string keeps them
    expect(formatMoney(cny(9_007_199_254_740_991), "zh-CN")).toBe("¥90,071,992,547,409.91");
  });

  it("adds, subtracts and sums in one currency only", () => {
    expect(addMoney(cny(1050), cny(250))).toEqual(cny(1300));
    expect(subtractMoney(cny(1050), cny(2000))).toEqual(cny(-950));
    expect(sumMoney([cny(1), cny(2), cny(3)])).toEqual(cny(6));
    expect(sumMoney([], "JPY")).toEqual({ amount: 0, currency: "JPY" });
    expect(issuesOf(() => addMoney(cny(1), { amount: 1, currency: "USD" }))).toEqual([{ path: "b.currency", code: "validation.currency-mismatch" }]);
    expect(issuesOf(() => sumMoney([]))).toEqual([{ path: "currency", code: "validation.required" }]);
    expect(issuesOf(() => sumMoney([cny(Number.MAX_SAFE_INTEGER), cny(1)]))).toEqual([{ path: "values", code: "validation.overflow" }]);
    expect(money(0, "CNY")).toEqual(cny(0));
    expect(issuesOf(() => money(1, "XAU"))).toEqual([{ path: "currency", code: "validation.currency" }]);
  });
});
