/**
 * Favourability of 5-point agreement items.
 * @module
 */
import { checkArray, checkInteger, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { FavourabilityResult } from "./types.js";

/** Favourability from the counts of each answer 1–5 (index 1–5; n > 0). @internal */
export function favourabilityOf(counts: readonly number[]): FavourabilityResult {
  const n = counts[1]! + counts[2]! + counts[3]! + counts[4]! + counts[5]!;
  const favourable = counts[4]! + counts[5]!;
  const neutral = counts[3]!;
  const unfavourable = counts[1]! + counts[2]!;
  const total = counts[1]! + 2 * counts[2]! + 3 * counts[3]! + 4 * counts[4]! + 5 * counts[5]!;
  return { n, favourable, neutral, unfavourable, favourableShare: favourable / n, neutralShare: neutral / n, unfavourableShare: unfavourable / n, mean: total / n };
}

/**
 * Favourability of a 5-point agreement item (Culture Amp's "percentage favourable, the top two
 * options"): favourable 4–5, neutral 3, unfavourable 1–2, each as a count and a share of the
 * answers, and the mean. Shares and the mean are one division of integer counts, unrounded.
 * No answers give `null`.
 *
 * @throws {ValidationError} when an answer is not an integer from 1 to 5, naming each.
 * @example
 * ```ts
 * // research case F1: 5, 4, 4, 3, 2, 1, 5, 5
 * favourability([5, 4, 4, 3, 2, 1, 5, 5]); //=> { n: 8, favourable: 5, neutral: 1, unfavourable: 2, favourableShare: 0.625, neutralShare: 0.125, unfavourableShare: 0.25, mean: 3.625 }
 * ```
 * @category Culture
 */
export function favourability(answers: readonly number[]): FavourabilityResult | null {
  const issues: Issues = [];
  if (checkArray(answers, ["answers"], issues)) {
    for (let i = 0; i < answers.length; i++) checkInteger(answers[i], ["answers", i], issues, { min: 1, max: 5 });
  }
  throwIfIssues(issues);
  if (answers.length === 0) return null;
  const counts = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < answers.length; i++) counts[answers[i]!]! += 1;
  return favourabilityOf(counts);
}
