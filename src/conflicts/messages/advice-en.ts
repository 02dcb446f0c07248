import type { CatalogFor, MessageParams } from "../../core/messages/types.js";
import type { ConflictAdviceFindingCode } from "../codes.js";

const WHY = "issue importance: {issueImportance}; relationship importance: {relationshipImportance}";

const team = (p: MessageParams, text: (name: string) => string): string => (p["teamId"] === undefined ? "The team" : `Team ${text("teamId")}`);

/**
 * English messages of the conflict advice (approach and early signals).
 *
 * @example
 * ```ts
 * typeof conflictAdviceMessagesEn["conflict.approach.collaborating"]; //=> "string"
 * ```
 * @category Messages
 */
export const conflictAdviceMessagesEn = Object.freeze({
  "conflict.approach.competing": `Compete: take a clear position and make the call (${WHY}). It fits vital issues, emergencies and unpopular but necessary decisions. Risk: it damages relationships, so explain the decision and follow up with the other side afterwards.`,
  "conflict.approach.collaborating": `Collaborate: work it through together until both sides' concerns are met (${WHY}). It fits when the outcome and the relationship both matter too much to settle for half. Risk: it takes time, and it needs both parties to engage.`,
  "conflict.approach.compromising": `Compromise: each side gives up part of what it wants (${WHY}). It fits moderately important goals, sides of equal power, or a settlement needed quickly. Risk: nobody is fully satisfied, and the underlying issue may come back.`,
  "conflict.approach.avoiding": `Avoid, for now: let it rest (${WHY}). It fits a trivial issue, or a cooling-off period while tempers are high. Risk: issues fester, so set a date to check that it has really gone away.`,
  "conflict.approach.accommodating": `Accommodate: let the other side have this one (${WHY}). It fits when the issue matters more to them than to you, and it builds goodwill for later. Risk: resentment, and being taken advantage of if it becomes a habit.`,
  "conflict.approach.time-pressure": "Time is short: {insteadOf} would serve both sides best but takes time, so settle on a compromise now and come back to the issue once the deadline has passed.",
  "conflict.approach.safety-override": "Safety or ethics is at stake, and that overrides every other consideration: act firmly and at once, whatever it costs the relationship. Otherwise the advice would have been {otherwise}.",
  "conflict.signal.feedback-repeated":
    "{giverId} has given {receiverId} constructive feedback {count} times in the last {windowDays} days ({first} to {last}). It may be ordinary coaching, or friction building up: check in with both of them.",
  "conflict.signal.feedback-mutual":
    "{personA} and {personB} keep giving each other constructive feedback: {countAB} from {personA} and {countBA} from {personB} in the last {windowDays} days. Criticism going both ways is an early sign of conflict: talk to them before positions harden.",
  "conflict.signal.handoff-ping-pong":
    "Task {taskId} has gone back and forth between {personA} and {personB} {roundTrips} times in the last {windowDays} days ({handoffs} handoffs, {first} to {last}). Agree who owns it and what “done” means.",
  "conflict.signal.survey-declining": (p, text) =>
    `${team(p, text)}'s survey score has fallen ${text("drops")} times in a row, from ${text("from")} (${text("since")}) to ${text("to")} (${text("latest")}). Find out what changed before it turns into open conflict.`,
  "conflict.signal.survey-drop": (p, text) =>
    `${team(p, text)}'s survey score dropped ${text("drop")} points, from ${text("from")} (${text("previous")}) to ${text("to")} (${text("latest")}), past the alert line of ${text("threshold")} points. Ask the team what is going on.`,
} satisfies CatalogFor<ConflictAdviceFindingCode>);
