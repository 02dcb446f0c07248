/**
 * Scorecards: weighted KPI scores, a total and a rating.
 * @module
 */
import { checkArray, checkEnum, checkNumber, checkRecord, checkString, report, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { step as explainStep } from "../core/explain.js";
import type { Finding } from "../core/findings.js";
import type { PerformanceFindingCode } from "./codes.js";
import { scoreValue } from "./kpi.js";
import { checkKpi } from "./_lib/check.js";
import type { Scorecard, ScorecardResult } from "./types.js";

/** Checks a scorecard. @internal */
export function checkScorecard(card: unknown, path: readonly (string | number)[], issues: Issues): card is Scorecard {
  if (!checkRecord(card, path, issues)) return false;
  const before = issues.length;
  checkString(card["id"], [...path, "id"], issues, { nonEmpty: true });
  const kpis = card["kpis"];
  if (checkArray(kpis, [...path, "kpis"], issues, { nonEmpty: true })) {
    const ids = new Set<string>();
    let weights = 0;
    for (let i = 0; i < kpis.length; i++) {
      if (!checkKpi(kpis[i], [...path, "kpis", i], issues, { weightRequired: true })) continue;
      const k = kpis[i] as { id: string; weight: number };
      if (ids.has(k.id)) report(issues, [...path, "kpis", i, "id"], "validation.duplicate", { value: k.id });
      ids.add(k.id);
      weights += k.weight;
    }
    if (issues.length === before && weights === 0) report(issues, [...path, "kpis"], "validation.all-zero");
  }
  if (card["missing"] !== undefined) checkEnum(card["missing"], ["renormalize", "zero"] as const, [...path, "missing"], issues);
  const scale = card["ratingScale"];
  if (scale !== undefined && checkRecord(scale, [...path, "ratingScale"], issues)) {
    const bands = scale["bands"];
    if (checkArray(bands, [...path, "ratingScale", "bands"], issues, { nonEmpty: true })) {
      let last = -Infinity;
      for (let i = 0; i < bands.length; i++) {
        const b = bands[i];
        const bp = [...path, "ratingScale", "bands", i];
        if (!checkRecord(b, bp, issues)) continue;
        if (checkNumber(b["min"], [...bp, "min"], issues)) {
          if ((b["min"] as number) <= last) report(issues, [...bp, "min"], "validation.anchor-order", { value: b["min"] as number, previous: last, direction: "bands" });
          last = b["min"] as number;
        }
        checkNumber(b["rating"], [...bp, "rating"], issues);
        if (b["label"] !== undefined) checkString(b["label"], [...bp, "label"], issues);
      }
    }
  }
  return issues.length === before;
}

/** Checks actuals by KPI id: finite numbers, or `null`/`undefined` for missing. @internal */
export function checkActuals(actuals: unknown, path: readonly (string | number)[], issues: Issues): actuals is Readonly<Record<string, number | null | undefined>> {
  if (!checkRecord(actuals, path, issues)) return false;
  const before = issues.length;
  for (const id of Object.keys(actuals)) {
    const v = actuals[id];
    if (v !== undefined && v !== null && (typeof v !== "number" || !Number.isFinite(v))) checkNumber(v, [...path, id], issues);
  }
  return issues.length === before;
}

/**
 * Scores a scorecard: each KPI on its own curve (so each is capped before weighting, and one
 * over-performance cannot hide a miss), then the total `Σ w·s ÷ Σ w` over the KPIs counted,
 * and the rating of the band the total falls in (a total equal to a band's `min` takes that
 * band). Weights are normalised, so 40/30/20/10 and 0.4/0.3/0.2/0.1 give the same total (up to
 * floating-point rounding in the last digit).
 *
 * A KPI without an actual is left out and the weights renormalised (the default, with a
 * `performance.scorecard.missing-kpi` finding naming it), or counted as 0 with
 * `missing: "zero"`. Frappe HRMS averages missing parts in as zeros silently; here that is a
 * choice, never a default.
 *
 * @throws {ValidationError} on a malformed scorecard (negative or all-zero weights, duplicate
 * KPI ids, bands out of order) or a non-numeric actual.
 * @example
 * ```ts
 * const kpi = (id: string, weight: number) => ({ id, weight, direction: "higher-is-better", threshold: { value: 0, score: 0 }, target: { value: 100, score: 100 }, stretch: { value: 120, score: 120 } }) as const;
 * const card = { id: "bsc", kpis: [kpi("financial", 40), kpi("customer", 30), kpi("process", 20), kpi("learning", 10)] };
 * scoreScorecard(card, { financial: 130, customer: 80, process: 100, learning: 60 }).total; //=> 98
 * ```
 * @category Performance
 */
export function scoreScorecard(card: Scorecard, actuals: Readonly<Record<string, number | null | undefined>>): ScorecardResult {
  const issues: Issues = [];
  checkScorecard(card, ["card"], issues);
  checkActuals(actuals, ["actuals"], issues);
  throwIfIssues(issues);
  return scorecardResult(card, actuals);
}

/** Checks a scorecard once and every member's actuals, naming the member's index. @internal */
function checkBatch(card: unknown, actualsList: unknown): void {
  const issues: Issues = [];
  checkScorecard(card, ["card"], issues);
  if (checkArray(actualsList, ["actualsList"], issues)) {
    for (let i = 0; i < actualsList.length; i++) checkActuals(actualsList[i], ["actualsList", i], issues);
  }
  throwIfIssues(issues);
}

/**
 * {@link scoreScorecard} for many members on one scorecard, such as a whole team or company at
 * the end of a cycle: the scorecard is checked once, each member's actuals once, and the results
 * come back in the same order.
 *
 * @throws {ValidationError} on a malformed scorecard or any malformed actuals (naming the
 * member's index).
 * @example
 * ```ts
 * scoreScorecards(card, [{ financial: 130, customer: 80, process: 100, learning: 60 }, { financial: 90 }]).map((r) => r.total);
 * //=> [98, 90]
 * ```
 * @category Performance
 */
export function scoreScorecards(card: Scorecard, actualsList: readonly Readonly<Record<string, number | null | undefined>>[]): ScorecardResult[] {
  checkBatch(card, actualsList);
  const results = new Array<ScorecardResult>(actualsList.length);
  for (let i = 0; i < actualsList.length; i++) results[i] = scorecardResult(card, actualsList[i]!);
  return results;
}

/**
 * The total and rating of one member on a scorecard, without the per-KPI lines: what a
 * company-wide list shows before anyone drills down.
 *
 * @example
 * ```ts
 * const row: ScorecardTotal = { total: 98, rating: 3, missing: [] };
 * ```
 * @category Performance
 */
export interface ScorecardTotal {
  /** `Σ w·s ÷ Σ w` over the KPIs counted, exactly as {@link scoreScorecard} computes it; `null` when none is. */
  readonly total: number | null;
  readonly rating?: number;
  readonly ratingLabel?: string;
  /** KPIs without an actual (left out, or counted as 0 with `missing: "zero"`). */
  readonly missing: readonly string[];
}

const NONE_MISSING: readonly string[] = Object.freeze([]);

/**
 * Totals and ratings for many members on one scorecard, for lists and dashboards: the same
 * numbers as {@link scoreScorecards} gives (`total`, `rating`), without lines, findings or
 * explanations, so a whole company is scored at about twice the cost of the arithmetic itself.
 * Call {@link scoreScorecard} for the member someone opens.
 *
 * @throws {ValidationError} on a malformed scorecard or any malformed actuals.
 * @example
 * ```ts
 * scorecardTotals(card, [{ financial: 130, customer: 80, process: 100, learning: 60 }, { financial: 90 }]);
 * //=> [{ total: 98, rating: 3, missing: [] }, { total: 90, rating: 2, missing: ["customer", "process", "learning"] }]
 * ```
 * @category Performance
 */
export function scorecardTotals(card: Scorecard, actualsList: readonly Readonly<Record<string, number | null | undefined>>[]): ScorecardTotal[] {
  checkBatch(card, actualsList);
  const zero = card.missing === "zero";
  const kpis = card.kpis;
  const bands = card.ratingScale?.bands;
  const out = new Array<ScorecardTotal>(actualsList.length);
  for (let m = 0; m < actualsList.length; m++) {
    const actuals = actualsList[m]!;
    let weighted = 0;
    let weights = 0;
    let missing: string[] | undefined;
    for (let i = 0; i < kpis.length; i++) {
      const kpi = kpis[i]!;
      const value: unknown = actuals[kpi.id];
      if (typeof value !== "number") {
        (missing ??= []).push(kpi.id);
        if (zero) weights += kpi.weight;
        continue;
      }
      weighted += kpi.weight * scoreValue(kpi, value);
      weights += kpi.weight;
    }
    const total = weights > 0 ? weighted / weights : null;
    const row: { total: number | null; rating?: number; ratingLabel?: string; missing: readonly string[] } = { total, missing: missing ?? NONE_MISSING };
    if (total !== null && bands !== undefined) {
      // the last band whose min the total reaches (bands ascend)
      let band: (typeof bands)[number] | undefined;
      for (const b of bands) {
        if (total < b.min) break;
        band = b;
      }
      if (band !== undefined) {
        row.rating = band.rating;
        if (band.label !== undefined) row.ratingLabel = band.label;
      }
    }
    out[m] = row;
  }
  return out;
}

/** {@link scoreScorecard} on validated input. @internal */
export function scorecardResult(card: Scorecard, actuals: Readonly<Record<string, number | null | undefined>>): ScorecardResult {
  const zero = card.missing === "zero";
  const findings: Finding<PerformanceFindingCode>[] = [];
  const n = card.kpis.length;
  const lines: { id: string; actual: number | null; score: number | null; targetScore: number; weight: number; counted: boolean; contribution: number }[] = new Array(n);
  const missing: string[] = [];
  let weighted = 0;
  let weights = 0;
  let countedKpis = 0;
  for (let i = 0; i < n; i++) {
    const kpi = card.kpis[i]!;
    // own values were checked to be numbers, null or undefined; an inherited property (an id
    // such as "toString") is never a number, so it reads as missing
    const value: unknown = actuals[kpi.id];
    const raw = typeof value === "number" ? value : null;
    const s = raw === null ? null : scoreValue(kpi, raw);
    const counted = s !== null || zero;
    // the contribution needs the total weight: it is filled in below
    lines[i] = { id: kpi.id, actual: raw, score: s, targetScore: kpi.bands === undefined ? kpi.target.score : scoreValue(kpi, kpi.target.value), weight: kpi.weight, counted, contribution: 0 };
    if (s === null) missing.push(kpi.id);
    if (!counted) continue;
    countedKpis++;
    weighted += kpi.weight * (s ?? 0);
    weights += kpi.weight;
  }
  const total = weights > 0 ? weighted / weights : null;
  if (weights > 0) for (const line of lines) if (line.counted) line.contribution = (line.weight * (line.score ?? 0)) / weights;
  if (missing.length > 0) {
    findings.push({ code: "performance.scorecard.missing-kpi", severity: "warning", params: { kpis: missing, mode: zero ? "zero" : "renormalize" } });
  }
  const steps = [explainStep("performance.scorecard.total", "Σ w·s / Σ w", { weighted, weights, counted: countedKpis, of: n }, total ?? "—")];
  if (total === null) {
    findings.push({ code: "performance.scorecard.no-kpi-counted", severity: "warning", params: { scorecardId: card.id } });
    return { id: card.id, total, kpis: lines, findings, explanation: { steps } };
  }
  let rating: number | undefined;
  let ratingLabel: string | undefined;
  if (card.ratingScale !== undefined) {
    for (const band of card.ratingScale.bands) {
      if (total >= band.min) {
        rating = band.rating;
        ratingLabel = band.label;
      }
    }
    if (rating === undefined) findings.push({ code: "performance.scorecard.below-scale", severity: "info", params: { total, min: card.ratingScale.bands[0]!.min } });
    else steps.push(explainStep("performance.scorecard.rating", "band with the highest min ≤ total", { total }, rating));
  }
  // optional fields are added only when present (no spread of temporary objects: this runs
  // once per member of a whole company)
  const result: { -readonly [K in keyof ScorecardResult]: ScorecardResult[K] } = { id: card.id, total, kpis: lines, findings, explanation: { steps } };
  if (rating !== undefined) result.rating = rating;
  if (ratingLabel !== undefined) result.ratingLabel = ratingLabel;
  return result;
}
