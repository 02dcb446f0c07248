/**
 * Improvement suggestions from a scorecard result.
 * @module
 */
import { checkArray, checkInteger, checkNumber, checkOptions, checkRecord, checkString, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Finding } from "../core/findings.js";
import type { PerformanceFindingCode } from "./codes.js";
import type { ScorecardResult } from "./types.js";

/**
 * The KPIs that cost the most against target, as findings a manager can act on (plan, do,
 * check, act). A KPI's cost is the points of the total it lost against scoring on target, on
 * the whole scorecard: `weight × (target score − score) ÷ Σ all weights`; a missing KPI costs
 * its whole target score. Only KPIs below target appear, largest cost first, at most `limit` (default 3).
 *
 * @throws {ValidationError} when `result` is not a scorecard result or `limit` is not a whole
 * number ≥ 1.
 * @example
 * ```ts
 * suggestImprovements(scoreScorecard(card, actuals)).map((f) => f.params?.kpiId); //=> ["customer", "learning"]
 * ```
 * @category Performance
 */
export function suggestImprovements(result: ScorecardResult, opts?: { readonly limit?: number }): Finding<PerformanceFindingCode>[] {
  const issues: Issues = [];
  if (checkRecord(result, ["result"], issues) && checkArray(result.kpis, ["result", "kpis"], issues)) {
    for (let i = 0; i < result.kpis.length; i++) {
      const k = result.kpis[i];
      if (!checkRecord(k, ["result", "kpis", i], issues)) continue;
      checkString(k["id"], ["result", "kpis", i, "id"], issues, { nonEmpty: true });
      if (k["score"] !== null) checkNumber(k["score"], ["result", "kpis", i, "score"], issues);
      checkNumber(k["targetScore"], ["result", "kpis", i, "targetScore"], issues);
      checkNumber(k["weight"], ["result", "kpis", i, "weight"], issues, { min: 0 });
    }
  }
  if (checkOptions(opts, ["opts"], issues) && opts?.limit !== undefined) checkInteger(opts.limit, ["opts", "limit"], issues, { min: 1 });
  throwIfIssues(issues);
  const weights = result.kpis.reduce((s, k) => s + k.weight, 0);
  if (weights === 0) return [];
  const round = (x: number) => Math.round(x * 100) / 100;
  return result.kpis
    .map((k) => ({ k, cost: (k.weight * (k.targetScore - (k.score ?? 0))) / weights }))
    .filter(({ k, cost }) => cost > 0 && (k.score === null || k.score < k.targetScore))
    .sort((a, b) => b.cost - a.cost)
    .slice(0, opts?.limit ?? 3)
    .map(({ k, cost }) => ({
      code: "performance.improve.kpi-gap" as const,
      severity: "warning" as const,
      params: { kpiId: k.id, score: k.score === null ? "—" : round(k.score), targetScore: k.targetScore, cost: round(cost) },
    }));
}
