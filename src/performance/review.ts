/**
 * Review cycles: weighted criteria ratings, a final score from typed parts, and a cycle summary.
 * @module
 */
import { checkArray, checkEnum, checkNumber, checkRecord, checkString, report, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { step } from "../core/explain.js";
import type { Explanation } from "../core/explain.js";
import type { Finding } from "../core/findings.js";
import type { PerformanceFindingCode } from "./codes.js";

/**
 * A rating form: criteria with weights that total 100 (after rounding to 2 decimals, as in
 * Frappe HRMS) and the scale ratings are given on.
 *
 * @example
 * ```ts
 * const form: RatingForm = { criteria: [{ id: "quality", weight: 70 }, { id: "teamwork", weight: 30 }], scale: { min: 0, max: 5 } };
 * ```
 * @category Performance
 */
export interface RatingForm {
  readonly criteria: readonly { readonly id: string; readonly weight: number; readonly name?: string }[];
  readonly scale: { readonly min: number; readonly max: number };
}

/**
 * The weighted score of one rater's ratings on a form: `Σ rating × weight ÷ 100`, on the form's
 * scale (Frappe HRMS's self-appraisal and feedback score). Every criterion must be rated.
 *
 * @throws {ValidationError} when the weights do not total 100 (after rounding to 2 decimals), a
 * rating is outside the scale, or a criterion is unrated or unknown.
 * @example
 * ```ts
 * // Frappe HRMS test_calculate_self_appraisal_score: 4 stars at 70%, 3.5 stars at 30%
 * scoreRatings({ criteria: [{ id: "a", weight: 70 }, { id: "b", weight: 30 }], scale: { min: 0, max: 5 } }, { a: 4, b: 3.5 }); //=> 3.85
 * ```
 * @category Performance
 */
export function scoreRatings(form: RatingForm, ratings: Readonly<Record<string, number>>): number {
  const issues: Issues = [];
  checkForm(form, ["form"], issues);
  if (checkRecord(ratings, ["ratings"], issues) && issues.length === 0) {
    const ids = new Set(form.criteria.map((c) => c.id));
    for (const id of Object.keys(ratings)) if (!ids.has(id)) report(issues, ["ratings", id], "validation.unknown-key", { keys: [id] });
    for (const c of form.criteria) {
      const r = Object.prototype.hasOwnProperty.call(ratings, c.id) ? ratings[c.id] : undefined;
      if (r === undefined) report(issues, ["ratings", c.id], "validation.required");
      else checkNumber(r, ["ratings", c.id], issues, { min: form.scale.min, max: form.scale.max });
    }
  }
  throwIfIssues(issues);
  // divide once at the end: 4 × 70 + 3.5 × 30 = 385, and 385 / 100 is 3.85 on the nose
  let total = 0;
  for (const c of form.criteria) total += ratings[c.id]! * c.weight;
  return total / 100;
}

/** Weights that total `expected` once the total is rounded to 2 decimals. @internal */
export function checkWeightsTotal(weights: readonly number[], expected: number, path: readonly (string | number)[], issues: Issues): void {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (Math.round(sum * 100) / 100 !== expected) report(issues, path, "validation.weights-total", { expected, value: Math.round(sum * 1000) / 1000 });
}

/** Checks a rating form (weights, ids, scale). @internal */
export function checkForm(form: unknown, path: readonly (string | number)[], issues: Issues): void {
  if (!checkRecord(form, path, issues)) return;
  const criteria = form["criteria"];
  if (checkArray(criteria, [...path, "criteria"], issues, { nonEmpty: true })) {
    const weights: number[] = [];
    const ids = new Set<string>();
    for (let i = 0; i < criteria.length; i++) {
      const c = criteria[i];
      if (!checkRecord(c, [...path, "criteria", i], issues)) continue;
      if (checkString(c["id"], [...path, "criteria", i, "id"], issues, { nonEmpty: true })) {
        if (ids.has(c["id"])) report(issues, [...path, "criteria", i, "id"], "validation.duplicate", { value: c["id"] });
        ids.add(c["id"]);
      }
      if (checkNumber(c["weight"], [...path, "criteria", i, "weight"], issues, { min: 0 })) weights.push(c["weight"]);
    }
    if (weights.length === criteria.length) checkWeightsTotal(weights, 100, [...path, "criteria"], issues);
  }
  const scale = form["scale"];
  if (checkRecord(scale, [...path, "scale"], issues)) {
    const okMin = checkNumber(scale["min"], [...path, "scale", "min"], issues);
    const okMax = checkNumber(scale["max"], [...path, "scale", "max"], issues);
    if (okMin && okMax && (scale["max"] as number) <= (scale["min"] as number)) report(issues, [...path, "scale", "max"], "validation.range", { min: scale["min"] as number, value: scale["max"] as number });
  }
}

/**
 * The parts of a review, each on the same scale: the goal score, the manager's rating, the
 * self-assessment and the peers' feedback scores (averaged). Any may be missing.
 *
 * @example
 * ```ts
 * const parts: ReviewParts = { goal: 3.6, self: 3.85, peers: [3.85] };
 * ```
 * @category Performance
 */
export interface ReviewParts {
  readonly goal?: number;
  readonly manager?: number;
  readonly self?: number;
  readonly peers?: readonly number[];
}

/**
 * How the parts of a review become the final score: a weighted mean (the weights need not total
 * 1), with missing parts left out and the weights renormalised (default) or counted as 0 (what
 * Frappe HRMS does by default, offered explicitly). Data, not code: no formula is evaluated.
 *
 * @example
 * ```ts
 * const combiner: ReviewCombiner = { weights: { goal: 0.6, peers: 0.3, self: 0.1 } };
 * ```
 * @category Performance
 */
export interface ReviewCombiner {
  readonly weights: { readonly goal?: number; readonly manager?: number; readonly self?: number; readonly peers?: number };
  readonly missing?: "renormalize" | "zero";
}

/**
 * The final score of a review.
 *
 * @example
 * ```ts
 * const r: ReviewScore = { final: 3.7, parts: { goal: 3.6, self: 3.85, peers: 3.85 }, findings: [], explanation: { steps: [] } };
 * ```
 * @category Performance
 */
export interface ReviewScore {
  /** `null` when no part with a weight is present. */
  readonly final: number | null;
  /** Each part's value as used (peers averaged); missing parts are absent. */
  readonly parts: { readonly goal?: number; readonly manager?: number; readonly self?: number; readonly peers?: number };
  readonly findings: readonly Finding<PerformanceFindingCode>[];
  readonly explanation: Explanation;
}

const PARTS = ["goal", "manager", "self", "peers"] as const;

/**
 * Combines the parts of a review into a final score with a typed combiner (never `eval`).
 * The default combiner is the plain mean of the goal, self and peer scores (Frappe HRMS's default
 * formula), but with missing parts left out rather than averaged in as zeros; a finding names
 * each missing part.
 *
 * @throws {ValidationError} on non-numeric parts, negative weights, or all-zero weights.
 * @example
 * ```ts
 * // Frappe HRMS test_final_score: goal 3.6, self 3.85, feedback 3.85
 * combineReview({ goal: 3.6, self: 3.85, peers: [3.85] }).final;                                  //=> 3.7666…
 * combineReview({ goal: 3.6, self: 3.85, peers: [3.85] }, { weights: { goal: 0.6, peers: 0.3, self: 0.1 } }).final; //=> 3.7
 * ```
 * @category Performance
 */
export function combineReview(parts: ReviewParts, combiner: ReviewCombiner = { weights: { goal: 1, self: 1, peers: 1 } }): ReviewScore {
  const issues: Issues = [];
  if (checkRecord(parts, ["parts"], issues)) {
    for (const key of ["goal", "manager", "self"] as const) if (parts[key] !== undefined) checkNumber(parts[key], ["parts", key], issues);
    if (parts.peers !== undefined && checkArray(parts.peers, ["parts", "peers"], issues)) {
      for (let i = 0; i < parts.peers.length; i++) checkNumber(parts.peers[i], ["parts", "peers", i], issues);
    }
  }
  if (checkRecord(combiner, ["combiner"], issues) && checkRecord(combiner.weights, ["combiner", "weights"], issues)) {
    let any = false;
    for (const key of PARTS) {
      const w = combiner.weights[key];
      if (w !== undefined && checkNumber(w, ["combiner", "weights", key], issues, { min: 0 }) && w > 0) any = true;
    }
    if (!any && issues.length === 0) report(issues, ["combiner", "weights"], "validation.all-zero");
    if (combiner.missing !== undefined) checkEnum(combiner.missing, ["renormalize", "zero"] as const, ["combiner", "missing"], issues);
  }
  throwIfIssues(issues);

  const used: { goal?: number; manager?: number; self?: number; peers?: number } = {};
  if (parts.goal !== undefined) used.goal = parts.goal;
  if (parts.manager !== undefined) used.manager = parts.manager;
  if (parts.self !== undefined) used.self = parts.self;
  if (parts.peers !== undefined && parts.peers.length > 0) used.peers = parts.peers.reduce((a, b) => a + b, 0) / parts.peers.length;
  const findings: Finding<PerformanceFindingCode>[] = [];
  let weighted = 0;
  let weights = 0;
  for (const key of PARTS) {
    const w = combiner.weights[key] ?? 0;
    if (w === 0) continue;
    const v = used[key];
    if (v === undefined) {
      findings.push({ code: "performance.review.missing-part", severity: "warning", params: { part: key, mode: combiner.missing ?? "renormalize" } });
      if (combiner.missing !== "zero") continue;
    }
    weighted += w * (v ?? 0);
    weights += w;
  }
  const final = weights > 0 ? weighted / weights : null;
  return {
    final,
    parts: used,
    findings,
    explanation: { steps: [step("performance.review.final", "Σ w·part / Σ w", { weighted, weights }, final ?? "—")] },
  };
}

/**
 * What a review cycle still lacks, per participant (Frappe HRMS's cycle summary).
 *
 * @example
 * ```ts
 * summary; //=> { participants: 6, withoutSelfAssessment: ["m-zhang"], withoutGoals: [], withoutFeedback: ["m-liu"], findings: [...] }
 * ```
 * @category Performance
 */
export interface CycleSummary {
  readonly participants: number;
  readonly withoutSelfAssessment: readonly string[];
  readonly withoutGoals: readonly string[];
  readonly withoutFeedback: readonly string[];
  readonly findings: readonly Finding<PerformanceFindingCode>[];
}

/**
 * Who in a review cycle has no self-assessment, no goal, or no feedback yet. Linear in the
 * size of the lists.
 *
 * @throws {ValidationError} when a list or an id is malformed.
 * @example
 * ```ts
 * reviewCycleSummary({
 *   participants: ["m-li", "m-wang", "m-chen"],
 *   selfAssessments: ["m-li", "m-wang"],
 *   goalOwners: ["m-li", "m-wang", "m-chen"],
 *   feedbackRecipients: ["m-li"],
 * }).withoutFeedback; //=> ["m-wang", "m-chen"]
 * ```
 * @category Performance
 */
export function reviewCycleSummary(cycle: {
  readonly participants: readonly string[];
  readonly selfAssessments: readonly string[];
  readonly goalOwners: readonly string[];
  readonly feedbackRecipients: readonly string[];
}): CycleSummary {
  const issues: Issues = [];
  if (checkRecord(cycle, ["cycle"], issues)) {
    for (const key of ["participants", "selfAssessments", "goalOwners", "feedbackRecipients"] as const) {
      const list = cycle[key];
      if (checkArray(list, ["cycle", key], issues)) for (let i = 0; i < list.length; i++) checkString(list[i], ["cycle", key, i], issues, { nonEmpty: true });
    }
  }
  throwIfIssues(issues);
  const participants = [...new Set(cycle.participants)];
  const lacking = (list: readonly string[]) => {
    const have = new Set(list);
    return participants.filter((p) => !have.has(p));
  };
  const withoutSelfAssessment = lacking(cycle.selfAssessments);
  const withoutGoals = lacking(cycle.goalOwners);
  const withoutFeedback = lacking(cycle.feedbackRecipients);
  const findings: Finding<PerformanceFindingCode>[] = [];
  if (withoutSelfAssessment.length > 0) findings.push({ code: "performance.cycle.no-self-assessment", severity: "warning", params: { members: withoutSelfAssessment, count: withoutSelfAssessment.length } });
  if (withoutGoals.length > 0) findings.push({ code: "performance.cycle.no-goals", severity: "warning", params: { members: withoutGoals, count: withoutGoals.length } });
  if (withoutFeedback.length > 0) findings.push({ code: "performance.cycle.no-feedback", severity: "warning", params: { members: withoutFeedback, count: withoutFeedback.length } });
  return { participants: participants.length, withoutSelfAssessment, withoutGoals, withoutFeedback, findings };
}
