/**
 * `team-playbook/development` (培训与发展): skills on a 0–4 proficiency scale, role profiles
 * and skill gaps, readiness for a role and for the next rung of a career ladder, training
 * recommendations and completion, individual development plans (with the 70-20-10 mix shown
 * descriptively) and the bus factor of each skill a team needs.
 *
 * @module development
 */
export type { DevelopmentExplanationCode, DevelopmentFindingCode } from "./codes.js";
export type {
  CareerLadder,
  DevelopmentActivity,
  DevelopmentFormat,
  DevelopmentGoal,
  DevelopmentPlan,
  ExactShare,
  ProficiencyLevel,
  RoleProfile,
  SkillGap,
  SkillProfile,
  SkillRequirement,
  Training,
  TrainingRecord,
} from "./types.js";
export { PROFICIENCY_SCALE, type ProficiencyAnchor } from "./scale.js";
export { skillGaps } from "./gaps.js";
export { nextRoleReadiness, roleReadiness, type NextRoleReadiness, type ReadinessOptions, type RoleReadiness } from "./readiness.js";
export { recommendTrainings, trainingCompletion, type CompletionRow, type TrainingCompletion, type TrainingRecommendation, type TrainingRecommendations } from "./trainings.js";
export { checkDevelopmentPlan, DEFAULT_DEVELOPMENT_MIX, developmentPlanMix, developmentPlanProgress, type DevelopmentMix, type DevelopmentMixOptions, type DevelopmentProgress } from "./idp.js";
export { skillBusFactor, type BusFactorRow, type SkillBusFactor } from "./bus-factor.js";
export {
  CareerLadderSchema,
  DevelopmentPlanSchema,
  parseDevelopmentPlan,
  parseRoleProfile,
  parseTrainingCatalog,
  ProficiencyLevelSchema,
  RoleProfileSchema,
  safeParseDevelopmentPlan,
  safeParseRoleProfile,
  safeParseTrainingCatalog,
  SkillProfileSchema,
  TrainingCatalogSchema,
  TrainingRecordSchema,
  TrainingSchema,
} from "./schema.js";
export { developmentMessagesEn } from "./messages/en.js";
export { developmentMessagesZhCN } from "./messages/zh-CN.js";
