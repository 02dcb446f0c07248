/**
 * Codes of the feedback module's findings.
 * @module
 */

/**
 * Every finding the feedback module raises.
 *
 * @example
 * ```ts
 * const code: FeedbackFindingCode = "feedback.sbi.missing-impact";
 * ```
 * @category Feedback
 */
export type FeedbackFindingCode =
  | "feedback.sbi.missing-situation"
  | "feedback.sbi.missing-behavior"
  | "feedback.sbi.missing-impact"
  | "feedback.constructive.no-request"
  | "feedback.personal-judgement"
  | "feedback.stale"
  | "feedback.balance.no-constructive"
  | "feedback.balance.no-feedback"
  | "feedback.nudge.first-praise"
  | "feedback.nudge.praise-gap";

/**
 * Codes of the steps in feedback explanations (none yet: feedback results are counts).
 *
 * @example
 * ```ts
 * const codes: FeedbackExplanationCode[] = [];
 * ```
 * @category Feedback
 */
export type FeedbackExplanationCode = never;
