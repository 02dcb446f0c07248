import type { CatalogFor } from "../../core/messages/types.js";
import type { FeedbackExplanationCode, FeedbackFindingCode } from "../codes.js";

/**
 * English messages of the feedback module.
 *
 * @example
 * ```ts
 * typeof feedbackMessagesEn["feedback.stale"]; //=> "string"
 * ```
 * @category Messages
 */
export const feedbackMessagesEn = Object.freeze({
  "feedback.sbi.missing-situation": "Feedback {id} does not say when and where it happened: name the meeting, call or visit.",
  "feedback.sbi.missing-behavior": "Feedback {id} does not describe what the person actually did or said: describe the behaviour, not an interpretation.",
  "feedback.sbi.missing-impact": "Feedback {id} does not say what the behaviour led to: the effect on the customer, the team or you.",
  "feedback.constructive.no-request": "Constructive feedback {id} does not say what to do next time: add one concrete request.",
  "feedback.personal-judgement": "Feedback {id} calls the person “{word}” (in {field}): describe what they did instead of labelling them.",
  "feedback.stale": "Feedback {id} came {days} days after what happened on {occurredOn} (more than {limit}): give it while the moment is fresh.",
  "feedback.balance.no-constructive": "{praise} pieces of praise and no constructive feedback from {start} to {end}, so there is no ratio. (Ratios are descriptive; no ratio is a target.)",
  "feedback.balance.no-feedback": "No feedback at all from {start} to {end}.",
  "feedback.nudge.first-praise": (p, text) =>
    `${text("memberId")} has had no praise from ${text("managerId")} yet${p["startDate"] === undefined ? "" : ` since starting on ${text("startDate")}`}: find something specific to praise publicly.`,
  "feedback.nudge.praise-gap": "{memberId} was last praised by {managerId} on {since}, {days} days ago: find something specific to praise publicly.",
} satisfies CatalogFor<FeedbackFindingCode | FeedbackExplanationCode>);
