/**
 * `team-playbook/performance`: KPI scoring curves, scorecards, review cycles, calibration,
 * rater normalisation, the 9-box grid, trends and improvement suggestions (practice 8, 评估与改进).
 *
 * @module performance
 */
export type { PerformanceExplanationCode, PerformanceFindingCode } from "./codes.js";
export type { Anchor, KpiBand, KpiDefinition, KpiDirection, KpiScore, RatingBand, Scorecard, ScorecardLine, ScorecardResult, ScoringCurve } from "./types.js";
export { scoreOnCurve, type CurvePoint, type CurveSegment } from "./curve.js";
export { scoreKpi } from "./kpi.js";
export { scoreScorecard, scoreScorecards, scorecardTotals, type ScorecardTotal } from "./scorecard.js";
export { combineReview, reviewCycleSummary, scoreRatings, type CycleSummary, type RatingForm, type ReviewCombiner, type ReviewParts, type ReviewScore } from "./review.js";
export { calibrate, type CalibrationReport, type RatingDistribution } from "./calibrate.js";
export { checkRaters, normalizeByRater, type NormalizedScore, type RaterScore } from "./normalize.js";
export { nineBox, type NineBoxCell, type NineBoxKey } from "./nine-box.js";
export { scoreTrends, type ScoreTrend } from "./trends.js";
export { suggestImprovements } from "./improve.js";
export { performanceMessagesEn } from "./messages/en.js";
export { performanceMessagesZhCN } from "./messages/zh-CN.js";
export { KpiSchema, RatingFormSchema, ScorecardSchema, ScoringCurveSchema, parseScorecard, safeParseScorecard } from "./schema.js";
