import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, formatExplanation } from "team-playbook/core";
import { awardBadges, type BadgeAward, type BadgeDefinition, type BadgeFacts, type Kudos } from "team-playbook/recognition";
import { issuesOf } from "../support/issues.js";

const name = (en: string, zh: string) => ({ en, "zh-CN": zh });
const firstDeal: BadgeDefinition = { id: "first-deal", name: name("First deal", "首单"), criteria: { kind: "count", fact: "won-deal", atLeast: 1 } };
const hatTrick: BadgeDefinition = { id: "hat-trick", name: name("Hat-trick", "帽子戏法"), criteria: { kind: "attainment-streak", atLeast: "1", months: 3 } };
const magnet: BadgeDefinition = {
  id: "team-magnet",
  name: name("Team magnet", "人气之星"),
  criteria: { kind: "count", fact: "kudos-received", atLeast: 5, within: "quarter" },
  repeat: "per-period",
};
const generous: BadgeDefinition = { id: "generous", name: name("Generous", "乐于肯定"), criteria: { kind: "count", fact: "kudos-given", atLeast: 3 } };
const allRounder: BadgeDefinition = {
  id: "all-rounder",
  name: name("All-rounder", "全能选手"),
  criteria: { all: [{ kind: "count", fact: "won-deal", atLeast: 2 }, { kind: "count", fact: "kudos-given", atLeast: 1 }] },
};
const definitions = [firstDeal, hatTrick, magnet, generous, allRounder];

const k = (id: string, from: string, to: string[], date: string, visibility?: "private"): Kudos => ({
  id,
  from,
  to,
  date,
  message: "具体的事情写在这里，说明带来的效果",
  values: ["customer-first"],
  ...(visibility === undefined ? {} : { visibility }),
});

const facts: BadgeFacts = {
  attainment: [
    { memberId: "m-li", month: "2026-07", value: "1.05" },
    { memberId: "m-li", month: "2026-08", value: 1.2 },
    { memberId: "m-li", month: "2026-09", value: "1" },
    { memberId: "m-li", month: "2026-10", value: 0.98 }, // breaks the run
    { memberId: "m-li", month: "2026-11", value: 1.3 }, // November has not ended by 28 November
    // exactly 1, written three ways
    { memberId: "m-zhao", month: "2026-08", value: "1.00" },
    { memberId: "m-zhao", month: "2026-09-15", value: 1 },
    { memberId: "m-zhao", month: "2026-10", value: "1.000" },
    // September missing: no run
    { memberId: "m-wang", month: "2026-08", value: 1.1 },
    { memberId: "m-wang", month: "2026-10", value: 1.4 },
  ],
  deals: [
    { memberId: "m-li", id: "D-2055", wonOn: "2026-11-19" },
    { memberId: "m-li", id: "D-2041", wonOn: "2026-11-03" },
    { memberId: "m-wang", id: "D-2060", wonOn: "2026-11-30" }, // after asOf
    { memberId: "m-zhao", id: "D-1999", wonOn: "2026-06-15" },
  ],
  kudos: [
    k("k1", "m-zhao", ["m-wang"], "2026-10-08"),
    k("k2", "m-li", ["m-wang"], "2026-10-21"),
    k("k3", "m-zhou", ["m-wang"], "2026-11-02"),
    k("k4", "m-li", ["m-wang", "m-zhao"], "2026-11-12"),
    k("k5", "m-zhao", ["m-wang"], "2026-11-14", "private"), // private thanks: no badge
    k("k6", "m-chen", ["m-wang"], "2026-11-20"),
    k("k7", "m-wang", ["m-wang"], "2026-11-21"), // self-praise: counts for no one
    k("k8", "m-li", ["m-zhou"], "2026-11-25"),
    k("k9", "m-chen", ["m-wang"], "2026-12-02"), // after asOf
  ],
};
const asOf = "2026-11-28";

describe("awardBadges", () => {
  const awards = awardBadges(definitions, facts, asOf);

  it("awards each badge on the day its criterion was first met, with the facts that earned it", () => {
    expect(awards.map((a) => [a.key, a.earnedOn, a.evidence])).toEqual([
      ["first-deal:m-zhao", "2026-06-15", ["D-1999"]],
      // 105 %, 120 %, 100 % in July to September: met at the end of September
      ["hat-trick:m-li", "2026-09-30", ["2026-07", "2026-08", "2026-09"]],
      // "1.00", 1 and "1.000" are all exactly 1
      ["hat-trick:m-zhao", "2026-10-31", ["2026-08", "2026-09", "2026-10"]],
      ["first-deal:m-li", "2026-11-03", ["D-2041"]],
      // two won deals (the second on 19 November) and a kudos given (21 October)
      ["all-rounder:m-li", "2026-11-19", ["D-2041", "D-2055", "k2"]],
      // the fifth public kudos from someone else in Q4 came on 20 November (k5 is private, k7 her own)
      ["team-magnet:m-wang:2026-10-01..2026-12-31", "2026-11-20", ["k1", "k2", "k3", "k4", "k6"]],
      ["generous:m-li", "2026-11-25", ["k2", "k4", "k8"]],
    ]);
    expect(awards.find((a) => a.badgeId === "team-magnet")?.period).toEqual({ start: "2026-10-01", end: "2026-12-31" });
    expect(awards.find((a) => a.badgeId === "first-deal")).not.toHaveProperty("period");
  });

  it("explains why, in English and Chinese", () => {
    const byKey = (key: string) => awards.find((a) => a.key === key)!.explanation;
    const magnetAward = byKey("team-magnet:m-wang:2026-10-01..2026-12-31");
    expect(formatExplanation(magnetAward, "en")).toEqual([
      "m-wang has 5 public kudos received between 2026-10-01 and 2026-12-31, at least 5 needed; reached on 2026-11-20.",
      "Badge “team-magnet” earned by m-wang on 2026-11-20 for 2026-10-01 – 2026-12-31.",
    ]);
    expect(formatExplanation(magnetAward, "zh-CN")).toEqual([
      "m-wang 在 2026-10-01 至 2026-12-31 期间收到公开表扬 5 次（至少需要 5 次），于 2026-11-20 达标。",
      "m-wang 于 2026-11-20 获得徽章“team-magnet”（2026-10-01 至 2026-12-31）。",
    ]);
    expect(formatExplanation(byKey("hat-trick:m-li"), "zh-CN")).toEqual([
      "m-li 从 2026-07 到 2026-09 连续 3 个月达成率不低于 100%（105%、120%、100%），于 2026-09-30 达标。",
      "m-li 于 2026-09-30 获得徽章“hat-trick”。",
    ]);
    expect(formatExplanation(byKey("all-rounder:m-li"), "en")).toEqual([
      "m-li met every one of the 2 criteria, the last of them on 2026-11-19.",
      "  m-li has 2 won deals, at least 2 needed; reached on 2026-11-19.",
      "  m-li has 3 kudos given, at least 1 needed; reached on 2026-10-21.",
      "Badge “all-rounder” earned by m-li on 2026-11-19.",
    ]);
    expect(formatExplanation(byKey("first-deal:m-li"), "zh-CN")[0]).toBe("m-li 累计赢单 2 笔（至少需要 1 笔），于 2026-11-03 达标。");
    expect(byKey("hat-trick:m-zhao").steps[0]).toEqual({
      code: "recognition.badge.streak",
      formula: "attainment ≥ atLeast in each of n consecutive months",
      inputs: { memberId: "m-zhao", threshold: "1", periods: 3, start: "2026-08", end: "2026-10", values: ["1", "1", "1"] },
      result: "2026-10-31",
    });
  });

  it("is idempotent: awards passed back are not made again", () => {
    expect(awardBadges(definitions, facts, asOf, awards)).toEqual([]);
    expect(awardBadges(definitions, facts, asOf, awards.slice(3))).toEqual(awards.slice(0, 3));
    // a once-only badge the member holds under another key (say, imported from an old system)
    expect(awardBadges([firstDeal], facts, asOf, [{ badgeId: "first-deal", memberId: "m-li", key: "legacy-42", earnedOn: "2025-01-01" }]).map((a) => a.key)).toEqual(["first-deal:m-zhao"]);
  });

  it("counts only facts dated on or before asOf, and a month once it has ended", () => {
    const later = awardBadges(definitions, facts, "2026-11-30", awards);
    // D-2060 is won on the 30th; November's 130 % for m-li follows a 98 % October, so no new run
    expect(later.map((a) => [a.key, a.earnedOn])).toEqual([["first-deal:m-wang", "2026-11-30"]]);
    expect(awardBadges(definitions, facts, "2026-06-14")).toEqual([]);
  });

  it("awards a per-period badge again in each period it is met, and backfills missed periods", () => {
    const twoQuarters: BadgeFacts = {
      kudos: [
        ...["2026-07-01", "2026-07-09", "2026-08-13", "2026-09-01", "2026-09-30"].map((date, i) => k(`q3-${i}`, `m-${i}`, ["m-wang"], date)),
        ...["2026-10-01", "2026-10-02", "2026-10-03", "2026-12-30", "2026-12-31"].map((date, i) => k(`q4-${i}`, `m-${i}`, ["m-wang"], date)),
      ],
    };
    const both = awardBadges([magnet], twoQuarters, "2027-01-05");
    expect(both.map((a) => [a.key, a.earnedOn])).toEqual([
      ["team-magnet:m-wang:2026-07-01..2026-09-30", "2026-09-30"],
      ["team-magnet:m-wang:2026-10-01..2026-12-31", "2026-12-31"],
    ]);
    expect(awardBadges([magnet], twoQuarters, "2027-01-05", [both[0]!])).toEqual([both[1]]);
    // with the last Q4 kudos not yet given, only Q3
    expect(awardBadges([magnet], twoQuarters, "2026-12-30").map((a) => a.key)).toEqual(["team-magnet:m-wang:2026-07-01..2026-09-30"]);
  });

  it("repeats a streak badge for each further run, runs not overlapping", () => {
    const streak: BadgeDefinition = { ...hatTrick, repeat: "per-period" };
    const months = (n: number): BadgeFacts => ({ attainment: Array.from({ length: n }, (_, i) => ({ memberId: "m-li", month: `2026-${String(i + 1).padStart(2, "0")}`, value: "1.1" })) });
    expect(awardBadges([streak], months(6), "2026-12-31").map((a) => [a.key, a.earnedOn])).toEqual([
      ["hat-trick:m-li:2026-01-01..2026-03-31", "2026-03-31"],
      ["hat-trick:m-li:2026-04-01..2026-06-30", "2026-06-30"],
    ]);
    expect(awardBadges([streak], months(5), "2026-12-31").length).toBe(1);
    expect(awardBadges([hatTrick], months(6), "2026-12-31").length).toBe(1);
  });

  it("combines per-period criteria period by period", () => {
    const busyMonth: BadgeDefinition = {
      id: "busy-month",
      name: name("Busy month", "高光月份"),
      criteria: { all: [{ kind: "count", fact: "won-deal", atLeast: 1, within: "month" }, { kind: "count", fact: "kudos-given", atLeast: 1, within: "month" }] },
      repeat: "per-period",
    };
    const f: BadgeFacts = {
      deals: [
        { memberId: "m-li", id: "D1", wonOn: "2026-09-10" },
        { memberId: "m-li", id: "D2", wonOn: "2026-10-28" },
      ],
      kudos: [k("g1", "m-li", ["m-wang"], "2026-10-03"), k("g2", "m-li", ["m-wang"], "2026-11-03")],
    };
    // September: a deal but no kudos given; November: a kudos but no deal
    expect(awardBadges([busyMonth], f, "2026-12-31").map((a) => [a.key, a.earnedOn, a.evidence])).toEqual([["busy-month:m-li:2026-10-01..2026-10-31", "2026-10-28", ["D2", "g1"]]]);
  });

  it("writes keys that cannot run together", () => {
    const odd: BadgeDefinition = { ...firstDeal, id: "deal:1%" };
    expect(awardBadges([odd], { deals: [{ memberId: "m:li", id: "D1", wonOn: "2026-01-05" }] }, asOf)[0]?.key).toBe("deal%3A1%25:m%3Ali");
  });

  it("keeps member ids such as __proto__ as plain data", () => {
    const [award] = awardBadges([firstDeal], { deals: [{ memberId: "__proto__", id: "D1", wonOn: "2026-01-05" }] }, asOf);
    expect(award?.memberId).toBe("__proto__");
    expect(({} as Record<string, unknown>)["memberId"]).toBeUndefined();
  });

  it("rejects malformed definitions, facts, asOf and awards, naming every bad path", () => {
    const bad = [
      { id: "x", name: { en: "X" }, criteria: { kind: "count", fact: "sold", atLeast: 0, within: "week" } },
      { id: "x", name: name("X", "X"), criteria: { all: [] } },
      { id: "y", name: name("Y", "Y"), criteria: { kind: "attainment-streak", atLeast: "1.2.3", months: 1.5 } },
      { id: "z", name: name("Z", "Z"), criteria: { kind: "count", fact: "won-deal", atLeast: 1 }, repeat: "per-period" },
      { id: "w", name: name("W", "W"), criteria: { all: [{ kind: "count", fact: "won-deal", atLeast: 1, within: "month" }, { kind: "count", fact: "kudos-given", atLeast: 1, within: "year" }] }, repeat: "per-period" },
      { id: "v", name: name("V", "V"), criteria: { all: [hatTrick.criteria] }, repeat: "always" },
    ];
    const badFacts = {
      attainment: [
        { memberId: "m-li", month: "2026-13", value: 1 },
        { memberId: "m-li", month: "2026-07", value: "high" },
        { memberId: "m-li", month: "2026-07-20", value: 1 },
      ],
      deals: [
        { memberId: "m-li", id: "D1", wonOn: "2026-11-31" },
        { memberId: "m-li", id: "D1", wonOn: "2026-11-30" },
        { memberId: "m-wang", id: "D1", wonOn: "2026-11-30" },
      ],
      kudos: [k("k1", "m-li", [], "2026-11-01")],
    };
    expect(issuesOf(() => awardBadges(bad as never, badFacts as never, "2026-11-28T00:00:00Z", [{ badgeId: "x", memberId: "m", earnedOn: "2026-01-01" }] as never))).toEqual([
      "definitions.0.name.zh-CN:validation.required",
      "definitions.0.criteria.fact:validation.enum",
      "definitions.0.criteria.atLeast:validation.range",
      "definitions.0.criteria.within:validation.enum",
      "definitions.1.id:validation.duplicate",
      "definitions.1.criteria.all:validation.empty",
      "definitions.2.criteria.atLeast:validation.decimal",
      "definitions.2.criteria.months:validation.integer",
      "definitions.3.repeat:validation.enum",
      "definitions.4.repeat:validation.enum",
      "definitions.5.repeat:validation.enum",
      "facts.attainment.0.month:validation.calendar-date",
      "facts.attainment.1.value:validation.decimal",
      "facts.attainment.2.month:validation.duplicate",
      "facts.deals.0.wonOn:validation.calendar-date",
      "facts.deals.1.id:validation.duplicate",
      "facts.kudos.0.to:validation.empty",
      "asOf:validation.calendar-date",
      "alreadyAwarded.0.key:validation.required",
    ]);
  });

  it("stops at criteria nested too deep, including one that contains itself", () => {
    const loop: { all: unknown[] } = { all: [] };
    loop.all.push(loop);
    const issues = issuesOf(() => awardBadges([{ id: "loop", name: name("L", "L"), criteria: loop as never }], {}, asOf));
    expect(issues).toEqual([`definitions.0.criteria${".all.0".repeat(17)}:validation.range`]);
  });

  it("does not change its arguments, and its awards survive JSON", () => {
    const before = structuredClone({ definitions, facts, awards });
    const again = awardBadges(definitions, facts, asOf, awards.slice(2));
    expect({ definitions, facts, awards }).toEqual(before);
    expect(JSON.parse(JSON.stringify(awards))).toEqual(awards);
    expect(awardBadges(JSON.parse(JSON.stringify(definitions)) as BadgeDefinition[], JSON.parse(JSON.stringify(facts)) as BadgeFacts, asOf)).toEqual(awards);
    expect(structuredClone(again)).toEqual(again);
  });
});

describe("awardBadges properties", () => {
  const members = ["m-a", "m-b", "m-c"];
  const member = fc.constantFrom(...members);
  const pool: BadgeDefinition[] = [
    firstDeal,
    hatTrick,
    { ...hatTrick, id: "streak-2", criteria: { kind: "attainment-streak", atLeast: "1", months: 2 }, repeat: "per-period" },
    { ...magnet, criteria: { kind: "count", fact: "kudos-received", atLeast: 2, within: "quarter" } },
    { ...generous, criteria: { kind: "count", fact: "kudos-given", atLeast: 2 } },
    allRounder,
    {
      id: "busy-month",
      name: name("Busy month", "高光月份"),
      criteria: { all: [{ kind: "count", fact: "won-deal", atLeast: 1, within: "month" }, { kind: "count", fact: "kudos-given", atLeast: 1, within: "month" }] },
      repeat: "per-period",
    },
    { id: "yearly-deals", name: name("Y", "Y"), criteria: { kind: "count", fact: "won-deal", atLeast: 2, within: "year" } },
  ];
  const day = (n: number) => addDays("2026-01-01", n);
  const arbFacts: fc.Arbitrary<BadgeFacts> = fc.record({
    deals: fc.array(fc.record({ memberId: member, d: fc.integer({ min: 0, max: 500 }) }), { maxLength: 12 }).map((list) => list.map((x, i) => ({ memberId: x.memberId, id: `D${i}`, wonOn: day(x.d) }))),
    kudos: fc
      .array(fc.record({ from: member, to: fc.uniqueArray(member, { minLength: 1 }), d: fc.integer({ min: 0, max: 500 }), open: fc.boolean() }), { maxLength: 15 })
      .map((list) => list.map((x, i) => k(`k${i}`, x.from, x.to, day(x.d), x.open ? undefined : "private"))),
    attainment: fc
      .uniqueArray(fc.record({ memberId: member, m: fc.integer({ min: 0, max: 16 }), value: fc.constantFrom<number | string>("0.9", "1", 1.2, "1.000", 0.95) }), {
        selector: (x) => `${x.memberId} ${x.m}`,
        maxLength: 30,
      })
      .map((list) => list.map((x) => ({ memberId: x.memberId, month: `${2026 + Math.floor(x.m / 12)}-${String((x.m % 12) + 1).padStart(2, "0")}`, value: x.value }))),
  });
  const shuffled = <T,>(list: readonly T[] | undefined, seed: number): T[] => [...(list ?? [])].map((x, i) => [((i + 1) * 7919 * (seed + 3)) % 1009, x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);

  it("never makes an award twice, returns exactly what is missing, and ignores fact order (property)", () => {
    fc.assert(
      fc.property(fc.subarray(pool, { minLength: 1 }), arbFacts, fc.integer({ min: 0, max: 520 }), fc.integer(), fc.nat(1000), (defs, f, n, mask, seed) => {
        const at = day(n);
        const full = awardBadges(defs, f, at);
        const already = full.filter((_, i) => ((mask >>> i % 31) & 1) === 1);
        const held = new Set(already.map((a) => a.key));
        const fresh = awardBadges(defs, f, at, already);
        expect(fresh).toEqual(full.filter((a) => !held.has(a.key)));
        expect(awardBadges(defs, f, at, [...already, ...fresh])).toEqual([]);
        expect(new Set(full.map((a) => a.key)).size).toBe(full.length);
        for (const a of full) expect(a.earnedOn <= at).toBe(true);
        const reordered = { deals: shuffled(f.deals, seed), kudos: shuffled(f.kudos, seed), attainment: shuffled(f.attainment, seed) };
        expect(awardBadges(defs, reordered, at)).toEqual(full);
      }),
    );
  });

  it("keeps what was earned as time goes on: the same key, day and evidence (property)", () => {
    fc.assert(
      fc.property(fc.subarray(pool, { minLength: 1 }), arbFacts, fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 200 }), (defs, f, n, more) => {
        const earlier = awardBadges(defs, f, day(n));
        const later = new Map(awardBadges(defs, f, day(n + more)).map((a: BadgeAward) => [a.key, a] as const));
        for (const a of earlier) {
          const b = later.get(a.key);
          expect(b === undefined ? undefined : [b.earnedOn, b.evidence]).toEqual([a.earnedOn, a.evidence]);
        }
      }),
    );
  });
});

describe("per-period streaks stay idempotent when the facts window moves (review regression)", () => {
  const streak: BadgeDefinition = { id: "streak", name: name("Three months running", "连续三个月达标"), criteria: { kind: "attainment-streak", atLeast: "1", months: 3 }, repeat: "per-period" };
  const month = (m: number) => `2026-${String(m).padStart(2, "0")}`;
  const figures = (from: number, to: number) => ({ attainment: Array.from({ length: to - from + 1 }, (_, i) => ({ memberId: "m", month: month(from + i), value: "1.1" })) });
  it("Jan–Jun earns Jan–Mar and Apr–Jun; a later window Feb–Jul earns nothing new; late December data earns nothing new", () => {
    const first = awardBadges([streak], figures(1, 6), "2026-06-30");
    expect(first.map((a) => a.period)).toEqual([{ start: "2026-01-01", end: "2026-03-31" }, { start: "2026-04-01", end: "2026-06-30" }]);
    expect(awardBadges([streak], figures(2, 7), "2026-07-31", first)).toEqual([]);
    const withDecember = { attainment: [{ memberId: "m", month: "2025-12", value: "1.2" }, ...figures(1, 6).attainment] };
    expect(awardBadges([streak], withDecember, "2026-06-30", first)).toEqual([]);
    // three more qualifying months after the awarded runs make a new run
    expect(awardBadges([streak], figures(1, 9), "2026-09-30", first).map((a) => a.period)).toEqual([{ start: "2026-07-01", end: "2026-09-30" }]);
  });
});
