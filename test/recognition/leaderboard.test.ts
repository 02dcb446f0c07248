import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leaderboard, type LeaderboardEntry } from "team-playbook/recognition";
import { issuesOf } from "../support/issues.js";

// deals won in November
const entries: LeaderboardEntry[] = [
  { memberId: "m-zhou", value: 9 },
  { memberId: "m-zhao", value: 12 },
  { memberId: "m-wang", value: 15 },
  { memberId: "m-li", value: 12 },
  { memberId: "m-chen", value: 7 },
  { memberId: "m-sun", value: 7 },
];

describe("leaderboard", () => {
  it("ranks ties with competition ranking by default: 1, 2, 2, 4", () => {
    expect(leaderboard(entries)).toEqual([
      { memberId: "m-wang", value: 15, rank: 1 },
      // a tie, listed by member id
      { memberId: "m-li", value: 12, rank: 2 },
      { memberId: "m-zhao", value: 12, rank: 2 },
      { memberId: "m-zhou", value: 9, rank: 4 },
      { memberId: "m-chen", value: 7, rank: 5 },
      { memberId: "m-sun", value: 7, rank: 5 },
    ]);
  });

  it("ranks densely on request: 1, 2, 2, 3", () => {
    expect(leaderboard(entries, { ranking: "dense" }).map((r) => r.rank)).toEqual([1, 2, 2, 3, 4, 4]);
  });

  it("ranks the lowest first with order asc (days to close, say)", () => {
    expect(leaderboard(entries, { order: "asc" }).map((r) => [r.memberId, r.rank])).toEqual([
      ["m-chen", 1],
      ["m-sun", 1],
      ["m-zhou", 3],
      ["m-li", 4],
      ["m-zhao", 4],
      ["m-wang", 6],
    ]);
  });

  it("leaves opted-out members out before ranking: not shown, not counted", () => {
    expect(leaderboard(entries, { optedOut: ["m-wang", "m-nobody"] }).map((r) => [r.memberId, r.rank])).toEqual([
      ["m-li", 1],
      ["m-zhao", 1],
      ["m-zhou", 3],
      ["m-chen", 4],
      ["m-sun", 4],
    ]);
  });

  it("keeps every tie at the limit", () => {
    expect(leaderboard(entries, { limit: 2 }).map((r) => r.memberId)).toEqual(["m-wang", "m-li", "m-zhao"]);
    expect(leaderboard(entries, { limit: 3 }).map((r) => r.memberId)).toEqual(["m-wang", "m-li", "m-zhao"]);
    expect(leaderboard(entries, { limit: 5 }).map((r) => r.rank)).toEqual([1, 2, 2, 4, 5, 5]);
    expect(leaderboard(entries, { ranking: "dense", limit: 2 }).map((r) => r.rank)).toEqual([1, 2, 2]);
    expect(leaderboard([], { limit: 3 })).toEqual([]);
  });

  it("orders ties by code point, not by UTF-16 unit or locale", () => {
    const ids = ["😀", "\uffff", "é", "b", "a", "B"];
    // U+0042 B, U+0061 a, U+0062 b, U+00E9 é, U+FFFF, U+1F600 😀
    expect(leaderboard(ids.map((memberId) => ({ memberId, value: 1 }))).map((r) => r.memberId)).toEqual(["B", "a", "b", "é", "\uffff", "😀"]);
  });

  it("shows −0 as 0 and ranks it with 0", () => {
    const rows = leaderboard([{ memberId: "a", value: -0 }, { memberId: "b", value: 0 }]);
    expect(rows.map((r) => [r.rank, Object.is(r.value, 0)])).toEqual([[1, true], [1, true]]);
  });

  const arbEntries = fc
    .uniqueArray(fc.record({ memberId: fc.string({ minLength: 1, maxLength: 3 }), value: fc.integer({ min: -5, max: 5 }) }), { selector: (e) => e.memberId, maxLength: 30 })
    .filter((list) => list.every((e) => e.memberId.trim() !== ""));

  it("gives rank = 1 + the number strictly better (competition), contiguous dense ranks, in non-decreasing order (property)", () => {
    fc.assert(
      fc.property(arbEntries, fc.constantFrom("desc", "asc") as fc.Arbitrary<"desc" | "asc">, (list, order) => {
        const better = (a: number, b: number) => (order === "desc" ? a > b : a < b);
        const competition = leaderboard(list, { order });
        const dense = leaderboard(list, { order, ranking: "dense" });
        expect(competition.length).toBe(list.length);
        for (const row of competition) expect(row.rank).toBe(1 + list.filter((e) => better(e.value, row.value)).length);
        for (const row of dense) expect(row.rank).toBe(1 + new Set(list.filter((e) => better(e.value, row.value)).map((e) => e.value)).size);
        for (const rows of [competition, dense]) {
          for (let i = 1; i < rows.length; i++) {
            expect(rows[i]!.rank).toBeGreaterThanOrEqual(rows[i - 1]!.rank);
            if (rows[i]!.value === rows[i - 1]!.value) expect(rows[i]!.rank).toBe(rows[i - 1]!.rank);
          }
        }
        dense.forEach((row, i) => expect(row.rank - (i === 0 ? 0 : dense[i - 1]!.rank)).toBeLessThanOrEqual(1));
        if (dense.length > 0) expect(dense[0]!.rank).toBe(1);
        // the order of the input does not matter
        expect(leaderboard([...list].reverse(), { order })).toEqual(competition);
      }),
    );
  });

  it("ranks the others as if opted-out members were never there, and a limit is a prefix with ties (property)", () => {
    fc.assert(
      fc.property(arbEntries, fc.nat(), fc.integer({ min: 1, max: 10 }), fc.constantFrom("competition", "dense") as fc.Arbitrary<"competition" | "dense">, (list, mask, limit, ranking) => {
        const optedOut = list.filter((_, i) => ((mask >>> i % 31) & 1) === 1).map((e) => e.memberId);
        const out = new Set(optedOut);
        const rows = leaderboard(list, { optedOut, ranking });
        expect(rows).toEqual(leaderboard(list.filter((e) => !out.has(e.memberId)), { ranking }));
        const limited = leaderboard(list, { optedOut, ranking, limit });
        expect(limited).toEqual(rows.filter((r) => r.rank <= limit));
        expect(limited.length).toBeGreaterThanOrEqual(Math.min(limit, rows.length));
      }),
    );
  });

  it("rejects duplicates and malformed entries or options, naming every bad path", () => {
    expect(
      issuesOf(() =>
        leaderboard([{ memberId: "a", value: 1 }, { memberId: "a", value: 2 }, { memberId: "", value: Number.NaN }, null as never, { memberId: "b", value: "3" as never }], {
          ranking: "olympic" as never,
          order: "up" as never,
          optedOut: "b" as never,
          limit: 0,
        }),
      ),
    ).toEqual([
      "entries.1.memberId:validation.duplicate",
      "entries.2.memberId:validation.empty",
      "entries.2.value:validation.number",
      "entries.3:validation.type",
      "entries.4.value:validation.type",
      "opts.ranking:validation.enum",
      "opts.order:validation.enum",
      "opts.optedOut:validation.type",
      "opts.limit:validation.range",
    ]);
    expect(issuesOf(() => leaderboard(entries, { limit: 2.5 }))).toEqual(["opts.limit:validation.integer"]);
  });

  it("does not change its arguments, and its rows survive JSON", () => {
    const before = structuredClone(entries);
    const rows = leaderboard(entries, { optedOut: ["m-li"], limit: 3 });
    expect(entries).toEqual(before);
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });
});
