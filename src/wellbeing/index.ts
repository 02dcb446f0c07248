/**
 * `team-playbook/wellbeing` (保持团队积极性): burnout-risk signals per member, challenge
 * balance of goals, and team aggregates that protect small groups.
 *
 * @module wellbeing
 */
export type { WellbeingExplanationCode, WellbeingFindingCode } from "./codes.js";
export type {
  BurnoutDimension,
  BurnoutPulse,
  BurnoutSignal,
  BurnoutSignalOptions,
  BurnoutSignalReport,
  BurnoutSubscales,
  ChallengeOptions,
  ChallengeRow,
  ChallengeStatus,
  GoalResult,
  LeaveRecord,
  MemberBurnoutSignals,
  MemberWellbeingData,
  PulseBlock,
  SignalBlock,
  TeamWellbeingOptions,
  TeamWellbeingSummary,
  WellbeingAggregate,
  WellbeingGroup,
  WellbeingPolicy,
  WorkloadSnapshot,
  WorkWeek,
} from "./types.js";
export { BURNOUT_PULSE_ITEMS, PULSE_FREQUENCY_ANCHORS, type BurnoutPulseItem } from "./items.js";
export { DEFAULT_WELLBEING_POLICY, burnoutSignals } from "./burnout.js";
export { DEFAULT_CHALLENGE_OPTIONS, challengeBalance } from "./challenge.js";
export { teamWellbeing } from "./team.js";
export {
  BurnoutPulseSchema,
  GoalResultSchema,
  LeaveRecordSchema,
  MemberWellbeingDataSchema,
  WellbeingPolicySchema,
  WorkWeekSchema,
  WorkloadSnapshotSchema,
  parseGoalResults,
  parseMemberWellbeingData,
  safeParseGoalResults,
  safeParseMemberWellbeingData,
} from "./schema.js";
export { wellbeingMessagesEn } from "./messages/en.js";
export { wellbeingMessagesZhCN } from "./messages/zh-CN.js";
