/**
 * Challenge balance: goals that are always met (too easy) or never met (too hard) over recent
 * periods. Both sap intrinsic motivation.
 * @module
 */
import { checkCalendarDate, checkEnum, checkInteger, checkNumber, checkRecord, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Finding } from "../core/findings.js";
import { checkGoalResults } from "./_lib/check.js";
import type { WellbeingFindingCode } from "./codes.js";
import type { ChallengeOptions, ChallengeRow, ChallengeStatus, GoalResult } from "./types.js";

/**
 * The defaults of {@link challengeBalance}, **[HEURISTIC]**: the last 4 periods, met at 100 %
 * attainment, one row per member.
 *
 * @example
 * ```ts
 * DEFAULT_CHALLENGE_OPTIONS.periods; //=> 4
 * ```
 * @category Wellbeing
 */
export const DEFAULT_CHALLENGE_OPTIONS: { readonly periods: number; readonly metAt: number; readonly by: "member" | "goal" } = Object.freeze({ periods: 4, metAt: 1, by: "member" });

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How hard each member's goals have been lately. Results of periods that ended on or before
 * `asOf` count; of those, each row looks at its latest `periods` distinct periods (by end, then
 * start). A row is:
 *
 * - `too-easy` (`wellbeing.challenge.too-easy`, info) when every result in those periods was met,
 * - `too-hard` (`wellbeing.challenge.too-hard`, warning) when none was,
 * - `balanced` otherwise, and `not-enough-data` (no finding) with fewer than `periods` periods.
 *
 * A result is met when `met` is true or `attainment ≥ metAt`. Goals that are always met give no
 * sense of progress; goals never met teach people that effort does not pay — both are
 * **[HEURISTIC]** prompts to review the target, not verdicts on the person. Rows are one per
 * member (`by: "member"`, all goals together) or per member and goal (`by: "goal"`), sorted by
 * member id, then goal id (the unnamed goal first).
 *
 * @param results - goal results, one per member, goal and period
 * @param opts - `asOf`, and `periods` (default 4, at least 2), `metAt` (default 1), `by`
 * @throws {ValidationError} naming every bad path: a result with both or neither of
 * `attainment` and `met`, a negative attainment, a bad period, two results for one member,
 * goal and period, bad options.
 * @example
 * ```ts
 * const q = (m: number) => ({ start: `2026-${String(m).padStart(2, "0")}-01`, end: `2026-${String(m).padStart(2, "0")}-28` });
 * const results = [1, 2, 3, 4].map((m) => ({ memberId: "m-li", period: q(m), attainment: 1.2 }));
 * challengeBalance(results, { asOf: "2026-04-30" })[0].status; //=> "too-easy"
 * ```
 * @category Wellbeing
 */
export function challengeBalance(results: readonly GoalResult[], opts: ChallengeOptions): ChallengeRow[] {
  const issues: Issues = [];
  checkGoalResults(results, ["results"], issues);
  if (checkRecord(opts, ["opts"], issues)) {
    checkCalendarDate(opts.asOf, ["opts", "asOf"], issues);
    if (opts.periods !== undefined) checkInteger(opts.periods, ["opts", "periods"], issues, { min: 2, max: 1000 });
    if (opts.metAt !== undefined) checkNumber(opts.metAt, ["opts", "metAt"], issues, { min: 0 });
    if (opts.by !== undefined) checkEnum(opts.by, ["member", "goal"] as const, ["opts", "by"], issues);
  }
  throwIfIssues(issues);
  const n = opts.periods ?? DEFAULT_CHALLENGE_OPTIONS.periods;
  const metAt = opts.metAt ?? DEFAULT_CHALLENGE_OPTIONS.metAt;
  const byGoal = (opts.by ?? DEFAULT_CHALLENGE_OPTIONS.by) === "goal";

  // group the results that count; keys keep the member and (by goal) the goal apart
  const groups = new Map<string, { memberId: string; goalId: string | undefined; items: GoalResult[] }>();
  for (const r of results) {
    if (r.period.end > opts.asOf) continue;
    const goalId = byGoal ? r.goalId : undefined;
    const key = JSON.stringify([r.memberId, goalId ?? null]);
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { memberId: r.memberId, goalId, items: [] }));
    g.items.push(r);
  }
  const rows: ChallengeRow[] = [];
  for (const g of groups.values()) {
    const periodKeys = new Map<string, { start: string; end: string }>();
    for (const r of g.items) periodKeys.set(`${r.period.end}/${r.period.start}`, r.period);
    const latest = new Set([...periodKeys.keys()].sort(byText).reverse().slice(0, n));
    let count = 0, met = 0, attainment = 0, withAttainment = 0;
    for (const r of g.items) {
      if (!latest.has(`${r.period.end}/${r.period.start}`)) continue;
      count++;
      if (r.met === true || (r.attainment !== undefined && r.attainment >= metAt)) met++;
      if (r.attainment !== undefined) {
        withAttainment++;
        attainment += r.attainment;
      }
    }
    const status: ChallengeStatus = latest.size < n ? "not-enough-data" : met === count ? "too-easy" : met === 0 ? "too-hard" : "balanced";
    const findings: Finding<WellbeingFindingCode>[] = [];
    const params = { memberId: g.memberId, ...(g.goalId === undefined ? {} : { goalId: g.goalId }), periods: latest.size, count };
    if (status === "too-easy") findings.push({ code: "wellbeing.challenge.too-easy", severity: "info", params });
    if (status === "too-hard") findings.push({ code: "wellbeing.challenge.too-hard", severity: "warning", params });
    rows.push({
      memberId: g.memberId,
      ...(g.goalId === undefined ? {} : { goalId: g.goalId }),
      periods: latest.size,
      results: count,
      met,
      ...(withAttainment === count && count > 0 ? { meanAttainment: attainment / count } : {}),
      status,
      findings,
    });
  }
  return rows.sort((a, b) => byText(a.memberId, b.memberId) || byText(a.goalId ?? "", b.goalId ?? ""));
}
