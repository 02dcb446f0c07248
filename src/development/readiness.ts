/**
 * Readiness for a role (weighted coverage of its requirements) and for the next rung of a
 * career ladder.
 * @module
 */
import { checkInteger, checkOptions, checkString, report, shown, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Path } from "../core/errors.js";
import type { ExplanationStep, Explanation } from "../core/explain.js";
import { step } from "../core/explain.js";
import type { Finding } from "../core/findings.js";
import { checkLadder, checkRoleProfile, checkSkillProfile, type Requirement } from "./_lib/check.js";
import { exactShare as share, fractionText, scaledToNumber, toCommonScale } from "./_lib/exact.js";
import type { DevelopmentFindingCode } from "./codes.js";
import { rankGaps } from "./gaps.js";
import type { CareerLadder, ExactShare, RoleProfile, SkillGap, SkillProfile } from "./types.js";

/**
 * How ready a member is for a role.
 *
 * @example
 * ```ts
 * const r: RoleReadiness = roleReadiness(member, role);
 * r.readiness?.percent; // 75.9
 * ```
 * @category Development
 */
export interface RoleReadiness {
  readonly roleId?: string;
  /**
   * Weighted coverage of the requirements: `Σ weight × min(current, required) ÷ Σ weight ×
   * required`, so a skill needed at a higher level counts more; equals `1 − weightedGap /
   * weightedRequirement` (the readiness of case S1 in the research notes, 75.9%). `null` when
   * the role has no requirements.
   */
  readonly readiness: ExactShare | null;
  /**
   * Skill coverage: `Σ weight × min(current, required) / required ÷ Σ weight`, each skill
   * counting by its weight only, whatever the level it needs. `null` when the role has no
   * requirements.
   */
  readonly skillCoverage: ExactShare | null;
  /** Requirements met (current ≥ required) out of all, as a share; `null` without requirements. */
  readonly skillsMet: { readonly met: number; readonly of: number; readonly share: ExactShare | null };
  /** Σ gap over the skills short of their requirement. */
  readonly totalGap: number;
  /** Σ weight × gap. */
  readonly weightedGap: number;
  /** Σ weight × required: the weighted gap of someone with no skills at all. */
  readonly weightedRequirement: number;
  /** The gaps, largest weighted gap first (as {@link skillGaps}). */
  readonly gaps: readonly SkillGap[];
  readonly explanation: Explanation;
  readonly findings: readonly Finding<DevelopmentFindingCode>[];
}

/**
 * Options of {@link roleReadiness} and {@link nextRoleReadiness}.
 *
 * @example
 * ```ts
 * const opts: ReadinessOptions = { maxGapFindings: 5 };
 * ```
 * @category Development
 */
export interface ReadinessOptions {
  /** How many of the biggest gaps get a finding. Default 3 **[HEURISTIC]**: a plan works on a few gaps at a time. */
  readonly maxGapFindings?: number;
}

/** The default of {@link ReadinessOptions.maxGapFindings}. */
const MAX_GAP_FINDINGS = 3;

function checkReadinessOptions(opts: unknown, path: Path, issues: Issues): void {
  if (checkOptions(opts, path, issues) && opts !== undefined) {
    const max = (opts as Record<string, unknown>)["maxGapFindings"];
    if (max !== undefined) checkInteger(max, [...path, "maxGapFindings"], issues, { min: 0 });
  }
}

/** Readiness from checked inputs. @internal */
function readinessOf(skills: ReadonlyMap<string, number>, requirements: readonly Requirement[], roleId: string | undefined, maxGapFindings: number): RoleReadiness {
  const about = roleId === undefined ? {} : { roleId };
  const ranked = rankGaps(skills, requirements);
  const gaps = ranked.map(({ exact: _exact, ...gap }) => gap);
  const findings: Finding<DevelopmentFindingCode>[] = [];
  if (requirements.length === 0) {
    findings.push({ code: "development.readiness.no-requirements", severity: "info", params: { ...about } });
    return {
      ...about,
      readiness: null,
      skillCoverage: null,
      skillsMet: { met: 0, of: 0, share: null },
      totalGap: 0,
      weightedGap: 0,
      weightedRequirement: 0,
      gaps,
      explanation: { steps: [] },
      findings,
    };
  }
  const { scale, values } = toCommonScale(requirements.map((r) => r.dec));
  // Σ w·min(c,r)/r over Σ w: multiply by 12 = lcm(1, 2, 3, 4) so every term is an integer
  let covered12 = 0n;
  let weights = 0n;
  let coveredLevels = 0n;
  let requiredLevels = 0n;
  let met = 0;
  let totalGap = 0;
  const steps: ExplanationStep[] = [];
  requirements.forEach((r, i) => {
    const w = values[i]!;
    const current = skills.get(r.skill) ?? 0;
    const reached = Math.min(current, r.level);
    const term12 = (w * BigInt(reached) * 12n) / BigInt(r.level); // exact: 12 / level is whole
    covered12 += term12;
    weights += w;
    coveredLevels += w * BigInt(reached);
    requiredLevels += w * BigInt(r.level);
    if (current >= r.level) met++;
    else totalGap += r.level - current;
    steps.push(
      step(
        "development.readiness.skill",
        "weight × min(current, required), out of weight × required",
        { skill: r.skill, weight: r.weight, current, required: r.level },
        fractionText(w * BigInt(reached), 10n ** BigInt(scale)),
      ),
    );
  });
  const readiness = share(coveredLevels, requiredLevels);
  steps.push(
    step(
      "development.readiness.total",
      "Σ weight × min(current, required) ÷ Σ weight × required",
      { coveredWeight: fractionText(coveredLevels, 10n ** BigInt(scale)), totalWeight: scaledToNumber(requiredLevels, scale), percent: readiness.percent },
      readiness.fraction,
    ),
  );
  const limit = Math.min(maxGapFindings, gaps.length);
  for (let i = 0; i < limit; i++) {
    const g = gaps[i]!;
    findings.push({ code: "development.readiness.gap", severity: "info", params: { ...about, skill: g.skill, current: g.current, required: g.required, gap: g.gap, weight: g.weight } });
  }
  if (gaps.length === 0) findings.push({ code: "development.readiness.met", severity: "info", params: { ...about } });
  return {
    ...about,
    readiness,
    skillCoverage: share(covered12, weights * 12n),
    skillsMet: { met, of: requirements.length, share: share(BigInt(met), BigInt(requirements.length)) },
    totalGap,
    weightedGap: scaledToNumber(requiredLevels - coveredLevels, scale),
    weightedRequirement: scaledToNumber(requiredLevels, scale),
    gaps,
    explanation: { steps },
    findings,
  };
}

/**
 * How ready a member is for a role. The headline `readiness` is the weighted coverage of the
 * requirements, `Σ weight × min(current, required) ÷ Σ weight × required` (research case S1:
 * 22/29 = 75.9%): levels short count by the skill's weight, surplus above a requirement does not
 * count. `skillCoverage` counts each skill by its weight only, whatever level it needs
 * (`Σ weight × min(current, required) / required ÷ Σ weight`). Both are exact fractions; the
 * percentages are rounded once to one decimal, half away from zero. The findings name the
 * biggest gaps (three by default), or say that every requirement is met, and the explanation
 * shows the term of each skill.
 *
 * @throws {ValidationError} naming every bad path of the member, the role or the options.
 * @example
 * ```ts
 * // research case S1
 * const r = roleReadiness(
 *   { skills: { negotiation: 2, crm: 3, forecasting: 1, product: 4 } },
 *   { id: "kam", requirements: { negotiation: { level: 3, weight: 3 }, crm: { level: 2, weight: 1 }, forecasting: { level: 3, weight: 2 }, product: { level: 4, weight: 3 } } },
 * );
 * r.readiness; //=> { fraction: "22/29", value: 22 / 29, percent: 75.9 }
 * r.skillCoverage; //=> { fraction: "20/27", value: 20 / 27, percent: 74.1 }
 * [r.totalGap, r.gaps.length, r.weightedGap, r.weightedRequirement, r.skillsMet.met]; //=> [3, 2, 7, 29, 2]
 * ```
 * @category Development
 */
export function roleReadiness(member: SkillProfile, role: RoleProfile, opts?: ReadinessOptions): RoleReadiness {
  const issues: Issues = [];
  const skills = checkSkillProfile(member, ["member"], issues);
  const requirements = checkRoleProfile(role, ["role"], issues);
  checkReadinessOptions(opts, ["opts"], issues);
  throwIfIssues(issues);
  return readinessOf(skills!, requirements!, role.id, opts?.maxGapFindings ?? MAX_GAP_FINDINGS);
}

/**
 * Readiness for the next rung of a career ladder.
 *
 * @example
 * ```ts
 * const r: NextRoleReadiness = { currentRoleId: "am", nextRoleId: "kam", readiness: roleReadiness(member, kam), findings: [] };
 * ```
 * @category Development
 */
export interface NextRoleReadiness {
  readonly currentRoleId: string | null;
  /** The rung after the current one; `null` at the top of the ladder. */
  readonly nextRoleId: string | null;
  readonly readiness: RoleReadiness | null;
  readonly findings: readonly Finding<DevelopmentFindingCode>[];
}

/**
 * How ready a member is for the rung after `currentRoleId` on a career ladder (for the first
 * rung when `currentRoleId` is `null`). At the top rung there is no next role: `nextRoleId` and
 * `readiness` are `null` and a finding says so. The readiness is {@link roleReadiness} of the
 * next rung, its findings naming the biggest gaps.
 *
 * @throws {ValidationError} naming every bad path; a `currentRoleId` that is not a rung of the
 * ladder is one.
 * @example
 * ```ts
 * const ladder = { id: "sales", rungs: [
 *   { id: "am", requirements: { negotiation: { level: 2 }, forecasting: { level: 2 } } },
 *   { id: "kam", requirements: { negotiation: { level: 3 }, forecasting: { level: 3 } } },
 * ] };
 * const next = nextRoleReadiness({ skills: { negotiation: 3, forecasting: 2 } }, ladder, "am");
 * [next.nextRoleId, next.readiness?.readiness?.fraction]; //=> ["kam", "5/6"]
 * nextRoleReadiness({ skills: {} }, ladder, "kam").nextRoleId; //=> null
 * ```
 * @category Development
 */
export function nextRoleReadiness(member: SkillProfile, ladder: CareerLadder, currentRoleId: string | null, opts?: ReadinessOptions): NextRoleReadiness {
  const issues: Issues = [];
  const skills = checkSkillProfile(member, ["member"], issues);
  const rungs = checkLadder(ladder, ["ladder"], issues);
  let index = -1;
  if (currentRoleId !== null && checkString(currentRoleId, ["currentRoleId"], issues, { nonEmpty: true }) && rungs !== undefined) {
    index = ladder.rungs.findIndex((r) => r.id === currentRoleId);
    if (index < 0) report(issues, ["currentRoleId"], "validation.not-found", { value: shown(currentRoleId) });
  }
  checkReadinessOptions(opts, ["opts"], issues);
  throwIfIssues(issues);
  if (index === ladder.rungs.length - 1) {
    return { currentRoleId, nextRoleId: null, readiness: null, findings: [{ code: "development.ladder.top-rung", severity: "info", params: { roleId: currentRoleId! } }] };
  }
  const next = ladder.rungs[index + 1]!;
  const readiness = readinessOf(skills!, rungs![index + 1]!, next.id, opts?.maxGapFindings ?? MAX_GAP_FINDINGS);
  return { currentRoleId, nextRoleId: next.id, readiness, findings: readiness.findings };
}
