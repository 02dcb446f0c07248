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
  | "dispute.reviewer-not-independent";

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
