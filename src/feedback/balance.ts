/**
 * How feedback divides between praise and constructive, and how soon it follows the event.
 * @module
 */
import { checkInteger, checkOptions, checkRecord, checkString, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { toDayNumber } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import { checkPeriod, type Period } from "../core/periods.js";
import { checkLog, ownDay } from "./_lib/check.js";
import type { FeedbackFindingCode } from "./codes.js";
import type { FeedbackLog } from "./types.js";

/**
 * Praise and constructive feedback in a period.
 *
 * @example
 * ```ts
 * const b: FeedbackBalance = { praise: 14, constructive: 3, ratio: 14 / 3, positiveShare: 14 / 17, findings: [] };
 * ```
 * @category Feedback
 */
export interface FeedbackBalance {
  readonly praise: number;
  readonly constructive: number;
  /** `praise ÷ constructive`; `null` without constructive feedback. Descriptive only. */
  readonly ratio: number | null;
  /** `praise ÷ (praise + constructive)`; `null` without feedback. */
  readonly positiveShare: number | null;
  readonly findings: readonly Finding<FeedbackFindingCode>[];
}

/**
 * Counts praise and constructive feedback given in a period (the day of `at` in its own offset),
 * to one member or to everyone, retracted entries left out. The ratio is descriptive only: the
 * "critical positivity ratio" (2.9013) was withdrawn, and the 2004 team averages (5.6 / 1.9 /
 * 0.36) come from data later questioned, so no ratio here is a pass/fail line.
 *
 * @throws {ValidationError} when the log, the period or the member id is malformed.
 * @example
 * ```ts
 * const b = feedbackBalance(log, { period: { start: "2026-09-01", end: "2026-11-30" } });
 * [b.praise, b.constructive, b.ratio]; // e.g. [14, 3, 4.666666666666667]
 * ```
 * @category Feedback
 */
export function feedbackBalance(log: FeedbackLog, opts: { readonly period: Period; readonly memberId?: string }): FeedbackBalance {
  const issues: Issues = [];
  const retracted = checkLog(log, ["log"], issues);
  if (checkRecord(opts, ["opts"], issues)) {
    checkPeriod(opts.period, ["opts", "period"], issues);
    if (opts.memberId !== undefined) checkString(opts.memberId, ["opts", "memberId"], issues, { nonEmpty: true });
  }
  throwIfIssues(issues);
  const { start, end } = opts.period;
  let praise = 0;
  let constructive = 0;
  const entries = log.entries;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (opts.memberId !== undefined && e.to !== opts.memberId) continue;
    const day = ownDay(e.at); // ISO dates compare as text
    if (day < start || day > end || (retracted.size > 0 && retracted.has(e.id))) continue;
    if (e.kind === "praise") praise++;
    else constructive++;
  }
  const findings: Finding<FeedbackFindingCode>[] = [];
  const about = opts.memberId === undefined ? {} : { memberId: opts.memberId };
  if (praise + constructive === 0) findings.push({ code: "feedback.balance.no-feedback", severity: "info", params: { start, end, ...about } });
  else if (constructive === 0) findings.push({ code: "feedback.balance.no-constructive", severity: "info", params: { start, end, praise, ...about } });
  return {
    praise,
    constructive,
    ratio: constructive === 0 ? null : praise / constructive,
    positiveShare: praise + constructive === 0 ? null : praise / (praise + constructive),
    findings,
  };
}

/**
 * How soon feedback follows what it is about.
 *
 * @example
 * ```ts
 * const t: FeedbackTimeliness = { count: 2, medianLagDays: 15.5, withinIdealShare: 0.5, stale: 1 };
 * ```
 * @category Feedback
 */
export interface FeedbackTimeliness {
  /** Entries in the period that say when the situation happened (`occurredOn`). */
  readonly count: number;
  /** Median of `day(at) − occurredOn` in days (the mean of the two middle values for an even count); `null` when none. */
  readonly medianLagDays: number | null;
  /** Share given within `idealWithinDays` (2); `null` when none. */
  readonly withinIdealShare: number | null;
  /** Entries given more than `staleAfterDays` (21) after the event. */
  readonly stale: number;
}

/**
 * The lag from `occurredOn` to the day feedback was given, over the entries given in a period
 * (only those that say when the situation happened; retracted ones left out): the median, the
 * share within two days and the number of stale entries. Both limits are practitioner
 * heuristics, not research results.
 *
 * @throws {ValidationError} when the log, the period or an option is malformed.
 * @example
 * ```ts
 * feedbackTimeliness(log, { period: { start: "2024-03-01", end: "2024-04-30" } }).medianLagDays;
 * ```
 * @category Feedback
 */
export function feedbackTimeliness(log: FeedbackLog, opts: { readonly period: Period; readonly idealWithinDays?: number; readonly staleAfterDays?: number }): FeedbackTimeliness {
  const issues: Issues = [];
  const retracted = checkLog(log, ["log"], issues);
  if (checkRecord(opts, ["opts"], issues) && checkOptions(opts, ["opts"], issues)) {
    checkPeriod(opts.period, ["opts", "period"], issues);
    if (opts.idealWithinDays !== undefined) checkInteger(opts.idealWithinDays, ["opts", "idealWithinDays"], issues, { min: 0 });
    if (opts.staleAfterDays !== undefined) checkInteger(opts.staleAfterDays, ["opts", "staleAfterDays"], issues, { min: 0 });
  }
  throwIfIssues(issues);
  const ideal = opts.idealWithinDays ?? 2;
  const staleAfter = opts.staleAfterDays ?? 21;
  const lags: number[] = [];
  for (const e of log.entries) {
    if (e.occurredOn === undefined || retracted.has(e.id)) continue;
    const day = ownDay(e.at);
    if (day < opts.period.start || day > opts.period.end) continue;
    lags.push(toDayNumber(day) - toDayNumber(e.occurredOn));
  }
  if (lags.length === 0) return { count: 0, medianLagDays: null, withinIdealShare: null, stale: 0 };
  lags.sort((a, b) => a - b);
  const mid = lags.length >> 1;
  const median = lags.length % 2 === 1 ? lags[mid]! : (lags[mid - 1]! + lags[mid]!) / 2;
  return {
    count: lags.length,
    medianLagDays: median,
    withinIdealShare: lags.filter((d) => d <= ideal).length / lags.length,
    stale: lags.filter((d) => d > staleAfter).length,
  };
}
