import type { CatalogFor } from "../../core/messages/types.js";
import type { PerformanceExplanationCode, PerformanceFindingCode } from "../codes.js";

const PART: Record<string, string> = { goal: "goal score", manager: "manager's rating", self: "self-assessment", peers: "peer feedback" };

/**
 * English messages of the performance module.
 *
 * @example
 * ```ts
 * typeof performanceMessagesEn["performance.kpi.missing-actual"]; //=> "string"
 * ```
 * @category Messages
 */
export const performanceMessagesEn = Object.freeze({
  "performance.kpi.missing-actual": "KPI “{kpiId}” has no actual value, so it has no score (not a zero).",
  "performance.kpi.below-bands": "KPI “{kpiId}”: {value} is below the first band, so it scores 0.",
  "performance.scorecard.missing-kpi": (p, text) =>
    p["mode"] === "zero"
      ? `No actual for ${text("kpis")}: counted as 0, as the scorecard asks.`
      : `No actual for ${text("kpis")}: left out, and the other weights scaled up to fill in. Get the data before the review.`,
  "performance.scorecard.no-kpi-counted": "Scorecard “{scorecardId}” has no KPI with an actual value, so it has no total.",
  "performance.scorecard.below-scale": "The total {total} is below the lowest rating band ({min}).",
  "performance.review.missing-part": (p) =>
    `The ${PART[String(p["part"])] ?? String(p["part"])} is missing: ${p["mode"] === "zero" ? "counted as 0" : "left out, the other parts weighted up"}.`,
  "performance.cycle.no-self-assessment": "{count} people have not handed in a self-assessment: {members}.",
  "performance.cycle.no-goals": "{count} people have no goals in this cycle: {members}.",
  "performance.cycle.no-feedback": "{count} people have received no feedback in this cycle: {members}.",
  "performance.calibration.small-group": "With {n} people (under {min}), a forced distribution is a guide, not a rule.",
  "performance.calibration.over-quota": "Rating {rating} is given {count} times, above its quota of {quota}.",
  "performance.calibration.under-quota": "Rating {rating} is given {count} times, below its quota of {quota}.",
  "performance.rater.no-spread": "{raterId} gave all {n} people the same rating ({mean}), which says nothing about who did better.",
  "performance.rater.lenient": "{raterId} rates high: a mean of {mean} against {pooledMean} overall. Compare the evidence in calibration.",
  "performance.rater.strict": "{raterId} rates low: a mean of {mean} against {pooledMean} overall. Compare the evidence in calibration.",
  "performance.rater.central-tendency": "{raterId} keeps ratings close together (spread {sd} against {pooledSd} for a typical rater): top and weak performers may not stand out.",
  "performance.trend.declining": "{memberId}'s score is trending down ({slope} a period, from {first} to {last}).",
  "performance.trend.consecutive-declines": "{memberId}'s score has fallen {declines} periods in a row (from {first} to {last}). Talk about it in the next 1:1 and agree a plan.",
  "performance.improve.kpi-gap":
    "“{kpiId}” scores {score} against {targetScore} on target and costs {cost} points of the total. Plan one change, do it, check the number next period, then keep or adjust it.",
  "performance.kpi.interpolate": "{kpiId}: {actual} lies between {loValue} (score {loScore}) and {hiValue} (score {hiScore}) → {result}.",
  "performance.kpi.below-threshold": "{kpiId}: {actual} is worse than the threshold {threshold} → 0.",
  "performance.kpi.capped": "{kpiId}: {actual} is at or beyond the cap {cap} → {result}.",
  "performance.kpi.band": "{kpiId}: {value} falls in the band scoring {result}.",
  "performance.scorecard.total": "Total = Σ weight × score ÷ Σ weight = {weighted} ÷ {weights} = {result} ({counted} of {of} KPIs counted).",
  "performance.scorecard.rating": "A total of {total} falls in the band rated {result}.",
  "performance.review.final": "Final score = Σ weight × part ÷ Σ weight = {weighted} ÷ {weights} = {result}.",
} satisfies CatalogFor<PerformanceFindingCode | PerformanceExplanationCode>);
