/**
 * The data of surveys and team values.
 * @module
 */

/**
 * Which answers count as promoters and detractors on the 0–10 eNPS question. `standard`:
 * promoters 9–10, passives 7–8, detractors 0–6. `cultureiq`: promoters 9–10, passives 6–8,
 * detractors 0–5.
 *
 * @example
 * ```ts
 * const bands: EnpsBands = "standard";
 * ```
 * @category Culture
 */
export type EnpsBands = "standard" | "cultureiq";

/**
 * An eNPS result: the counts, and the score `100 × (promoters − detractors) / n`, unrounded
 * (round it once, for display only).
 *
 * @example
 * ```ts
 * const r: EnpsResult = { score: 20, promoters: 5, passives: 2, detractors: 3, n: 10 };
 * ```
 * @category Culture
 */
export interface EnpsResult {
  readonly score: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly n: number;
}

/**
 * Favourability of a 5-point item: favourable 4–5, neutral 3, unfavourable 1–2, with each
 * share of the answers (unrounded) and the mean.
 *
 * @example
 * ```ts
 * const f: FavourabilityResult = { n: 8, favourable: 5, neutral: 1, unfavourable: 2, favourableShare: 0.625, neutralShare: 0.125, unfavourableShare: 0.25, mean: 3.625 };
 * ```
 * @category Culture
 */
export interface FavourabilityResult {
  readonly n: number;
  readonly favourable: number;
  readonly neutral: number;
  readonly unfavourable: number;
  readonly favourableShare: number;
  readonly neutralShare: number;
  readonly unfavourableShare: number;
  readonly mean: number;
}

/**
 * One survey response: who answered (an id only used to count and deduplicate), the
 * attributes to group by, the answers by question id, and an optional comment.
 *
 * @example
 * ```ts
 * const r: SurveyResponse = { respondentId: "r0", attributes: { team: "Sales" }, answers: { enps: 8, q1: 4 } };
 * ```
 * @category Culture
 */
export interface SurveyResponse {
  readonly respondentId: string;
  readonly attributes: { readonly [attribute: string]: string };
  readonly answers: { readonly [questionId: string]: number };
  readonly comment?: string;
}

/**
 * The result of one question in one shown group: eNPS for eNPS questions, favourability for
 * 5-point items; `suppressed` when fewer than the minimum answered it (or when showing it
 * would let someone work out such a small set by subtraction).
 *
 * @example
 * ```ts
 * const q: QuestionResult = { kind: "favourability", n: 6, suppressed: false, favourability: { n: 6, favourable: 4, neutral: 1, unfavourable: 1, favourableShare: 4 / 6, neutralShare: 1 / 6, unfavourableShare: 1 / 6, mean: 23 / 6 } };
 * ```
 * @category Culture
 */
export interface QuestionResult {
  readonly kind: "enps" | "favourability";
  readonly suppressed: boolean;
  readonly n?: number;
  readonly enps?: EnpsResult;
  readonly favourability?: FavourabilityResult;
}

/**
 * Why a group or a measure is hidden: `too-few` (under the minimum group size), `complementary`
 * (hidden so that a small hidden group cannot be worked out by subtraction from the total), or
 * `overall-too-small` (the whole survey or team is under the minimum).
 *
 * @example
 * ```ts
 * const r: SuppressionReason = "complementary";
 * ```
 * @category Culture
 */
export type SuppressionReason = "too-few" | "complementary" | "overall-too-small";

/**
 * The results of a shown group or of the whole survey: per question, and the comments.
 *
 * @example
 * ```ts
 * const r: SurveyResults = { questions: {}, comments: [] };
 * ```
 * @category Culture
 */
export interface SurveyResults {
  readonly questions: { readonly [questionId: string]: QuestionResult };
  readonly comments: readonly string[];
}

/**
 * A survey summary: the whole survey and each group. A suppressed group carries its key, the
 * reason and nothing else.
 *
 * @example
 * ```ts
 * const s: SurveySummary = { minGroupSize: 5, overall: { n: 13, suppressed: false }, groups: [{ key: "Sales", suppressed: true, reason: "too-few" }] };
 * ```
 * @category Culture
 */
export interface SurveySummary {
  readonly minGroupSize: number;
  readonly overall: { readonly n: number; readonly suppressed: boolean; readonly results?: SurveyResults };
  readonly groups: readonly { readonly key: string; readonly suppressed: boolean; readonly reason?: SuppressionReason; readonly n?: number; readonly results?: SurveyResults }[];
}

/**
 * A team value that feedback and kudos can tag, with its name in both languages.
 *
 * @example
 * ```ts
 * const v: TeamValue = { id: "customer-first", name: { en: "Customer first", "zh-CN": "客户第一" } };
 * ```
 * @category Culture
 */
export interface TeamValue {
  readonly id: string;
  readonly name: { readonly en: string; readonly "zh-CN": string };
}
