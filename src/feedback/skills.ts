/**
 * Skill ratings given with feedback (Culture Amp's skill cards).
 * @module
 */
import { checkArray, checkEnum, checkRecord, checkString, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { divideRounded } from "../core/rounding.js";

/**
 * One skill card a feedback giver rated: "rocking it" or "getting there" (a giver may skip any).
 *
 * @example
 * ```ts
 * const r: SkillRating = { skill: "negotiation", rating: "rocking-it" };
 * ```
 * @category Feedback
 */
export interface SkillRating {
  readonly skill: string;
  readonly rating: "rocking-it" | "getting-there";
}

/**
 * One skill's summary.
 *
 * @example
 * ```ts
 * const row: SkillSummaryRow = { skill: "negotiation", rockingIt: 36, gettingThere: 11, share: 36 / 47, percent: 77 };
 * ```
 * @category Feedback
 */
export interface SkillSummaryRow {
  readonly skill: string;
  readonly rockingIt: number;
  readonly gettingThere: number;
  /** `rockingIt ÷ (rockingIt + gettingThere)`. */
  readonly share: number;
  /** The share in whole percent, rounded half up, as Culture Amp shows it. */
  readonly percent: number;
}

/**
 * Culture Amp's skills summary: for each skill, the share of "rocking it" among the ratings
 * given (36 rocking it and 11 getting there → 76.6% → 77%). Skills come in order of first
 * appearance.
 *
 * @throws {ValidationError} when a rating is malformed.
 * @example
 * ```ts
 * const ratings = [...Array(36).fill({ skill: "negotiation", rating: "rocking-it" }), ...Array(11).fill({ skill: "negotiation", rating: "getting-there" })];
 * skillSummary(ratings); //=> [{ skill: "negotiation", rockingIt: 36, gettingThere: 11, share: 36 / 47, percent: 77 }]
 * ```
 * @category Feedback
 */
export function skillSummary(ratings: readonly SkillRating[]): SkillSummaryRow[] {
  const issues: Issues = [];
  if (checkArray(ratings, ["ratings"], issues)) {
    for (let i = 0; i < ratings.length; i++) {
      const r: unknown = ratings[i];
      if (!checkRecord(r, ["ratings", i], issues)) continue;
      checkString(r["skill"], ["ratings", i, "skill"], issues, { nonEmpty: true });
      checkEnum(r["rating"], ["rocking-it", "getting-there"] as const, ["ratings", i, "rating"], issues);
    }
  }
  throwIfIssues(issues);
  const counts = new Map<string, { rockingIt: number; gettingThere: number }>();
  for (let i = 0; i < ratings.length; i++) {
    const r = ratings[i]!;
    const c = counts.get(r.skill) ?? { rockingIt: 0, gettingThere: 0 };
    if (r.rating === "rocking-it") c.rockingIt++;
    else c.gettingThere++;
    counts.set(r.skill, c);
  }
  return [...counts].map(([skill, c]) => {
    const total = c.rockingIt + c.gettingThere;
    return { skill, rockingIt: c.rockingIt, gettingThere: c.gettingThere, share: c.rockingIt / total, percent: divideRounded(c.rockingIt * 100, total, "half-up") };
  });
}
