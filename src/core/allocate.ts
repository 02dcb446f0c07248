import { checkArray, checkDecimal, checkMoney, report, throwIfIssues, type Issues } from "./_lib/check.js";
import { parseDec, pow10n, type Dec } from "./_lib/decimal.js";
import type { DecimalInput } from "./decimal.js";
import type { Money } from "./money.js";

/**
 * Splits `total` into parts proportional to `weights`, so that the parts always add up to the
 * total exactly (largest-remainder, or Hamilton, method):
 *
 * 1. each part gets the floor of its exact share `total × weight / Σ weights`;
 * 2. the minor units left over go, one each, to the parts with the largest fractional
 *    remainders; equal remainders go to the lower index first.
 *
 * Every part is within one minor unit of its exact share, and a zero weight gets zero.
 * A negative total (a clawback) is split as its absolute value and negated, so
 * `allocate(−t, w)` is exactly the negation of `allocate(t, w)`.
 *
 * @param total - the money to split
 * @param weights - non-negative exact decimals, at least one above zero
 * @returns one part per weight, in the same order and currency
 * @throws {ValidationError} when `total` is not money, `weights` is empty, a weight is not a
 * non-negative decimal, or all weights are zero.
 * @example
 * ```ts
 * allocate({ amount: 100, currency: "CNY" }, [1, 1, 1]);
 * //=> [{ amount: 34, currency: "CNY" }, { amount: 33, currency: "CNY" }, { amount: 33, currency: "CNY" }]
 * allocate({ amount: 10000, currency: "CNY" }, ["0.5", "0.3", "0.2"]).map((m) => m.amount);
 * //=> [5000, 3000, 2000]
 * ```
 * @category Money
 */
export function allocate(total: Money, weights: readonly DecimalInput[]): Money[] {
  const issues: Issues = [];
  checkMoney(total, ["total"], issues);
  const decs: Dec[] = [];
  if (checkArray(weights, ["weights"], issues, { nonEmpty: true })) {
    let allZero = true;
    for (let i = 0; i < weights.length; i++) {
      // the common case (a valid, already-read weight) builds no path
      const read = parseDec(weights[i]);
      const dec = read !== undefined && read.coefficient >= 0n ? read : checkDecimal(weights[i], ["weights", i], issues, { nonNegative: true });
      if (dec === undefined) continue;
      decs.push(dec);
      if (dec.coefficient !== 0n) allZero = false;
    }
    if (decs.length === weights.length && allZero) report(issues, ["weights"], "validation.all-zero");
  }
  throwIfIssues(issues);
  const amounts = allocateMinor(total.amount, decs);
  const parts: Money[] = new Array<Money>(amounts.length);
  for (let i = 0; i < amounts.length; i++) parts[i] = { amount: amounts[i]!, currency: total.currency };
  return parts;
}

/**
 * Largest-remainder split of `total` minor units by validated decimal weights (not all zero).
 * @internal
 */
export function allocateMinor(total: number, weights: readonly Dec[]): number[] {
  const n = weights.length;
  let scale = 0;
  for (const w of weights) if (w.scale > scale) scale = w.scale;
  const magnitude = Math.abs(total);
  const parts = new Array<number>(n);
  const remainders = new Array<number | bigint>(n);

  // Integer weights on a common scale, as numbers when everything stays below 2^53.
  let small = true;
  let sum = 0;
  const ints = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    const factor = 10 ** (scale - w.scale);
    const v = w.small === undefined ? Number.NaN : w.small * factor;
    if (!Number.isSafeInteger(v)) {
      small = false;
      break;
    }
    ints[i] = v;
    sum += v;
  }
  if (small && Number.isSafeInteger(sum) && magnitude <= Number.MAX_SAFE_INTEGER / sum) {
    let given = 0;
    for (let i = 0; i < n; i++) {
      const product = magnitude * ints[i]!; // ≤ magnitude × sum < 2^53: exact
      const remainder = product % sum;
      parts[i] = (product - remainder) / sum;
      remainders[i] = remainder;
      given += parts[i]!;
    }
    distribute(parts, remainders, magnitude - given);
  } else {
    const big = weights.map((w) => w.coefficient * pow10n(scale - w.scale));
    const bigSum = big.reduce((a, b) => a + b, 0n);
    const bigMagnitude = BigInt(magnitude);
    let given = 0;
    for (let i = 0; i < n; i++) {
      const product = bigMagnitude * big[i]!;
      parts[i] = Number(product / bigSum); // ≤ magnitude: safe
      remainders[i] = product % bigSum;
      given += parts[i]!;
    }
    distribute(parts, remainders, magnitude - given);
  }
  if (total < 0) for (let i = 0; i < n; i++) parts[i] = parts[i] === 0 ? 0 : -parts[i]!;
  return parts;
}

// Gives one unit each to the `leftover` largest remainders, ties to the lower index.
function distribute(parts: number[], remainders: readonly (number | bigint)[], leftover: number): void {
  if (leftover === 0) return;
  if (remainders.length <= 8) {
    // a few parts (the usual split): pick the largest remaining remainder `leftover` times,
    // which needs no sort and no extra array; `>` keeps the lower index on a tie
    let taken = 0; // bit i set once part i has had its unit
    for (let k = 0; k < leftover; k++) {
      let best = -1;
      for (let i = 0; i < remainders.length; i++) {
        if ((taken & (1 << i)) !== 0 || !(remainders[i]! > 0)) continue;
        if (best === -1 || remainders[i]! > remainders[best]!) best = i;
      }
      taken |= 1 << best;
      parts[best]! += 1;
    }
    return;
  }
  const order: number[] = [];
  for (let i = 0; i < remainders.length; i++) if (remainders[i]! > 0) order.push(i);
  order.sort((a, b) => {
    const ra = remainders[a]!;
    const rb = remainders[b]!;
    return ra > rb ? -1 : ra < rb ? 1 : a - b;
  });
  for (let k = 0; k < leftover; k++) parts[order[k]!]! += 1;
}
