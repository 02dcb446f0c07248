/**
 * `team-playbook/recognition`: public recognition (practice 4, 激励与认可) — kudos tagged with
 * the team's values, badges defined as data and awarded idempotently, leaderboards with ties
 * and opt-outs, and who has not been recognised lately.
 *
 * @module recognition
 */
export type { RecognitionExplanationCode, RecognitionFindingCode } from "./codes.js";
export type {
  AllCriterion,
  AttainmentFact,
  AttainmentStreakCriterion,
  AwardRecord,
  BadgeAward,
  BadgeCriterion,
  BadgeDefinition,
  BadgeFact,
  BadgeFacts,
  BadgeRepeat,
  BadgeWindow,
  CountCriterion,
  Kudos,
  KudosCheckOptions,
  KudosMemberCounts,
  KudosSummary,
  KudosSummaryOptions,
  KudosVisibility,
  LeaderboardEntry,
  LeaderboardOptions,
  LeaderboardRanking,
  LeaderboardRow,
  RecognitionCoverageOptions,
  RecognitionCoverageReport,
  RecognitionCoverageRow,
  ValueCount,
  WonDeal,
} from "./types.js";
export { GENERIC_PRAISE, checkKudos, kudosSummary } from "./kudos.js";
export { awardBadges } from "./badges.js";
export { leaderboard } from "./leaderboard.js";
export { recognitionCoverage } from "./coverage.js";
export { recognitionMessagesEn } from "./messages/en.js";
export { recognitionMessagesZhCN } from "./messages/zh-CN.js";
export {
  BadgeAwardSchema,
  BadgeCriterionSchema,
  BadgeDefinitionSchema,
  KudosSchema,
  parseBadgeDefinition,
  parseKudos,
  safeParseBadgeDefinition,
  safeParseKudos,
} from "./schema.js";
