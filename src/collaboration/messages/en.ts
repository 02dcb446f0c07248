import type { CatalogFor } from "../../core/messages/types.js";
import type { CollaborationExplanationCode, CollaborationFindingCode } from "../codes.js";

/**
 * English messages of the collaboration module.
 *
 * @example
 * ```ts
 * typeof collaborationMessagesEn["raci.no-accountable"]; //=> "string"
 * ```
 * @category Messages
 */
export const collaborationMessagesEn = Object.freeze({
  "raci.no-accountable": "Task {taskId} has nobody accountable (A): name exactly one person who answers for the result and signs it off.",
  "raci.multiple-accountable": "Task {taskId} has {count} people accountable (A): {members}. Keep exactly one; the others can be responsible (R) or consulted (C).",
  "raci.no-responsible": "Nobody is responsible (R) for task {taskId}: a task nobody works on is a wish, not a plan. Name who does the work.",
  "raci.implicit-responsible": "Nobody is marked responsible (R) for task {taskId}, so {memberId}, who is accountable, is taken to do the work; if that is right, mark them A and R.",
  "raci.multiple-letters": "{memberId} is {letters} on task {taskId}: apart from A together with R, give each person one role per task.",
  "raci.too-many-consulted": "Task {taskId} consults {count} people ({members}), more than {limit}: every extra opinion slows the decision; keep some of them informed (I) instead.",
  "raci.overloaded": "{memberId} is responsible for {count} of {of} tasks ({percent}%, more than {limitPercent}%): spread the work or check that the plan is realistic.",
  "workload.no-members": "No members were given, so there is no workload to compare.",
  "workload.no-load": "None of the {count} members has any load: the team counts as even, but check that the data is up to date.",
  "workload.heavy": "{memberId} carries {load} of the team's {totalLoad} ({percent}%), {ratio} times the average of {mean}: see whether some of it can move to a colleague.",
  "workload.over-capacity": (p, text) =>
    p["percent"] === undefined
      ? `${text("memberId")} has a load of ${text("load")} but no capacity (${text("capacity")}) in this period: hand the work to someone else.`
      : `${text("memberId")} has a load of ${text("load")} against a capacity of ${text("capacity")} (${text("percent")}% utilisation): take something off their plate or move a deadline.`,
  "workload.balance-index": "Balance index = mean load {mean} ÷ largest load {max} = {result} (1 is perfectly even).",
  "workload.cv": "Coefficient of variation = standard deviation {sd} ÷ mean load {mean} = {result}.",
  "workload.gini": "Gini coefficient = sum of the differences over every ordered pair of members {sumDiffs} ÷ (2 × {n}² × mean load {mean}) = {result} (0 is perfectly even).",
} satisfies CatalogFor<CollaborationFindingCode | CollaborationExplanationCode>);
