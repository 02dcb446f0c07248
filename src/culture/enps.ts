/**
 * Employee Net Promoter Score.
 * @module
 */
import { checkArray, checkEnum, checkInteger, checkOptions, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { EnpsBands, EnpsResult } from "./types.js";

/** The lowest promoter and the highest detractor answer of each band set. @internal */
export const BANDS: Readonly<Record<EnpsBands, { readonly promoterFrom: number; readonly detractorTo: number }>> = Object.freeze({
  standard: Object.freeze({ promoterFrom: 9, detractorTo: 6 }),
  cultureiq: Object.freeze({ promoterFrom: 9, detractorTo: 5 }),
});

/** eNPS from counts (n > 0). @internal */
export function enpsOf(promoters: number, passives: number, detractors: number): EnpsResult {
  const n = promoters + passives + detractors;
  return { score: ((promoters - detractors) * 100) / n, promoters, passives, detractors, n };
}

/**
 * The employee Net Promoter Score of answers to "How likely are you to recommend us as a place
 * to work?" on 0–10: promoters answer 9–10, passives 7–8, detractors 0–6, and the score is
 * `100 × (promoters − detractors) / n`, from −100 to +100. The score is **unrounded**: it is
 * computed once from the counts (rounding the two percentages first gives wrong answers, case
 * E7 of the research notes: 200/7 = 28.57, not 57 − 29 = 28). No answers give `null`, never 0.
 * `opts.bands: "cultureiq"` uses CultureIQ's bands (passives 6–8, detractors 0–5).
 *
 * An eNPS of a handful of people is not anonymous: use {@link summarizeSurvey} for groups.
 *
 * @throws {ValidationError} when an answer is not an integer from 0 to 10, naming each.
 * @example
 * ```ts
 * eNps([10, 9, 9, 8, 7, 6, 3, 10, 9, 5]); //=> { score: 20, promoters: 5, passives: 2, detractors: 3, n: 10 }
 * eNps([]); //=> null
 * ```
 * @category Culture
 */
export function eNps(scores: readonly number[], opts?: { readonly bands?: EnpsBands }): EnpsResult | null {
  const issues: Issues = [];
  if (checkArray(scores, ["scores"], issues)) {
    for (let i = 0; i < scores.length; i++) checkInteger(scores[i], ["scores", i], issues, { min: 0, max: 10 });
  }
  let bands: EnpsBands = "standard";
  if (checkOptions(opts, ["opts"], issues) && opts?.bands !== undefined && checkEnum(opts.bands, ["standard", "cultureiq"] as const, ["opts", "bands"], issues)) bands = opts.bands;
  throwIfIssues(issues);
  if (scores.length === 0) return null;
  const { promoterFrom, detractorTo } = BANDS[bands];
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s >= promoterFrom) promoters++;
    else if (s <= detractorTo) detractors++;
  }
  return enpsOf(promoters, scores.length - promoters - detractors, detractors);
}
