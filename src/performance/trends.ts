/**
 * Trends of scores across periods.
 * @module
 */
import { checkArray, checkNumber, checkOptions, checkRecord, checkString, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Finding } from "../core/findings.js";
import type { PerformanceFindingCode } from "./codes.js";

/**
 * A member's trend across periods.
 *
 * @example
 * ```ts
 * const t: ScoreTrend = { memberId: "m-wang", periods: 4, first: 92, last: 78, slope: -4.9, direction: "declining", consecutiveDeclines: 3, findings: [] };
 * ```
 * @category Performance
 */
export interface ScoreTrend {
  readonly memberId: string;
  readonly periods: number;
  readonly first: number;
  readonly last: number;
  /** Least-squares slope: change per period. */
  readonly slope: number;
  readonly direction: "improving" | "declining" | "flat";
  /** How many periods in a row, up to the latest, the score fell. */
  readonly consecutiveDeclines: number;
  readonly findings: readonly Finding<PerformanceFindingCode>[];
}

/**
 * Each member's score trend across periods, in the order the periods are given (oldest
 * first): the least-squares slope per period, its direction (`flat` within ±`flatSlope`,
 * default 1 point per period), and how many periods in a row the score has fallen up to the
 * latest. A fall two periods running or more (`declineRun`, default 2) is a warning; a declining
 * slope otherwise is a note. Linear in the number of rows.
 *
 * @throws {ValidationError} on malformed rows or options.
 * @example
 * ```ts
 * scoreTrends([
 *   { memberId: "m-wang", period: "2026-Q1", score: 92 },
 *   { memberId: "m-wang", period: "2026-Q2", score: 88 },
 *   { memberId: "m-wang", period: "2026-Q3", score: 81 },
 *   { memberId: "m-wang", period: "2026-Q4", score: 78 },
 * ])[0]; //=> { memberId: "m-wang", slope: -4.9, direction: "declining", consecutiveDeclines: 3, ... }
 * ```
 * @category Performance
 */
export function scoreTrends(
  rows: readonly { readonly memberId: string; readonly period: string; readonly score: number }[],
  opts?: { readonly flatSlope?: number; readonly declineRun?: number },
): ScoreTrend[] {
  const issues: Issues = [];
  if (checkArray(rows, ["rows"], issues)) {
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (!checkRecord(r, ["rows", i], issues)) continue;
      checkString(r["memberId"], ["rows", i, "memberId"], issues, { nonEmpty: true });
      checkString(r["period"], ["rows", i, "period"], issues, { nonEmpty: true });
      checkNumber(r["score"], ["rows", i, "score"], issues);
    }
  }
  if (checkOptions(opts, ["opts"], issues) && opts !== undefined) {
    if (opts.flatSlope !== undefined) checkNumber(opts.flatSlope, ["opts", "flatSlope"], issues, { min: 0 });
    if (opts.declineRun !== undefined) checkNumber(opts.declineRun, ["opts", "declineRun"], issues, { min: 1 });
  }
  throwIfIssues(issues);
  const flatSlope = opts?.flatSlope ?? 1;
  const declineRun = opts?.declineRun ?? 2;
  const series = new Map<string, number[]>();
  for (const r of rows) {
    const list = series.get(r.memberId);
    if (list === undefined) series.set(r.memberId, [r.score]);
    else list.push(r.score);
  }
  const trends: ScoreTrend[] = [];
  for (const [memberId, ys] of series) {
    const n = ys.length;
    // least squares over x = 0 … n − 1
    const meanX = (n - 1) / 2;
    const meanY = ys.reduce((a, b) => a + b, 0) / n;
    let sxy = 0;
    let sxx = 0;
    ys.forEach((y, x) => {
      sxy += (x - meanX) * (y - meanY);
      sxx += (x - meanX) ** 2;
    });
    const slope = sxx === 0 ? 0 : sxy / sxx;
    let consecutiveDeclines = 0;
    for (let i = n - 1; i > 0 && ys[i]! < ys[i - 1]!; i--) consecutiveDeclines++;
    const direction = slope > flatSlope ? "improving" : slope < -flatSlope ? "declining" : "flat";
    const findings: Finding<PerformanceFindingCode>[] = [];
    const params = { memberId, periods: n, first: ys[0]!, last: ys[n - 1]!, slope: Math.round(slope * 100) / 100, declines: consecutiveDeclines };
    if (consecutiveDeclines >= declineRun) findings.push({ code: "performance.trend.consecutive-declines", severity: "warning", params });
    else if (direction === "declining") findings.push({ code: "performance.trend.declining", severity: "info", params });
    trends.push({ memberId, periods: n, first: ys[0]!, last: ys[n - 1]!, slope, direction, consecutiveDeclines, findings });
  }
  return trends;
}
