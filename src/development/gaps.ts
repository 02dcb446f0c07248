/**
 * Skill gaps of a member against a role profile.
 * @module
 */
import { throwIfIssues, type Issues } from "../core/_lib/check.js";
import { checkRoleProfile, checkSkillProfile, type Requirement } from "./_lib/check.js";
import { scaledToNumber, toCommonScale } from "./_lib/exact.js";
import type { RoleProfile, SkillGap, SkillProfile } from "./types.js";

/** A gap with its exact weighted gap at the common scale, for ordering. @internal */
export interface RankedGap extends SkillGap {
  readonly exact: bigint;
}

/**
 * Gaps of the requirements, with exact weighted gaps, ordered largest first (ties by skill
 * name). Requirements and skills are already checked. @internal
 */
export function rankGaps(skills: ReadonlyMap<string, number>, requirements: readonly Requirement[]): RankedGap[] {
  const { scale, values } = toCommonScale(requirements.map((r) => r.dec));
  const out: RankedGap[] = [];
  requirements.forEach((r, i) => {
    const current = skills.get(r.skill) ?? 0;
    const gap = r.level - current;
    if (gap <= 0) return;
    const exact = values[i]! * BigInt(gap);
    out.push({ skill: r.skill, required: r.level, current, gap, weight: r.weight, weightedGap: scaledToNumber(exact, scale), exact });
  });
  out.sort((a, b) => (a.exact > b.exact ? -1 : a.exact < b.exact ? 1 : a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0));
  return out;
}

/**
 * The skills in which a member falls short of a role: `{ skill, required, current, gap, weight,
 * weightedGap }` with `gap = required − current` and `weightedGap = gap × weight`, only for the
 * skills below their requirement (a skill the member does not list counts as level 0; skills
 * the role does not need are ignored). Ordered by weighted gap, largest first; equal weighted
 * gaps by skill name (code-unit order). Weighted gaps are compared exactly, so `gap 1 × weight
 * 0.3` and `gap 3 × weight 0.1` tie.
 *
 * Levels are whole numbers on the 0–4 scale (requirements 1–4: a requirement of 0 asks for
 * nothing, leave it out); weights are positive numbers, default 1.
 *
 * @throws {ValidationError} naming every bad path: a level outside the scale or not a whole
 * number, a weight that is not positive, a malformed profile.
 * @example
 * ```ts
 * skillGaps(
 *   { skills: { negotiation: 2, crm: 3, forecasting: 1, product: 4 } },
 *   { requirements: { negotiation: { level: 3, weight: 3 }, crm: { level: 2 }, forecasting: { level: 3, weight: 2 }, product: { level: 4, weight: 3 } } },
 * );
 * //=> [{ skill: "forecasting", required: 3, current: 1, gap: 2, weight: 2, weightedGap: 4 }, { skill: "negotiation", required: 3, current: 2, gap: 1, weight: 3, weightedGap: 3 }]
 * ```
 * @category Development
 */
export function skillGaps(member: SkillProfile, role: RoleProfile): SkillGap[] {
  const issues: Issues = [];
  const skills = checkSkillProfile(member, ["member"], issues);
  const requirements = checkRoleProfile(role, ["role"], issues);
  throwIfIssues(issues);
  return rankGaps(skills!, requirements!).map(({ exact: _exact, ...gap }) => gap);
}
