/**
 * The performance data types: scoring curves, KPIs, scorecards, reviews, calibration.
 * @module
 */
import type { Explanation, Finding } from "../core/index.js";
import type { PerformanceFindingCode } from "./codes.js";

/**
 * One point of a scoring curve: at `value` the score is `score`.
 *
 * @example
 * ```ts
 * const target: Anchor = { value: 100, score: 100 };
 * ```
 * @category Performance
 */
export interface Anchor {
  readonly value: number;
  readonly score: number;
}

/**
 * Which way a KPI is better.
 *
 * @example
 * ```ts
 * const direction: KpiDirection = "lower-is-better"; // days to close a deal
 * ```
 * @category Performance
 */
export type KpiDirection = "higher-is-better" | "lower-is-better";

/**
 * A threshold / target / stretch scoring curve: worse than the threshold scores 0, exactly at
 * it its score; between anchors the score is interpolated on a straight line; at or beyond the
 * stretch it is capped at the stretch score. Without a threshold, a higher-is-better curve
 * starts at (0, 0); without a stretch it is capped at the target's score. Shared by KPIs and by
 * the bonus measures of incentive plans (where scores are payout factors, 1 = on target).
 *
 * @example
 * ```ts
 * const curve: ScoringCurve = {
 *   direction: "higher-is-better",
 *   threshold: { value: 80, score: 50 }, target: { value: 100, score: 100 }, stretch: { value: 120, score: 150 },
 * };
 * ```
 * @category Performance
 */
export interface ScoringCurve {
  /** Default `higher-is-better`. */
  readonly direction?: KpiDirection;
  readonly threshold?: Anchor;
  readonly target: Anchor;
  readonly stretch?: Anchor;
}

/**
 * A step of a banded (stepped) score: from `from` (included) up to the next band's `from`
 * (excluded), the score is `score`. The first band may leave `from` out (−∞).
 *
 * @example
 * ```ts
 * const bands: KpiBand[] = [{ score: 1 }, { from: 70, score: 2 }, { from: 95, score: 3 }, { from: 110, score: 4 }, { from: 125, score: 5 }];
 * ```
 * @category Performance
 */
export interface KpiBand {
  readonly from?: number;
  readonly score: number;
}

/**
 * A key performance indicator and how it is scored: on its curve (the default), or in bands of
 * its value or of its achievement in percent (`actual ÷ target × 100`, inverted for
 * lower-is-better).
 *
 * @example
 * ```ts
 * const kpi: KpiDefinition = {
 *   id: "revenue", name: "新签合同额", unit: "CNY", direction: "higher-is-better",
 *   threshold: { value: 800000, score: 50 }, target: { value: 1000000, score: 100 }, stretch: { value: 1200000, score: 150 },
 * };
 * ```
 * @category Performance
 */
export interface KpiDefinition extends ScoringCurve {
  readonly id: string;
  readonly name?: string;
  readonly unit?: string;
  readonly direction: KpiDirection;
  readonly weight?: number;
  /** Score in steps instead of on the curve. */
  readonly bands?: { readonly basis: "value" | "achievement"; readonly steps: readonly KpiBand[] };
}

/**
 * The score of one KPI. `score` is `null`, never a silent 0, when the actual is missing.
 *
 * @example
 * ```ts
 * scoreKpi(kpi, 900000); //=> { score: 75, achievement: 0.9, met: false, capped: false, ... }
 * ```
 * @category Performance
 */
export interface KpiScore {
  readonly id: string;
  readonly actual: number | null;
  readonly score: number | null;
  /** `actual ÷ target` (higher is better) or `target ÷ actual` (lower is better); `null` when undefined. */
  readonly achievement: number | null;
  /** The target is met: ≥ for higher is better, ≤ for lower. */
  readonly met: boolean | null;
  /** The score was held at the cap (the stretch score). */
  readonly capped: boolean;
  readonly findings: readonly Finding<PerformanceFindingCode>[];
  readonly explanation: Explanation;
}

/**
 * A rating band of a scorecard total: totals from `min` (included) up to the next band's `min`
 * take `rating`.
 *
 * @example
 * ```ts
 * const band: RatingBand = { min: 95, rating: 3, label: "Meets expectations" };
 * ```
 * @category Performance
 */
export interface RatingBand {
  readonly min: number;
  readonly rating: number;
  readonly label?: string;
}

/**
 * KPIs with weights, scored together. Weights need not sum to 100: they are normalised.
 * `missing` says what a KPI without an actual does: left out and the weights renormalised
 * (default, with a finding), or counted as 0 when asked.
 *
 * @example
 * ```ts
 * const card: Scorecard = { id: "kam-2026", kpis: [{ ...revenueKpi, weight: 60 }, { ...renewalKpi, weight: 40 }] };
 * ```
 * @category Performance
 */
export interface Scorecard {
  readonly id: string;
  readonly kpis: readonly (KpiDefinition & { readonly weight: number })[];
  readonly missing?: "renormalize" | "zero";
  readonly ratingScale?: { readonly bands: readonly RatingBand[] };
}

/**
 * One KPI's line in a scorecard result: `contribution = weight × score ÷ Σ weights counted`, so
 * the contributions add up to the total.
 *
 * @example
 * ```ts
 * const line: ScorecardLine = { id: "financial", actual: 130, score: 120, targetScore: 100, weight: 40, counted: true, contribution: 48 };
 * ```
 * @category Performance
 */
export interface ScorecardLine {
  readonly id: string;
  readonly actual: number | null;
  readonly score: number | null;
  /** The score at target, to see what a KPI costs against it. */
  readonly targetScore: number;
  readonly weight: number;
  readonly counted: boolean;
  readonly contribution: number;
}

/**
 * The result of {@link scoreScorecard}.
 *
 * @example
 * ```ts
 * result.total;  //=> 98
 * result.rating; //=> 3
 * ```
 * @category Performance
 */
export interface ScorecardResult {
  readonly id: string;
  /** `Σ w·s ÷ Σ w` over the KPIs counted; `null` when none is. */
  readonly total: number | null;
  readonly rating?: number;
  readonly ratingLabel?: string;
  readonly kpis: readonly ScorecardLine[];
  readonly findings: readonly Finding<PerformanceFindingCode>[];
  readonly explanation: Explanation;
}
