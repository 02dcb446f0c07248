/**
 * `team-playbook/culture` (建立团队文化): eNPS, favourability and participation, survey
 * summaries that never let anyone work out the answers of a small group, and team values that
 * feedback and kudos can tag.
 *
 * @module culture
 */
export type { CultureExplanationCode, CultureFindingCode } from "./codes.js";
export type { EnpsBands, EnpsResult, FavourabilityResult, QuestionResult, SuppressionReason, SurveyResponse, SurveyResults, SurveySummary, TeamValue } from "./types.js";
export { eNps } from "./enps.js";
export { favourability } from "./favourability.js";
export { participation, type ParticipationResult } from "./participation.js";
export { summarizeSurvey, type SurveyOptions } from "./survey.js";
export { DEFAULT_MIN_GROUP_SIZE } from "./privacy.js";
export { valueRecognition, type ValueRecognition } from "./values.js";
export { SurveyResponseSchema, TeamValueSchema, parseSurveyResponses, safeParseSurveyResponses } from "./schema.js";
export { cultureMessagesEn } from "./messages/en.js";
export { cultureMessagesZhCN } from "./messages/zh-CN.js";
