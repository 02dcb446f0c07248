/**
 * Calibration against a target distribution of ratings.
 * @module
 */
import { allocateMinor } from "../core/allocate.js";
import { checkArray, checkDecimal, checkInteger, checkNumber, checkRecord, checkString, report, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { pow10n, type Dec } from "../core/_lib/decimal.js";
import type { DecimalInput } from "../core/decimal.js";
import type { Finding } from "../core/findings.js";
import type { PerformanceFindingCode } from "./codes.js";

/**
 * The result of {@link calibrate}, each record keyed by rating.
 *
 * @example
 * ```ts
 * report.quotas;     //=> { "1": 2, "2": 16, "3": 5 }
 * report.deviations; //=> { "1": 0, "2": -1, "3": 1 }
 * ```
 * @category Performance
 */
export interface CalibrationReport {
  readonly n: number;
  readonly quotas: Record<string, number>;
  readonly counts: Record<string, number>;
  /** `counts − quotas`: positive where a rating is given too often. */
  readonly deviations: Record<string, number>;
  /** Every |deviation| ≤ tolerance. */
  readonly withinTolerance: boolean;
  readonly findings: readonly Finding<PerformanceFindingCode>[];
}

/**
 * A target distribution of ratings: each rating's share of the group (exact decimals that add
 * up to exactly 1), and how far a count may stray from its quota.
 *
 * @example
 * ```ts
 * const ge: RatingDistribution = { shares: { "3": "0.2", "2": "0.7", "1": "0.1" }, tolerance: 1 };
 * ```
 * @category Performance
 */
export interface RatingDistribution {
  readonly shares: Readonly<Record<string, DecimalInput>>;
  /** Largest |count − quota| still within tolerance; default 0. */
  readonly tolerance?: number;
}

/** Groups smaller than this get a note that a forced distribution is advisory at their size. */
const SMALL_GROUP = 25;

/**
 * Compares a group's ratings with a target distribution (GE's 20-70-10, a five-tier
 * 10-20-40-20-10 …): the quota of each rating is its share of the group by largest remainder
 * (so the quotas add up to the group exactly), and each count is compared with its quota.
 * Equal remainders go to the rating that comes first in the shares' key order, which for
 * numeric ratings ("1", "2", …) JavaScript makes ascending, whatever order they were written in.
 * Shares are exact decimals and must add up to exactly 1. Groups under 25 people get a note
 * that a forced distribution is advisory at that size.
 *
 * @throws {ValidationError} when shares do not add up to exactly 1, a share is negative, a rating
 * is not in the distribution, an id repeats, or the tolerance is not a whole number ≥ 0.
 * @example
 * ```ts
 * // 23 people against 20-70-10: quotas 4.6, 16.1, 2.3 → 5, 16, 2 (the leftover seat to the largest remainder, 0.6)
 * calibrate(ratings, { shares: { "3": "0.2", "2": "0.7", "1": "0.1" } }).quotas; //=> { "1": 2, "2": 16, "3": 5 }
 * ```
 * @category Performance
 */
export function calibrate(
  ratings: readonly { readonly id: string; readonly rating: number | string }[],
  target: RatingDistribution,
): CalibrationReport {
  const issues: Issues = [];
  const keys: string[] = [];
  const decs: Dec[] = [];
  if (checkRecord(target, ["target"], issues) && checkRecord(target.shares, ["target", "shares"], issues)) {
    for (const key of Object.keys(target.shares)) {
      const d = checkDecimal(target.shares[key], ["target", "shares", key], issues, { nonNegative: true });
      if (d !== undefined) {
        keys.push(key);
        decs.push(d);
      }
    }
    if (keys.length === 0) report(issues, ["target", "shares"], "validation.empty");
    else if (decs.length === Object.keys(target.shares).length && !sumsToOne(decs)) report(issues, ["target", "shares"], "validation.weights-total", { expected: 1, value: decs.reduce((s, d) => s + Number(d.coefficient) / 10 ** d.scale, 0) });
    if (target.tolerance !== undefined) checkInteger(target.tolerance, ["target", "tolerance"], issues, { min: 0 });
  }
  const known = new Set(keys);
  if (checkArray(ratings, ["ratings"], issues)) {
    const ids = new Set<string>();
    for (let i = 0; i < ratings.length; i++) {
      const r = ratings[i];
      if (!checkRecord(r, ["ratings", i], issues)) continue;
      if (checkString(r["id"], ["ratings", i, "id"], issues, { nonEmpty: true })) {
        if (ids.has(r["id"])) report(issues, ["ratings", i, "id"], "validation.duplicate", { value: r["id"] });
        ids.add(r["id"]);
      }
      const rating = r["rating"];
      if (typeof rating === "number") checkNumber(rating, ["ratings", i, "rating"], issues);
      else checkString(rating, ["ratings", i, "rating"], issues, { nonEmpty: true });
      if ((typeof rating === "number" || typeof rating === "string") && keys.length > 0 && !known.has(String(rating))) {
        report(issues, ["ratings", i, "rating"], "validation.enum", { options: keys, value: String(rating) });
      }
    }
  }
  throwIfIssues(issues);

  const n = ratings.length;
  const quotaList = allocateMinor(n, decs);
  // Maps, then Object.fromEntries: a rating named "__proto__" stays a plain key
  const counts = new Map<string, number>(keys.map((key) => [key, 0]));
  for (const r of ratings) counts.set(String(r.rating), counts.get(String(r.rating))! + 1);
  const tolerance = target.tolerance ?? 0;
  const findings: Finding<PerformanceFindingCode>[] = [];
  const deviations = new Map<string, number>();
  let within = true;
  keys.forEach((key, i) => {
    const deviation = counts.get(key)! - quotaList[i]!;
    deviations.set(key, deviation);
    if (Math.abs(deviation) > tolerance) {
      within = false;
      findings.push({
        code: deviation > 0 ? "performance.calibration.over-quota" : "performance.calibration.under-quota",
        severity: "warning",
        params: { rating: key, count: counts.get(key)!, quota: quotaList[i]! },
      });
    }
  });
  if (n < SMALL_GROUP) findings.unshift({ code: "performance.calibration.small-group", severity: "info", params: { n, min: SMALL_GROUP } });
  return {
    n,
    quotas: Object.fromEntries(keys.map((key, i) => [key, quotaList[i]!])),
    counts: Object.fromEntries(counts),
    deviations: Object.fromEntries(deviations),
    withinTolerance: within,
    findings,
  };
}

function sumsToOne(decs: readonly Dec[]): boolean {
  const scale = decs.reduce((m, d) => Math.max(m, d.scale), 0);
  const sum = decs.reduce((s, d) => s + d.coefficient * pow10n(scale - d.scale), 0n);
  return sum === pow10n(scale);
}
