import type { CatalogFor } from "../../core/messages/types.js";
import type { WellbeingExplanationCode, WellbeingFindingCode } from "../codes.js";

/**
 * English messages of the wellbeing module.
 *
 * @example
 * ```ts
 * typeof wellbeingMessagesEn["wellbeing.hours.long"]; //=> "string"
 * ```
 * @category Messages
 */
export const wellbeingMessagesEn = Object.freeze({
  "wellbeing.hours.long": "{memberId} has worked {meanHours} hours a week on average over the last {weeks} weeks (more than {limit}): talk about workload before it turns into exhaustion.",
  "wellbeing.hours.after-hours": "{percent}% of {memberId}'s hours over the last {weeks} weeks were outside working hours (more than {limitPercent}%): check what keeps them working in the evenings and at weekends.",
  "wellbeing.leave.none-recently": (p, text) =>
    p["lastLeaveDay"] === undefined
      ? `${text("memberId")} has taken no leave in the ${text("days")} days since ${text("since")} (${text("months")} months or more): encourage them to plan a proper break.`
      : `${text("memberId")} last took leave on ${text("lastLeaveDay")}, ${text("days")} days ago (${text("months")} months or more): encourage them to plan a proper break.`,
  "wellbeing.leave.unused": "{memberId} has earned {accruedDays} days of leave so far this leave year and taken {takenDays}: {unusedDays} days unused (at least {limit}). Help them find a time to take it.",
  "wellbeing.load.over-capacity": "{memberId} carries a load of {load} against a capacity of {capacity} ({percent}%): rebalance the work or agree what can wait.",
  "wellbeing.pulse.exhaustion-high": "{memberId}'s exhaustion score in the pulse of {date} is {score} out of 18 (at or above {threshold}): ask how they are coping. This is a prompt for a conversation, not a diagnosis.",
  "wellbeing.pulse.cynicism-high": "{memberId}'s cynicism (distance from the job) score in the pulse of {date} is {score} out of 18 (at or above {threshold}): ask what has changed about the work. This is a prompt for a conversation, not a diagnosis.",
  "wellbeing.pulse.efficacy-low": "{memberId}'s efficacy score in the pulse of {date} is only {score} out of 18 (at or below {threshold}): help them see progress and remove what blocks it. This is a prompt for a conversation, not a diagnosis.",
  "wellbeing.pulse.stale": "{memberId}'s latest pulse is from {date}, {days} days ago (more than {limit}): it raises no signals until they answer a new one.",
  "wellbeing.challenge.too-easy": (p, text) =>
    `${text("memberId")} met ${p["goalId"] === undefined ? "every goal" : `goal ${text("goalId")}`} in each of the last ${text("periods")} periods (${text("count")} results): the goals may be too easy to motivate. Consider a stretch target.`,
  "wellbeing.challenge.too-hard": (p, text) =>
    `${text("memberId")} met ${p["goalId"] === undefined ? "no goal in any" : `goal ${text("goalId")} in none`} of the last ${text("periods")} periods (${text("count")} results): the goals may be out of reach and discouraging. Review the target or the support.`,
} satisfies CatalogFor<WellbeingFindingCode | WellbeingExplanationCode>);
