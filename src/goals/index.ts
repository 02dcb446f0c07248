/**
 * `team-playbook/goals`: goals with SMART checks, drafts from a sentence, progress, pace and
 * status, and cascades that roll up (practice 1, 明确目标与期望).
 *
 * @module goals
 */
export type { GoalExplanationCode, GoalFindingCode } from "./codes.js";
export type {
  Goal,
  GoalDirection,
  GoalMetric,
  GoalProgress,
  GoalStatus,
  Observation,
  ProgressPolicy,
  SmartContext,
  SmartCriterion,
  SmartPolicy,
  SmartReport,
} from "./types.js";
export { DEFAULT_SMART_POLICY, checkSmart, checkSmartAll } from "./smart.js";
export { DEFAULT_PROGRESS_POLICY, goalProgress } from "./progress.js";
export { checkCascade, rollUpProgress } from "./rollup.js";
export { draftGoalFromText, type DraftOptions, type GoalDraft } from "./draft.js";
export { goalsMessagesEn } from "./messages/en.js";
export { goalsMessagesZhCN } from "./messages/zh-CN.js";
export {
  GoalDirectionSchema,
  GoalListSchema,
  GoalMetricSchema,
  GoalSchema,
  ObservationSchema,
  ProgressPolicySchema,
  SmartPolicySchema,
  parseGoal,
  parseGoals,
  safeParseGoal,
  safeParseGoals,
} from "./schema.js";
