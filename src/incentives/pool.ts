/**
 * Team pools split to the cent.
 * @module
 */
import { checkArray, checkDecimal, checkMoney, checkRecord, checkString, report, shown, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Dec } from "../core/_lib/decimal.js";
import { allocateMinor } from "../core/allocate.js";
import type { DecimalInput } from "../core/decimal.js";
import type { Money } from "../core/money.js";

/**
 * Splits a team pool by weights (team credit, points, days worked) with the largest-remainder
 * method: each member gets the floor of their exact share, and the cents left over go to the
 * largest fractional remainders (ties to the earlier member). The parts always sum to the pool.
 *
 * @throws {ValidationError} when the pool is not money, a weight is negative or not a decimal,
 * every weight is zero, or an id repeats.
 * @example
 * ```ts
 * allocatePool({ amount: 10007, currency: "CNY" }, [{ id: "A", weight: 4000 }, { id: "B", weight: 3500 }, { id: "C", weight: 2500 }])
 *   .map((p) => p.amount.amount); //=> [4003, 3502, 2502]
 * ```
 * @category Incentives
 */
export function allocatePool(pool: Money, shares: readonly { readonly id: string; readonly weight: DecimalInput }[]): { id: string; amount: Money }[] {
  const issues: Issues = [];
  checkMoney(pool, ["pool"], issues);
  const weights: Dec[] = [];
  if (checkArray(shares, ["shares"], issues, { nonEmpty: true })) {
    const ids = new Set<string>();
    let allZero = true;
    for (let i = 0; i < shares.length; i++) {
      const s: unknown = shares[i];
      if (!checkRecord(s, ["shares", i], issues)) continue;
      if (checkString(s["id"], ["shares", i, "id"], issues, { nonEmpty: true })) {
        if (ids.has(s["id"])) report(issues, ["shares", i, "id"], "validation.duplicate", { value: shown(s["id"]) });
        ids.add(s["id"]);
      }
      const w = checkDecimal(s["weight"], ["shares", i, "weight"], issues, { nonNegative: true });
      if (w === undefined) continue;
      weights.push(w);
      if (w.coefficient !== 0n) allZero = false;
    }
    if (weights.length === shares.length && allZero) report(issues, ["shares"], "validation.all-zero");
  }
  throwIfIssues(issues);
  const parts = allocateMinor(pool.amount, weights);
  return shares.map((s, i) => ({ id: s.id, amount: { amount: parts[i]!, currency: pool.currency } }));
}
