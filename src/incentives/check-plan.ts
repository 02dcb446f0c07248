/**
 * Design checks on a plan: the cliffs the research notes warn about.
 * @module
 */
import { throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Finding } from "../core/findings.js";
import { toSafeNumber } from "../core/money.js";
import type { IncentiveFindingCode } from "./codes.js";
import { readPlan } from "./_lib/compile.js";
import { fxInt, fxMul, fxRound, fxSub } from "../core/_lib/fixed.js";
import type { IncentivePlan } from "./types.js";

/**
 * Checks a plan for designs that pay in jumps (findings, not errors):
 * - `incentives.plan.retroactive-cliff` (warning) for every band edge of a retroactive table
 *   where the rate rises: crossing it re-prices everything below, so one more sale there pays
 *   `from × (rate − previous rate)` more (V04 of the research notes: +10,000.00 for one cent).
 *   For attainment bands the edge is measured on the plan's quota.
 * - `incentives.plan.gate-cliff` (info) for every gated commission.
 *
 * @throws {ValidationError} when the plan itself is not valid.
 * @example
 * ```ts
 * checkPlan({ id: "p", currency: "CNY", components: [{ kind: "commission", id: "c", tiers: { mode: "retroactive", basis: "amount", bands: [{ from: 0, rate: "0.05" }, { from: 50000000, rate: "0.07" }] } }] })
 *   .map((f) => [f.code, f.params?.jump]);
 * //=> [["incentives.plan.retroactive-cliff", { amount: 1000000, currency: "CNY" }]]
 * ```
 * @category Incentives
 */
export function checkPlan(plan: IncentivePlan): Finding<IncentiveFindingCode>[] {
  const issues: Issues = [];
  const rules = readPlan(plan, ["plan"], issues);
  throwIfIssues(issues);
  const findings: Finding<IncentiveFindingCode>[] = [];
  const currency = plan.currency;
  for (const rule of rules!.rules) {
    if (rule.kind !== "commission") continue;
    const path = ["components", rule.index];
    if (rule.gate !== undefined) {
      findings.push({ code: "incentives.plan.gate-cliff", severity: "info", path: [...path, "gate"], params: { componentId: rule.id, minAttainment: rule.gate.text } });
    }
    const tiers = rule.tiers;
    if (tiers === undefined || tiers.mode !== "retroactive") continue;
    if (tiers.basis === "attainment" && rules!.quota === undefined) continue;
    for (let k = 1; k < tiers.bands.length; k++) {
      const band = tiers.bands[k]!;
      const rise = fxSub(band.rate, tiers.bands[k - 1]!.rate);
      if (rise.c <= 0n) continue;
      const edge = tiers.basis === "attainment" ? fxMul(band.from, fxInt(rules!.quota!.amount)) : band.from;
      const jump = toSafeNumber(fxRound(fxMul(edge, rise), rules!.rounding), ["plan", ...path]);
      const edgeMinor = toSafeNumber(fxRound(edge, rules!.rounding), ["plan", ...path]);
      findings.push({
        code: "incentives.plan.retroactive-cliff",
        severity: "warning",
        path: [...path, "tiers", "bands", k],
        params: { componentId: rule.id, from: { amount: edgeMinor, currency }, jump: { amount: jump, currency } },
      });
    }
  }
  return findings;
}
