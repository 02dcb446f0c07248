import type { CatalogFor } from "../../core/messages/types.js";
import type { GoalExplanationCode, GoalFindingCode } from "../codes.js";

const STATUS: Record<string, string> = {
  "not-started": "not started",
  "on-track": "on track",
  "at-risk": "at risk",
  "off-track": "off track",
  achieved: "achieved",
  missed: "missed",
  unknown: "unknown",
};

/**
 * English messages of the goals module.
 *
 * @example
 * ```ts
 * goalsMessagesEn["smart.time-bound.no-due"]; //=> "There is no due date: say by when it must be done."
 * ```
 * @category Messages
 */
export const goalsMessagesEn = Object.freeze({
  "smart.specific.no-owner": "No one owns this goal: name the person accountable for it.",
  "smart.specific.vague":
    "“{words}” says which way to go but not how far. Add a metric and a target, such as “raise the renewal rate from 83% to 92%”.",
  "smart.specific.compound": "This reads as two goals joined by “{conjunction}”. Split it so each can be tracked and scored on its own.",
  "smart.specific.empty-title": "The goal has no title saying what should change.",
  "smart.measurable.no-metric": "There is no way to measure this goal yet: choose a metric with a unit, a direction and a target.",
  "smart.measurable.no-unit": "The metric has no unit: say whether it counts customers, yuan, percent or hours.",
  "smart.measurable.no-direction": "The metric does not say which way it should move: increase, decrease, stay at least, stay at most, or get done.",
  "smart.measurable.no-target": "The metric has no target value.",
  "smart.measurable.no-baseline": (p) =>
    `A goal to ${p["direction"] === "decrease" ? "lower" : "raise"} a metric needs a baseline: where does it stand today?`,
  "smart.measurable.wrong-side": (p, text) =>
    `The target ${text("target")} is not ${p["direction"] === "decrease" ? "below" : "above"} the baseline ${text("baseline")}, so the goal asks for no ${p["direction"] === "decrease" ? "reduction" : "growth"}.`,
  "smart.achievable.no-history": "There is no history for this metric, so whether the target is realistic could not be judged.",
  "smart.achievable.cannot-compare": (p, text) =>
    p["best"] === "—" ? "There is no target to compare with past values, so achievability was not judged." : `Past values (best ${text("best")}) give no basis to compare the target with.`,
  "smart.achievable.stretch":
    "The target {target} is {ratio}× the best comparable result on record ({best}): a stretch. Check that the plan and resources support it.",
  "smart.achievable.unrealistic":
    "The target {target} is {ratio}× the best comparable result on record ({best}), more than {limit} times what has ever been done. Set a target the team can reach, or say what will be different this time.",
  "smart.relevant.unaligned": "The goal is not linked to a team goal or a strategy: link it so everyone sees what it serves.",
  "smart.relevant.unknown-parent": "The parent goal “{parentId}” is not among the team's goals.",
  "smart.relevant.parent-not-checked": "The parent goal “{parentId}” was not checked, because no goal list was given.",
  "smart.time-bound.no-due": "There is no due date: say by when it must be done.",
  "smart.time-bound.due-before-start": "The due date {due} is before the start {start}.",
  "smart.time-bound.too-long": "The goal spans {days} days, more than {max}. Break it into shorter goals with their own check points.",
  "smart.time-bound.no-start": "There is no start date, so the span and the expected pace cannot be worked out.",
  "smart.time-bound.due-passed": "The due date {due} has passed (as of {asOf}): close the goal or agree a new date.",
  "goals.progress.no-metric": "The goal has no metric, so its progress cannot be measured.",
  "goals.progress.no-span": "The goal needs a start and a due date to judge its pace.",
  "goals.progress.no-baseline": "A decrease goal needs a baseline to measure progress from.",
  "goals.progress.no-check-in": "No check-in on or before {asOf}: progress is counted from the baseline.",
  "goals.cascade.outside-parent-span": "Goal “{childId}” runs outside the span of its parent “{parentId}”.",
  "goals.cascade.targets-short": "The goals under “{parentId}” add up to {sum}, short of its target {target}: the team goal is not fully covered.",
  "goals.cascade.unit-mismatch": "Goal “{childId}” is in {childUnit} but its parent “{parentId}” is in {parentUnit}, so they cannot be added up.",
  "goals.cascade.unknown-parent": "Goal “{childId}” names a parent “{parentId}” that is not in the list; it is treated as a top-level goal.",
  "goals.draft.period": "Read “{text}” as {start} to {due}.",
  "goals.draft.assumed-increase": "No word says which way to move, so the goal is read as an increase.",
  "goals.draft.assumed-unit": "Read the unit as {unit}.",
  "goals.draft.multiplier": "Read “{text}” as {value}.",
  "goals.draft.percent-points": "Percentages are kept in points: {text} is {value} with unit percent.",
  "goals.draft.compound": "The sentence joins two goals with “{conjunction}”; only the first was read. Make the second a goal of its own.",
  "goals.draft.no-target": "No target value was found: add one.",
  "goals.draft.no-period": "No period or due date was found: add one.",
  "goals.progress.current": (p, text) =>
    p["date"] === undefined ? `Current value on ${text("asOf")}: ${text("result")} (the baseline; no check-in yet).` : `Current value on ${text("asOf")}: ${text("result")} (check-in of ${text("date")}).`,
  "goals.progress.ratio": "Progress = ({current} − {baseline}) / ({target} − {baseline}) = {result}.",
  "goals.progress.condition": (p, text) =>
    `${p["direction"] === "achieve" ? "Done" : "Condition"} on the latest check-in: ${text("current")} against ${p["direction"] === "maintain-at-most" ? "at most" : p["direction"] === "achieve" ? "done at" : "at least"} ${text("target")} → ${text("result")}.`,
  "goals.progress.expected": "Expected by {asOf}: the elapsed share of {start} to {due} = {result}.",
  "goals.progress.projected": "At this pace it ends at {baseline} + ({current} − {baseline}) / {expected} = {result}.",
  "goals.progress.required-rate": (p, text) =>
    typeof p["result"] === "number" && p["result"] < 0
      ? `To get from ${text("current")} down to ${text("target")} in the ${text("days")} days left: lower it by ${Math.round(-p["result"] * 100) / 100} a day.`
      : `To reach ${text("target")} from ${text("current")} in the ${text("days")} days left: ${text("result")} per day.`,
  "goals.progress.status": (p, text) =>
    p["gap"] === undefined
      ? `Status: ${STATUS[String(p["result"])] ?? text("result")}.`
      : typeof p["gap"] === "number" && p["gap"] < 0
        ? `Ahead of pace by ${Math.round(-p["gap"] * 10) / 10} points → ${STATUS[String(p["result"])] ?? text("result")}.`
        : `Behind pace by ${typeof p["gap"] === "number" ? Math.round(p["gap"] * 10) / 10 : text("gap")} points → ${STATUS[String(p["result"])] ?? text("result")}.`,
} satisfies CatalogFor<GoalFindingCode | GoalExplanationCode>);
