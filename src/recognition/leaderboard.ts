/**
 * Leaderboards with ties, opt-outs and a cut-off that keeps ties together.
 * @module
 */
import { checkArray, checkEnum, checkIdList, checkInteger, checkNumber, checkOptions, checkRecord, checkString, report, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { compareCodePoints } from "./_lib/order.js";
import type { LeaderboardEntry, LeaderboardOptions, LeaderboardRanking, LeaderboardRow } from "./types.js";

const RANKINGS: readonly LeaderboardRanking[] = ["competition", "dense"];
const ORDERS: readonly ("desc" | "asc")[] = ["desc", "asc"];

/**
 * Ranks members by a figure. Opted-out members are removed first: they are neither shown nor
 * counted, so nobody's rank depends on them. Equal values share a rank: `competition` ranking
 * (the default) gives 1, 1, 3 — one plus the number of members strictly better — and `dense`
 * gives 1, 1, 2. `order: "desc"` (the default) ranks the highest value first, `"asc"` the
 * lowest. Members with equal values are listed by member id in code-point order. `limit` keeps
 * the rows ranked at most `limit`, with every tie, so a limit of 3 may show more than three
 * rows (ranks 1, 2, 3, 3 or 1, 1, 1, 1) but never fewer while enough members remain. Sorting
 * dominates: O(n log n).
 *
 * @throws {ValidationError} on a malformed entry or option, and on a member listed twice.
 * @example
 * ```ts
 * const entries = [{ memberId: "m-li", value: 12 }, { memberId: "m-wang", value: 15 }, { memberId: "m-zhao", value: 12 }, { memberId: "m-zhou", value: 9 }];
 * leaderboard(entries).map((r) => r.rank); //=> [1, 2, 2, 4]
 * leaderboard(entries, { ranking: "dense" }).map((r) => r.rank); //=> [1, 2, 2, 3]
 * leaderboard(entries, { optedOut: ["m-wang"], limit: 1 }).map((r) => r.memberId); //=> ["m-li", "m-zhao"]
 * ```
 * @category Recognition
 */
export function leaderboard(entries: readonly LeaderboardEntry[], opts?: LeaderboardOptions): LeaderboardRow[] {
  const issues: Issues = [];
  if (checkArray(entries, ["entries"], issues)) {
    const seen = new Set<string>();
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (!checkRecord(e, ["entries", i], issues)) continue;
      if (checkString(e["memberId"], ["entries", i, "memberId"], issues, { nonEmpty: true })) {
        if (seen.has(e["memberId"])) report(issues, ["entries", i, "memberId"], "validation.duplicate", { value: e["memberId"] });
        seen.add(e["memberId"]);
      }
      checkNumber(e["value"], ["entries", i, "value"], issues);
    }
  }
  if (checkOptions(opts, ["opts"], issues) && opts !== undefined) {
    if (opts.ranking !== undefined) checkEnum(opts.ranking, RANKINGS, ["opts", "ranking"], issues);
    if (opts.order !== undefined) checkEnum(opts.order, ORDERS, ["opts", "order"], issues);
    if (opts.optedOut !== undefined) checkIdList(opts.optedOut, ["opts", "optedOut"], issues);
    if (opts.limit !== undefined) checkInteger(opts.limit, ["opts", "limit"], issues, { min: 1 });
  }
  throwIfIssues(issues);

  const optedOut = new Set(opts?.optedOut ?? []);
  const sign = opts?.order === "asc" ? 1 : -1;
  const dense = opts?.ranking === "dense";
  const limit = opts?.limit ?? Number.POSITIVE_INFINITY;
  const kept: { memberId: string; value: number }[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    // -0 and 0 are the same figure; show it as 0
    if (!optedOut.has(e.memberId)) kept.push({ memberId: e.memberId, value: e.value === 0 ? 0 : e.value });
  }
  kept.sort((a, b) => (a.value === b.value ? compareCodePoints(a.memberId, b.memberId) : sign * (a.value - b.value)));
  const rows: LeaderboardRow[] = [];
  let rank = 0;
  let distinct = 0;
  for (let i = 0; i < kept.length; i++) {
    const e = kept[i]!;
    if (i === 0 || e.value !== kept[i - 1]!.value) {
      distinct++;
      rank = dense ? distinct : i + 1;
    }
    if (rank > limit) break;
    rows.push({ memberId: e.memberId, value: e.value, rank });
  }
  return rows;
}
