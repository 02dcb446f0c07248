/**
 * Team wellbeing aggregates with a minimum group size and complementary suppression (research
 * notes §2.2 and §7.3: Culture Amp's reporting group minimum 5 and remainder rule, PeopleCues'
 * next-smallest rule, Viva Insights' mingroup = 5), and the property that no shown number lets
 * anyone work out the data of fewer than minGroupSize people by subtraction.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { burnoutSignals, teamWellbeing, type BurnoutPulse, type MemberWellbeingData, type TeamWellbeingSummary } from "team-playbook/wellbeing";
import { issuesOf } from "../support/issues.js";

const asOf = "2026-11-28";
const B1: BurnoutPulse = { date: "2026-11-20", exhaustion: [5, 4, 5], cynicism: [2, 3, 1], efficacy: [4, 3, 5] };
const team = (sizes: Record<string, number>, extra: (i: number) => Partial<MemberWellbeingData> = () => ({})): MemberWellbeingData[] => {
  let k = 0;
  return Object.entries(sizes).flatMap(([teamId, n]) => Array.from({ length: n }, () => ({ memberId: `m${k}`, teamId, ...extra(k++) })));
};
const reasons = (s: TeamWellbeingSummary) => s.groups.map((g) => [g.key, g.suppressed ? g.reason : g.n]);

describe("minimum group size and complementary suppression (default 5)", () => {
  it("A1: groups of 4 and 5 — the 4 is too few, and the 5 goes too, else 9 − 5 would give the 4 away", () => {
    const s = teamWellbeing(team({ a: 4, b: 5 }), { asOf });
    expect(reasons(s)).toEqual([["a", "too-few"], ["b", "complementary"]]);
    expect(s.overall).toMatchObject({ n: 9, suppressed: false });
    expect(s.groups[0]).toEqual({ key: "a", suppressed: true, reason: "too-few" }); // no numbers at all
  });
  it("A5a/A5b: 13 = Sales 4 + Tech 9 hides both; 15 = Sales 6 + Tech 9 shows both", () => {
    expect(reasons(teamWellbeing(team({ Sales: 4, Tech: 9 }), { asOf }))).toEqual([["Sales", "too-few"], ["Tech", "complementary"]]);
    expect(reasons(teamWellbeing(team({ Sales: 6, Tech: 9 }), { asOf }))).toEqual([["Sales", 6], ["Tech", 9]]);
  });
  it("A11 (min 3): Tech 8 + Product 1 hides both", () => {
    expect(reasons(teamWellbeing(team({ Tech: 8, Product: 1 }), { asOf, minGroupSize: 3 }))).toEqual([["Product", "too-few"], ["Tech", "complementary"]]);
  });
  it("the next-smallest shown groups go first, ties by key, until the hidden hold at least the minimum", () => {
    // hidden x 2 < 5 → next smallest of b 6, c 6, d 7 is b (tie with c broken by key) → 8 ≥ 5, stop
    expect(reasons(teamWellbeing(team({ x: 2, c: 6, b: 6, d: 7 }), { asOf }))).toEqual([["b", "complementary"], ["c", 6], ["d", 7], ["x", "too-few"]]);
    // hidden 1 + 2 = 3 < 5 → b 5 hidden → 8
    expect(reasons(teamWellbeing(team({ p: 1, q: 2, b: 5, c: 9 }), { asOf }))).toEqual([["b", "complementary"], ["c", 9], ["p", "too-few"], ["q", "too-few"]]);
    // two small groups already holding 5 need nothing more
    expect(reasons(teamWellbeing(team({ p: 2, q: 3, c: 9 }), { asOf }))).toEqual([["c", 9], ["p", "too-few"], ["q", "too-few"]]);
  });
  it("a team under the minimum is hidden whole", () => {
    const s = teamWellbeing(team({ a: 2, b: 2 }), { asOf });
    expect(s.overall).toEqual({ n: 4, suppressed: true, reason: "overall-too-small" });
    expect(reasons(s)).toEqual([["a", "overall-too-small"], ["b", "overall-too-small"]]);
  });
  it("members without a team form the group \"\"", () => {
    expect(reasons(teamWellbeing(team({ a: 5 }).map(({ teamId: _, ...m }) => m), { asOf }))).toEqual([["", 5]]);
  });
});

describe("blocks per source of data, each with its own population", () => {
  // east 6 members: all with load (2 over capacity: 42/35 and 40/35), 3 with a current pulse (B1)
  // west 5 members: all with load (none over), 5 with a pulse (B1)
  const members = team({ east: 6, west: 5 }, (i) => ({
    load: { load: i < 2 ? 40 + i * 2 : 30, capacity: 35 },
    ...(i < 3 || i >= 6 ? { pulses: [B1] } : {}),
  }));
  const s = teamWellbeing(members, { asOf });
  it("load: counts and shares over the members who have a load", () => {
    expect(s.groups[0]!.results!.load).toEqual({ suppressed: false, n: 6, counts: { "over-capacity": 2 }, shares: { "over-capacity": 2 / 6 } });
    expect(s.overall.results!.load).toEqual({ suppressed: false, n: 11, counts: { "over-capacity": 2 }, shares: { "over-capacity": 2 / 11 } });
  });
  it("pulse: east has 3 answers (too few), so west's 5 are hidden as well (8 − 5 = 3); the overall mean of 8 stays", () => {
    expect(s.groups.map((g) => g.results!.pulse)).toEqual([
      { suppressed: true, reason: "too-few" },
      { suppressed: true, reason: "complementary" },
    ]);
    // every pulse is B1: means 14, 6, 12 — three subscales, never added up
    expect(s.overall.results!.pulse).toEqual({ suppressed: false, n: 8, meanExhaustion: 14, meanCynicism: 6, meanEfficacy: 12, counts: { exhaustion: 8, cynicism: 0, "low-efficacy": 0 } });
  });
  it("no data for a source: hidden as too few, overall too", () => {
    expect(s.overall.results!.hours).toEqual({ suppressed: true, reason: "too-few" });
    expect(s.groups[1]!.results!.hours).toEqual({ suppressed: true, reason: "overall-too-small" });
  });
  it("never mutates, survives JSON, and validates every path", () => {
    const before = structuredClone(members);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    teamWellbeing(members, { asOf, minGroupSize: 3 });
    expect(members).toEqual(before);
    expect(issuesOf(() => teamWellbeing([{ memberId: "a", teamId: "" }] as never, { asOf: "2026-13-01", minGroupSize: 0 }))).toEqual([
      "members.0.teamId:validation.empty",
      "opts.asOf:validation.calendar-date",
      "opts.minGroupSize:validation.range",
    ]);
  });
});

describe("property: shown numbers never rest on fewer than minGroupSize people, even by subtraction", () => {
  const memberArb = fc.record(
    {
      teamId: fc.option(fc.constantFrom("a", "b", "c", "d", "e"), { nil: undefined }),
      load: fc.option(fc.record({ load: fc.integer({ min: 0, max: 60 }), capacity: fc.integer({ min: 1, max: 50 }) }), { nil: undefined }),
      hours: fc.option(fc.integer({ min: 20, max: 80 }), { nil: undefined }),
      leave: fc.option(fc.constantFrom("2026-01-10", "2026-10-01"), { nil: undefined }),
      pulse: fc.option(fc.constantFrom("2026-11-20", "2026-01-20"), { nil: undefined }), // the second is stale
    },
    { requiredKeys: [] },
  );
  it("holds for every source, every group and the total", () => {
    fc.assert(
      fc.property(fc.array(memberArb, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (raw, min) => {
        const members: MemberWellbeingData[] = raw.map((r, i) => ({
          memberId: `m${i}`,
          ...(r.teamId === undefined ? {} : { teamId: r.teamId }),
          ...(r.load === undefined ? {} : { load: r.load }),
          ...(r.hours === undefined ? {} : { weeks: [{ weekStart: "2026-11-16", hours: r.hours }] }),
          ...(r.leave === undefined ? {} : { leave: { lastLeaveDay: r.leave } }),
          ...(r.pulse === undefined ? {} : { pulses: [{ ...B1, date: r.pulse }] }),
        }));
        const s = teamWellbeing(members, { asOf, minGroupSize: min });
        // the true populations, by group, from the member-level signals
        const rows = burnoutSignals(members, { asOf }).members;
        const population = {
          members: (t: string) => rows.filter((r) => (r.teamId ?? "") === t).length,
          hours: (t: string) => rows.filter((r) => (r.teamId ?? "") === t && r.hours !== undefined).length,
          leave: (t: string) => rows.filter((r) => (r.teamId ?? "") === t && r.leave !== undefined).length,
          load: (t: string) => rows.filter((r) => (r.teamId ?? "") === t && r.load !== undefined).length,
          pulse: (t: string) => rows.filter((r) => (r.teamId ?? "") === t && r.pulse !== undefined && !r.pulse.stale).length,
        };
        const safe = (n: number) => n === 0 || n >= min;
        // hidden groups carry nothing but their key and reason
        for (const g of s.groups) if (g.suppressed) expect(Object.keys(g).sort()).toEqual(["key", "reason", "suppressed"]);
        if (s.overall.suppressed) {
          expect(s.overall.n).toBeLessThan(min);
          expect(s.groups.every((g) => g.suppressed)).toBe(true);
          return;
        }
        expect(s.overall.n).toBeGreaterThanOrEqual(min);
        // whole groups: every shown group has at least min; the hidden ones together none or at least min
        for (const g of s.groups) if (!g.suppressed) expect(g.n).toBeGreaterThanOrEqual(min);
        expect(safe(s.groups.filter((g) => g.suppressed).reduce((sum, g) => sum + population.members(g.key), 0))).toBe(true);
        // each source: overall shown ⇒ at least min; shown group blocks at least min; hidden blocks together none or at least min
        for (const source of ["hours", "leave", "load", "pulse"] as const) {
          const total = s.overall.results![source];
          const hidden = s.groups.filter((g) => g.suppressed || g.results![source].suppressed);
          if (total.suppressed) {
            expect(hidden.length).toBe(s.groups.length);
            continue;
          }
          expect(total.n).toBeGreaterThanOrEqual(min);
          for (const g of s.groups) {
            const block = g.results?.[source];
            if (block !== undefined && !block.suppressed) {
              expect(block.n).toBe(population[source](g.key));
              expect(block.n).toBeGreaterThanOrEqual(min);
            }
          }
          expect(safe(hidden.reduce((sum, g) => sum + population[source](g.key), 0))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
