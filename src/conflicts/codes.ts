/**
 * Codes of the conflicts module's findings.
 * @module
 */

/**
 * Why the engine rejected an event. Workflows may name codes of their own; these are the ones
 * the engine and the shipped workflows raise.
 *
 * @example
 * ```ts
 * const code: ConflictFindingCode = "conflict.handler-is-party";
 * ```
 * @category Conflicts
 */
export type ConflictFindingCode =
  | "conflict.transition-not-allowed"
  | "conflict.case-closed"
  | "conflict.handler-is-party"
  | "conflict.mediator-not-impartial"
  | "conflict.consent-required"
  | "conflict.agreement-incomplete"
  | "conflict.route-not-allowed"
  | "conflict.not-reporter"
  | "conflict.reason-required"
  | "conflict.time-went-backwards"
  | "conflict.actor-not-allowed"
  | "dispute.appeal-window-closed"
  | "dispute.reviewer-not-independent"
  | ConflictAdviceFindingCode;

/**
 * Every finding the conflict advice raises: one per recommended mode and its two modifiers
 * (`recommendApproach`), and one per early signal (`detectConflictSignals`).
 *
 * @example
 * ```ts
 * const code: ConflictAdviceFindingCode = "conflict.approach.collaborating";
 * ```
 * @category Conflicts
 */
export type ConflictAdviceFindingCode =
  | "conflict.approach.competing"
  | "conflict.approach.collaborating"
  | "conflict.approach.compromising"
  | "conflict.approach.avoiding"
  | "conflict.approach.accommodating"
  | "conflict.approach.time-pressure"
  | "conflict.approach.safety-override"
  | "conflict.signal.feedback-repeated"
  | "conflict.signal.feedback-mutual"
  | "conflict.signal.handoff-ping-pong"
  | "conflict.signal.survey-declining"
  | "conflict.signal.survey-drop";

/**
 * Codes of the steps in conflict explanations (none yet).
 *
 * @example
 * ```ts
 * const codes: ConflictExplanationCode[] = [];
 * ```
 * @category Conflicts
 */
export type ConflictExplanationCode = never;
