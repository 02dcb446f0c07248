/**
 * KPI scores.
 * @module
 */
import { report, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { step as explainStep, type ExplanationStep } from "../core/explain.js";
import type { Finding } from "../core/findings.js";
import type { PerformanceFindingCode } from "./codes.js";
import { pointOnCurve, scoreAt } from "./curve.js";
import { checkKpi } from "./_lib/check.js";
import type { KpiDefinition, KpiScore } from "./types.js";

/**
 * Scores one KPI's actual value: on its threshold / target / stretch curve (see
 * {@link scoreOnCurve}), or in its bands when it has them. Also gives the achievement
 * (`actual ÷ target`, or `target ÷ actual` when lower is better) and whether the target is met
 * (≥, or ≤ when lower is better).
 *
 * A missing actual (`undefined` or `null`) gives `score: null` and a finding, never a silent 0.
 *
 * @throws {ValidationError} when the KPI is malformed (anchors out of order, a lower-is-better
 * KPI without threshold, bands out of order) or the actual is present but not a finite number.
 * @example
 * ```ts
 * const kpi = { id: "rev", direction: "higher-is-better", threshold: { value: 80, score: 50 }, target: { value: 100, score: 100 }, stretch: { value: 120, score: 150 } } as const;
 * scoreKpi(kpi, 90).score;  //=> 75
 * scoreKpi(kpi, 110).score; //=> 125
 * scoreKpi(kpi, undefined).score; //=> null
 * ```
 * @category Performance
 */
export function scoreKpi(kpi: KpiDefinition, actual: number | undefined | null): KpiScore {
  const issues: Issues = [];
  checkKpi(kpi, ["kpi"], issues);
  if (actual !== undefined && actual !== null && (typeof actual !== "number" || !Number.isFinite(actual))) {
    report(issues, ["actual"], typeof actual === "number" ? "validation.number" : "validation.type", typeof actual === "number" ? { value: String(actual) } : { expected: "number", received: typeof actual });
  }
  throwIfIssues(issues);
  return kpiScore(kpi, actual ?? null);
}

/** The achievement ratio, or null when it is undefined (a zero denominator). @internal */
export function achievementOf(kpi: KpiDefinition, actual: number): number | null {
  const [num, den] = kpi.direction === "lower-is-better" ? [kpi.target.value, actual] : [actual, kpi.target.value];
  return den === 0 ? null : num / den;
}

/** {@link scoreKpi} on validated input. @internal */
export function kpiScore(kpi: KpiDefinition, actual: number | null): KpiScore {
  if (actual === null) {
    return {
      id: kpi.id,
      actual: null,
      score: null,
      achievement: null,
      met: null,
      capped: false,
      findings: [{ code: "performance.kpi.missing-actual", severity: "warning", params: { kpiId: kpi.id } }],
      explanation: { steps: [] },
    };
  }
  const achievement = achievementOf(kpi, actual);
  const met = kpi.direction === "lower-is-better" ? actual <= kpi.target.value : actual >= kpi.target.value;
  const findings: Finding<PerformanceFindingCode>[] = [];
  const steps: ExplanationStep[] = [];
  let score: number;
  let capped = false;
  if (kpi.bands !== undefined) {
    const basis = bandBasis(kpi, actual);
    const band = bandIndex(kpi, basis);
    score = band === -1 ? 0 : kpi.bands.steps[band]!.score;
    if (band === -1) findings.push({ code: "performance.kpi.below-bands", severity: "info", params: { kpiId: kpi.id, value: basis ?? actual } });
    steps.push(explainStep("performance.kpi.band", "band containing the value", { kpiId: kpi.id, value: basis ?? actual, basis: kpi.bands.basis }, score));
  } else {
    const point = pointOnCurve(kpi, actual);
    score = point.score;
    capped = point.capped;
    if (point.segment === "below-threshold") {
      steps.push(explainStep("performance.kpi.below-threshold", "worse than threshold → 0", { kpiId: kpi.id, actual, threshold: kpi.threshold?.value ?? 0 }, 0));
    } else if (point.segment === "capped") {
      steps.push(explainStep("performance.kpi.capped", "at or beyond the cap → cap score", { kpiId: kpi.id, actual, cap: (kpi.stretch ?? kpi.target).value }, score));
    } else {
      const [lo, hi] = point.segment === "target-to-stretch" ? [kpi.target, kpi.stretch!] : [kpi.threshold ?? { value: 0, score: 0 }, kpi.target];
      steps.push(
        explainStep("performance.kpi.interpolate", "s_lo + (x − x_lo) / (x_hi − x_lo) × (s_hi − s_lo)", { kpiId: kpi.id, actual, loValue: lo.value, loScore: lo.score, hiValue: hi.value, hiScore: hi.score }, score),
      );
    }
  }
  return { id: kpi.id, actual, score, achievement, met, capped, findings, explanation: { steps } };
}

/** The value banded: the actual, or the achievement in percent. @internal */
function bandBasis(kpi: KpiDefinition, actual: number): number | null {
  if (kpi.bands?.basis !== "achievement") return actual;
  // lower is better and an actual of 0 (no complaints, no days late): as good as it gets
  if (kpi.direction === "lower-is-better" && actual <= 0) return Number.POSITIVE_INFINITY;
  const achievement = achievementOf(kpi, actual);
  return achievement === null ? null : achievement * 100;
}

/** Index of the band containing `basis`, or -1 below the first band. @internal */
function bandIndex(kpi: KpiDefinition, basis: number | null): number {
  let band = -1;
  if (basis === null || kpi.bands === undefined) return band;
  for (let i = 0; i < kpi.bands.steps.length; i++) {
    const from = kpi.bands.steps[i]!.from;
    if (from === undefined || basis >= from) band = i;
  }
  return band;
}

/**
 * The score alone, for scorecards scoring many KPIs (no findings, no explanation).
 * @internal
 */
export function scoreValue(kpi: KpiDefinition, actual: number): number {
  if (kpi.bands === undefined) return scoreAt(kpi, actual);
  const band = bandIndex(kpi, bandBasis(kpi, actual));
  return band === -1 ? 0 : kpi.bands.steps[band]!.score;
}
