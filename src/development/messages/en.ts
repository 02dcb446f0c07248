import type { CatalogFor, MessageParams } from "../../core/messages/types.js";
import type { DevelopmentExplanationCode, DevelopmentFindingCode } from "../codes.js";
import { PROFICIENCY_SCALE } from "../scale.js";

const KINDS: Readonly<Record<string, string>> = { experience: "on-the-job experience", social: "learning from others", formal: "formal training" };

/** "level 3 (independent)" for a level of the scale, the bare number otherwise. */
const level = (p: MessageParams, name: string, text: (name: string) => string): string => {
  const v = p[name];
  const anchor = typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 4 ? PROFICIENCY_SCALE[v] : undefined;
  return anchor === undefined ? `level ${text(name)}` : `level ${v} (${anchor.name.en.toLowerCase()})`;
};
const forRole = (p: MessageParams, text: (name: string) => string): string => (p["roleId"] === undefined ? "the role" : `role ${text("roleId")}`);

/**
 * English messages of the development module.
 *
 * @example
 * ```ts
 * typeof developmentMessagesEn["development.bus-factor.none"]; //=> "string"
 * ```
 * @category Messages
 */
export const developmentMessagesEn = Object.freeze({
  "development.readiness.gap": (p, text) =>
    `${text("skill")}: at ${level(p, "current", text)}, ${forRole(p, text)} needs ${level(p, "required", text)} — ${text("gap")} level(s) short, weight ${text("weight")}.`,
  "development.readiness.met": (p, text) => `Every requirement of ${forRole(p, text)} is met.`,
  "development.readiness.no-requirements": (p, text) => `${p["roleId"] === undefined ? "The role" : `Role ${text("roleId")}`} lists no skill requirements, so there is no readiness to measure.`,
  "development.ladder.top-rung": "{roleId} is the top rung of the ladder: there is no next role to measure readiness for.",
  "development.training.closes-gap": (p, text) =>
    `“${text("title")}” (${text("trainingId")}) takes ${text("skill")} from ${level(p, "current", text)} to ${level(p, "reaches", text)}${p["reaches"] === p["required"] ? ", the level required" : ` (${level(p, "required", text)} is required)`}.`,
  "development.training.none-for-gap": "No training in the catalogue raises {skill} to the level needed: plan a stretch assignment or a mentor instead.",
  "development.plan.unlinked-goal": "Goal {id} (“{title}”) is linked to neither a skill gap nor a career aim: say which gap it closes or which role it prepares for.",
  "development.plan.goal-without-activities": "Goal {id} (“{title}”) has no activities yet: add at least one concrete step with a due date.",
  "development.plan.activity-no-due-date": "Activity {id} (“{title}”) has no due date: without one, nobody can tell whether it is on track.",
  "development.plan.gap-not-covered": "The plan has no goal for {skill}, {gap} level(s) short of the role: add one, or agree to leave it for later.",
  "development.plan.activity-overdue": "Activity {id} (“{title}”) was due on {due} and is {days} days overdue.",
  "development.plan.mix-far-from-reference": (p, text) =>
    `${KINDS[String(p["kind"])] ?? text("kind")} makes up ${text("percent")}% of the plan, more than ${text("limit")} points from the ${text("reference")}% of the reference mix (70-20-10 unless the plan says otherwise). It is a rule of thumb, not a target: check the balance is deliberate.`,
  "development.plan.mix-empty": "Plan {id} has no activities yet, so it has no 70-20-10 mix.",
  "development.bus-factor.none": (p, text) => `Nobody on the team holds ${text("skill")} at ${level(p, "required", text)}: the team cannot cover this work alone.`,
  "development.bus-factor.low": (p, text) =>
    `Only ${text("members")} ${p["count"] === 1 ? "holds" : "hold"} ${text("skill")} at ${level(p, "required", text)} (fewer than ${text("min")}): train another person before it becomes a single point of failure.`,
  "development.readiness.skill": (_p, text) =>
    `${text("skill")}: weight ${text("weight")} × min(${text("current")}, ${text("required")}) = ${text("result")}, out of ${text("weight")} × ${text("required")}.`,
  "development.readiness.total": "Readiness: {coveredWeight} of the {totalWeight} weighted levels required = {result} ({percent}%).",
} satisfies CatalogFor<DevelopmentFindingCode | DevelopmentExplanationCode>);
