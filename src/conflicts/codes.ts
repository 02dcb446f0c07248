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
  | "dispute.amount-required"
  | ConflictAdviceFindingCode
  | GrievanceFindingCode;

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
 * Why the Acas grievance workflow (`acasGrievanceWorkflow`) rejected an event, the warning it
 * gives when a small organisation has an earlier-involved manager hear the appeal, and the code
 * of the `notify` effect sent when mediation is not possible. The workflow also raises the
 * engine's own codes: `conflict.case-closed`, `conflict.transition-not-allowed`,
 * `conflict.time-went-backwards`, `conflict.actor-not-allowed`, `conflict.handler-is-party`,
 * `conflict.mediator-not-impartial`, `conflict.not-reporter` and `conflict.reason-required`.
 *
 * @example
 * ```ts
 * const code: GrievanceFindingCode = "grievance.appeal-window-expired";
 * ```
 * @category Conflicts
 */
export type GrievanceFindingCode =
  | "grievance.not-in-writing"
  | "grievance.collective-out-of-scope"
  | "grievance.handler-is-subject"
  | "grievance.mediation-unavailable-litigation"
  | "grievance.not-a-party"
  | "grievance.already-consented"
  | "grievance.separate-meetings-incomplete"
  | "grievance.mediation-agreement-incomplete"
  | "grievance.investigator-not-impartial"
  | "grievance.companion-right-not-stated"
  | "grievance.notice-required"
  | "grievance.companion-not-eligible"
  | "grievance.postponement-exceeds-5-working-days"
  | "grievance.postponement-already-used"
  | "grievance.no-confidential-record"
  | "grievance.decision-not-in-writing"
  | "grievance.decision-missing-appeal-right"
  | "grievance.appeal-not-in-writing"
  | "grievance.appeal-window-expired"
  | "grievance.appeal-chair-previously-involved"
  | "grievance.small-org-same-manager"
  | "grievance.suspend-note-required"
  | "grievance.route-not-allowed-for-severity"
  | "grievance.complainant-confirmation-required"
  | "grievance.mediation-not-possible";

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
