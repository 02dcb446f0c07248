/**
 * Codes of the conflicts module's advice: the Thomas–Kilmann approach a manager should take
 * (`recommendApproach`) and early conflict signals (`detectConflictSignals`).
 * @module
 */

/**
 * Every finding the conflict advice raises: one per recommended mode and its two modifiers
 * (`recommendApproach`), and one per early signal (`detectConflictSignals`).
 *
 * @example
 * ```ts
 * const code: ConflictAdviceFindingCode = "conflicts.approach.collaborating";
 * ```
 * @category Conflicts
 */
export type ConflictAdviceFindingCode =
  | "conflicts.approach.competing"
  | "conflicts.approach.collaborating"
  | "conflicts.approach.compromising"
  | "conflicts.approach.avoiding"
  | "conflicts.approach.accommodating"
  | "conflicts.approach.time-pressure"
  | "conflicts.approach.safety-override"
  | "conflicts.signals.feedback-repeated"
  | "conflicts.signals.feedback-mutual"
  | "conflicts.signals.handoff-ping-pong"
  | "conflicts.signals.survey-declining"
  | "conflicts.signals.survey-drop";

/**
 * Codes of the steps in conflict-advice explanations (none: the advice explains itself with
 * findings).
 *
 * @example
 * ```ts
 * const codes: ConflictAdviceExplanationCode[] = [];
 * ```
 * @category Conflicts
 */
export type ConflictAdviceExplanationCode = never;
