/**
 * `team-playbook/feedback`: the append-only feedback log, who may read what, SBI quality
 * checks, coverage, praise nudges, balance, timeliness and feedback requests (practice 2,
 * 定期沟通与反馈).
 *
 * @module feedback
 */
export type { FeedbackExplanationCode, FeedbackFindingCode } from "./codes.js";
export type { FeedbackEntry, FeedbackKind, FeedbackLog, FeedbackRequest, FeedbackRetraction, FeedbackVisibility, OrgChart } from "./types.js";
export { appendFeedback, retractFeedback } from "./log.js";
export { visibleFeedback } from "./visibility.js";
export { checkFeedbackQuality, PERSONAL_JUDGEMENT_WORDS, sbiCompleteness, type FeedbackQualityOptions } from "./quality.js";
export { feedbackCoverage, praiseNudges, type CoverageRow, type PraiseNudge } from "./coverage.js";
export { feedbackBalance, feedbackTimeliness, type FeedbackBalance, type FeedbackTimeliness } from "./balance.js";
export { feedbackRequestSchedule, type FeedbackRequestSchedule } from "./requests.js";
export { skillSummary, type SkillRating, type SkillSummaryRow } from "./skills.js";
export { FeedbackEntrySchema, FeedbackLogSchema, FeedbackRequestSchema, FeedbackRetractionSchema, parseFeedbackLog, safeParseFeedbackLog } from "./schema.js";
export { feedbackMessagesEn } from "./messages/en.js";
export { feedbackMessagesZhCN } from "./messages/zh-CN.js";
