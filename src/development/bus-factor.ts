/**
 * The team view: how many people hold each needed skill at the level needed.
 * @module
 */
import { checkArray, checkInteger, checkOptions, report, shown, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Finding } from "../core/findings.js";
import { checkRoleProfile, checkSkillProfile } from "./_lib/check.js";
import type { DevelopmentFindingCode } from "./codes.js";
import type { RoleProfile, SkillProfile } from "./types.js";

/**
 * One needed skill and who holds it at the required level.
 *
 * @example
 * ```ts
 * const row: BusFactorRow = { skill: "forecasting", required: 3, holders: ["li"], busFactor: 1 };
 * ```
 * @category Development
 */
export interface BusFactorRow {
  readonly skill: string;
  readonly required: number;
  /** Members at or above `required`, in the team's order. */
  readonly holders: readonly string[];
  /** `holders.length`: how many people could be lost before nobody holds the skill, plus one. */
  readonly busFactor: number;
}

/**
 * The result of {@link skillBusFactor}.
 *
 * @example
 * ```ts
 * const r: SkillBusFactor = { skills: [], findings: [] };
 * ```
 * @category Development
 */
export interface SkillBusFactor {
  /** One row per needed skill, fewest holders first, then by skill name (code-unit order). */
  readonly skills: readonly BusFactorRow[];
  readonly findings: readonly Finding<DevelopmentFindingCode>[];
}

/**
 * The bus factor of each skill a team needs (the requirements of a role profile, or of a team
 * profile written the same way): who holds it at the required level. Nobody is an error
 * (`development.bus-factor.none`: the team cannot do that work); fewer than `minHolders`
 * (default 2 **[HEURISTIC]**: one person is a single point of failure) is a warning
 * (`development.bus-factor.low`), naming the holders. Weights of the requirements play no part.
 * One pass over the team.
 *
 * @throws {ValidationError} naming every bad path: members without an id or with a repeated id,
 * levels outside the scale, a malformed profile or option.
 * @example
 * ```ts
 * // research case S2: a team of five where one person forecasts at level 3
 * const team = [
 *   { id: "li", skills: { forecasting: 3, negotiation: 3 } },
 *   { id: "wang", skills: { forecasting: 2, negotiation: 3 } },
 *   { id: "zhao", skills: { forecasting: 1, negotiation: 4 } },
 *   { id: "chen", skills: { negotiation: 2 } },
 *   { id: "sun", skills: { forecasting: 2 } },
 * ];
 * const r = skillBusFactor(team, { requirements: { forecasting: { level: 3 }, negotiation: { level: 3 }, "mandarin-contracts": { level: 2 } } });
 * r.skills.map((s) => [s.skill, s.busFactor]); //=> [["mandarin-contracts", 0], ["forecasting", 1], ["negotiation", 3]]
 * r.findings.map((f) => [f.code, f.severity]); //=> [["development.bus-factor.none", "error"], ["development.bus-factor.low", "warning"]]
 * ```
 * @category Development
 */
export function skillBusFactor(team: readonly SkillProfile[], needs: RoleProfile, opts?: { readonly minHolders?: number }): SkillBusFactor {
  const issues: Issues = [];
  const profiles: Map<string, number>[] = [];
  if (checkArray(team, ["team"], issues)) {
    const ids = new Set<string>();
    for (let i = 0; i < team.length; i++) {
      const skills = checkSkillProfile(team[i], ["team", i], issues);
      if (skills === undefined) continue;
      profiles.push(skills);
      const id = (team[i] as SkillProfile).id;
      if (id === undefined) report(issues, ["team", i, "id"], "validation.required");
      else if (ids.has(id)) report(issues, ["team", i, "id"], "validation.duplicate", { value: shown(id) });
      else ids.add(id);
    }
  }
  const requirements = checkRoleProfile(needs, ["needs"], issues);
  if (checkOptions(opts, ["opts"], issues) && opts?.minHolders !== undefined) checkInteger(opts.minHolders, ["opts", "minHolders"], issues, { min: 1 });
  throwIfIssues(issues);
  const min = opts?.minHolders ?? 2;
  const rows = requirements!.map((r) => ({ skill: r.skill, required: r.level, holders: [] as string[], busFactor: 0 }));
  const index = new Map(rows.map((row, i) => [row.skill, i]));
  team.forEach((member, i) => {
    for (const [skill, level] of profiles[i]!) {
      const at = index.get(skill);
      if (at !== undefined && level >= rows[at]!.required) rows[at]!.holders.push(member.id!);
    }
  });
  for (const row of rows) row.busFactor = row.holders.length;
  rows.sort((a, b) => a.busFactor - b.busFactor || (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0));
  const findings: Finding<DevelopmentFindingCode>[] = [];
  for (const row of rows) {
    if (row.busFactor === 0) findings.push({ code: "development.bus-factor.none", severity: "error", params: { skill: row.skill, required: row.required } });
    else if (row.busFactor < min) findings.push({ code: "development.bus-factor.low", severity: "warning", params: { skill: row.skill, required: row.required, members: row.holders, count: row.busFactor, min } });
  }
  return { skills: rows, findings };
}
