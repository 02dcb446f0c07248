/**
 * Codes of the performance module's findings and explanation steps.
 * @module
 */

/**
 * Every finding the performance module raises.
 *
 * @example
 * ```ts
 * const code: PerformanceFindingCode = "performance.scorecard.missing-kpi";
 * ```
 * @category Performance
 */
export type PerformanceFindingCode =
  | "performance.kpi.missing-actual"
  | "performance.kpi.below-bands"
  | "performance.scorecard.missing-kpi"
  | "performance.scorecard.no-kpi-counted"
  | "performance.scorecard.below-scale"
  | "performance.review.missing-part"
  | "performance.cycle.no-self-assessment"
  | "performance.cycle.no-goals"
  | "performance.cycle.no-feedback"
  | "performance.calibration.small-group"
  | "performance.calibration.over-quota"
  | "performance.calibration.under-quota"
  | "performance.rater.no-spread"
  | "performance.rater.lenient"
  | "performance.rater.strict"
  | "performance.rater.central-tendency"
  | "performance.trend.declining"
  | "performance.trend.consecutive-declines"
  | "performance.improve.kpi-gap";

/**
 * Codes of the steps in performance explanations.
 *
 * @example
 * ```ts
 * const code: PerformanceExplanationCode = "performance.kpi.interpolate";
 * ```
 * @category Performance
 */
export type PerformanceExplanationCode =
  | "performance.kpi.interpolate"
  | "performance.kpi.below-threshold"
  | "performance.kpi.capped"
  | "performance.kpi.band"
  | "performance.scorecard.total"
  | "performance.scorecard.rating"
  | "performance.review.final";
