/**
 * `team-playbook/conflicts`: conflict workflows as data, applied by a pure engine (practice 7,
 * 解决团队冲突). A case is the fold of its events; workflows say which events may happen when,
 * who may act, which rules must hold and which SLAs run, in working days. Ships the default
 * team-conflict workflow, an Acas formal-grievance workflow and a commission-dispute workflow,
 * plus redaction for confidential cases and advice on how to approach a conflict.
 *
 * @module conflicts
 */
export type { ConflictAdviceFindingCode, ConflictExplanationCode, ConflictFindingCode, GrievanceFindingCode } from "./codes.js";
export type {
  ActionRef,
  AgreedAction,
  CaseDeadline,
  Condition,
  ConflictCase,
  ConflictEffect,
  ConflictEvent,
  ConflictOptions,
  ConflictResult,
  ConflictSeverity,
  DeadlineDefinition,
  EffectDefinition,
  EventDefinition,
  GuardRef,
  JsonValue,
  PayloadField,
  ReportEvent,
  StateDefinition,
  TransitionDefinition,
  WorkflowDefinition,
} from "./types.js";
export { applyConflictEvent, openConflictCase, replayConflictCase } from "./engine.js";
export { availableEvents, type AvailableEvent } from "./available.js";
export { conflictSla, type DeadlineStatus, type SlaStatus } from "./sla.js";
export { conflictAccess, redactConflictCase, type ConflictAccess, type ConflictViewer, type RedactedConflictCase } from "./redact.js";
export { WORKFLOW_ACTIONS, WORKFLOW_GUARDS } from "./registry.js";
export { recommendApproach, type ApproachRecommendation, type ConflictImportance, type ConflictMode, type ConflictSituation } from "./approach.js";
export {
  DEFAULT_CONFLICT_SIGNAL_POLICY,
  detectConflictSignals,
  type ConflictSignalInput,
  type ConflictSignalOptions,
  type ConflictSignalPolicy,
  type TaskHandoff,
  type TeamSurveyScore,
} from "./signals.js";
export { defaultConflictWorkflow } from "./workflows/default.js";
export { commissionDisputeWorkflow } from "./workflows/commission-dispute.js";
export { acasGrievanceWorkflow } from "./workflows/grievance.js";
export { ConflictEventSchema, WorkflowDefinitionSchema, parseWorkflowDefinition, safeParseWorkflowDefinition } from "./schema.js";
export { conflictsMessagesEn } from "./messages/en.js";
export { conflictsMessagesZhCN } from "./messages/zh-CN.js";
