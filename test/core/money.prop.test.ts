/**
 * Property tests for exact money: applyRate against an exact rational reference for every
 * rounding mode, and the invariants of allocate.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROUNDING_MODES, allocate, applyRate, isDecimal, normalizeDecimal, type RoundingMode } from "team-playbook/core";

/** The exact decimal of a rate as numerator / 10^scale, read from its canonical text. */
function rational(rate: string): { num: bigint; den: bigint } {
  const text = normalizeDecimal(rate);
  const negative = text.startsWith("-");
  const [int, frac = ""] = (negative ? text.slice(1) : text).split(".");
  const num = BigInt(int! + frac) * (negative ? -1n : 1n);
  return { num, den: 10n ** BigInt(frac.length) };
}

/** Reference rounding of num/den (den > 0), written from the definitions, independently of src. */
function roundRef(num: bigint, den: bigint, mode: RoundingMode): bigint {
  const floor = num >= 0n ? num / den : -((-num + den - 1n) / den);
  const ceil = floor * den === num ? floor : floor + 1n;
  if (floor === ceil) return floor;
  const twiceFrac = 2n * (num - floor * den); // 2 × (value − floor) × den
  const nearest = twiceFrac < den ? floor : twiceFrac > den ? ceil : undefined;
  const towardZero = num >= 0n ? floor : ceil;
  const awayFromZero = num >= 0n ? ceil : floor;
  switch (mode) {
    case "floor":
      return floor;
    case "ceil":
      return ceil;
    case "down":
      return towardZero;
    case "up":
      return awayFromZero;
    case "half-up":
      return nearest ?? awayFromZero;
    case "half-down":
      return nearest ?? towardZero;
    case "half-even":
      return nearest ?? (floor % 2n === 0n ? floor : ceil);
  }
}

const rateText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 20 }))
  .map(([neg, digits, scale]) => {
    const s = digits.toString().padStart(scale + 1, "0");
    const text = scale === 0 ? s : `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`;
    return neg ? `-${text}` : text;
  });
const amount = fc.oneof(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: -1000, max: 1000 }), fc.maxSafeInteger());
const mode = fc.constantFrom(...ROUNDING_MODES);

describe("applyRate agrees with an exact rational reference", () => {
  it("for decimal-text rates, every mode", () => {
    fc.assert(
      fc.property(amount, rateText, mode, (a, rate, m) => {
        const { num, den } = rational(rate);
        const expected = roundRef(BigInt(a) * num, den, m);
        if (expected > BigInt(Number.MAX_SAFE_INTEGER) || expected < -BigInt(Number.MAX_SAFE_INTEGER)) return; // overflow is an error, tested elsewhere
        expect(applyRate({ amount: a, currency: "CNY" }, rate, m).amount).toBe(Number(expected));
      }),
      { numRuns: 3000 },
    );
  });

  it("for number rates, read as their shortest decimal form", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.double({ min: -10, max: 10, noNaN: true }).filter(isDecimal), mode, (a, rate, m) => {
        const { num, den } = rational(String(rate));
        const expected = roundRef(BigInt(a) * num, den, m);
        expect(applyRate({ amount: a, currency: "CNY" }, rate, m).amount).toBe(Number(expected));
      }),
      { numRuns: 2000 },
    );
  });

  it("a number whose shortest form needs more than 30 decimal places is rejected, not rounded", () => {
    expect(isDecimal(5e-324)).toBe(false);
    expect(isDecimal(1e-30)).toBe(true);
    expect(() => applyRate({ amount: 1, currency: "CNY" }, 1e-31)).toThrow(/not an exact decimal/);
  });

  it("ties: exactly half a minor unit rounds by the mode's tie rule", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), mode, (k, m) => {
        // (2k+1) × 0.5 = k + 0.5 exactly
        const expected = roundRef(BigInt(2 * k + 1) * 5n, 10n, m);
        expect(applyRate({ amount: 2 * k + 1, currency: "CNY" }, "0.5", m).amount).toBe(Number(expected));
      }),
    );
  });
});

const weight = fc.oneof(fc.integer({ min: 0, max: 1000 }), rateText.filter((t) => !t.startsWith("-")), fc.constant(0));
const weights = fc.array(weight, { minLength: 1, maxLength: 12 }).filter((ws) => ws.some((w) => rational(String(w)).num > 0n));
const total = fc.oneof(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.maxSafeInteger());

describe("allocate", () => {
  it("parts sum exactly to the total, each within one minor unit of its exact share", () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const parts = allocate({ amount: t, currency: "CNY" }, ws).map((m) => BigInt(m.amount));
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(BigInt(t));
        // exact share_i = t × w_i / Σw on a common denominator
        const rs = ws.map((w) => rational(String(w)));
        const scale = rs.reduce((m, r) => (r.den > m ? r.den : m), 1n);
        const ints = rs.map((r) => r.num * (scale / r.den));
        const sum = ints.reduce((a, b) => a + b, 0n);
        parts.forEach((p, i) => {
          const exactTimesSum = BigInt(t) * ints[i]!; // share × Σw
          const diff = p * sum - exactTimesSum;
          expect(diff < 0n ? -diff : diff).toBeLessThan(sum); // |p − share| < 1
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("equals a reference largest-remainder split with ties to the lower index (property)", () => {
    // written from the definition: floor every exact share, then hand out the leftover units in
    // order of remainder (largest first), equal remainders by index
    const reference = (t: bigint, ws: readonly (number | string)[]): bigint[] => {
      const rs = ws.map((w) => rational(String(w)));
      const scale = rs.reduce((m, r) => (r.den > m ? r.den : m), 1n);
      const ints = rs.map((r) => r.num * (scale / r.den));
      const sum = ints.reduce((a, b) => a + b, 0n);
      const mag = t < 0n ? -t : t;
      const floors = ints.map((w) => (mag * w) / sum);
      const order = ints.map((w, i) => ({ i, rem: (mag * w) % sum })).sort((a, b) => (a.rem > b.rem ? -1 : a.rem < b.rem ? 1 : a.i - b.i));
      let left = mag - floors.reduce((a, b) => a + b, 0n);
      for (const { i } of order) {
        if (left === 0n) break;
        floors[i] = floors[i]! + 1n;
        left -= 1n;
      }
      return floors.map((f) => (t < 0n ? -f : f));
    };
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        expect(allocate({ amount: t, currency: "CNY" }, ws).map((m) => BigInt(m.amount))).toEqual(reference(BigInt(t), ws));
      }),
      { numRuns: 3000 },
    );
  });

  it("a zero weight gets zero, and a negative total is the exact negation", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), weights, (t, ws) => {
        const pos = allocate({ amount: t, currency: "CNY" }, ws).map((m) => m.amount);
        const neg = allocate({ amount: -t, currency: "CNY" }, ws).map((m) => m.amount);
        expect(neg).toEqual(pos.map((x) => (x === 0 ? 0 : -x)));
        ws.forEach((w, i) => {
          if (rational(String(w)).num === 0n) expect(pos[i]).toBe(0);
        });
      }),
    );
  });

  it("scaling every weight by the same factor changes nothing", () => {
    fc.assert(
      fc.property(total, fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }).filter((ws) => ws.some((w) => w > 0)), fc.integer({ min: 1, max: 1000 }), (t, ws, k) => {
        const a = allocate({ amount: t, currency: "CNY" }, ws);
        const b = allocate({ amount: t, currency: "CNY" }, ws.map((w) => w * k));
        expect(b).toEqual(a);
      }),
    );
  });
});
