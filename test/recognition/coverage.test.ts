import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, formatFinding } from "team-playbook/core";
import { recognitionCoverage, type AwardRecord, type Kudos } from "team-playbook/recognition";
import { issuesOf } from "../support/issues.js";

const k = (id: string, from: string, to: string[], date: string, visibility?: "private"): Kudos => ({
  id,
  from,
  to,
  date,
  message: "把客户的投诉当天处理完并回访",
  values: ["customer-first"],
  ...(visibility === undefined ? {} : { visibility }),
});

const team = ["m-li", "m-wang", "m-zhao", "m-zhou", "m-chen"];
const kudos: Kudos[] = [
  k("k1", "m-zhao", ["m-wang"], "2026-10-14"),
  k("k2", "m-wang", ["m-li"], "2026-10-29"), // exactly 30 days before asOf: inside the window
  k("k3", "m-li", ["m-wang"], "2026-09-01"), // older than k1: not the latest
  k("k4", "m-li", ["m-zhao"], "2026-11-25", "private"), // private thanks are not public recognition
  k("k5", "m-chen", ["m-chen", "m-li"], "2026-11-10"), // counts for m-li, not for its author
  k("k6", "m-li", ["m-chen"], "2026-12-01"), // after asOf
  k("k7", "m-li", ["m-outsider"], "2026-11-27"), // not on the team
];
const awards: AwardRecord[] = [{ badgeId: "first-deal", memberId: "m-zhou", key: "first-deal:m-zhou", earnedOn: "2026-11-20" }];
const asOf = "2026-11-28";

describe("recognitionCoverage", () => {
  const report = recognitionCoverage(team, { kudos, awards }, { asOf, withinDays: 30 });

  it("finds when each member was last recognised in public, and who is outside the window", () => {
    expect(report.rows).toEqual([
      { memberId: "m-li", lastRecognizedOn: "2026-11-10", daysSince: 18, covered: true },
      { memberId: "m-wang", lastRecognizedOn: "2026-10-14", daysSince: 45, covered: false },
      { memberId: "m-zhao", lastRecognizedOn: null, daysSince: null, covered: false },
      { memberId: "m-zhou", lastRecognizedOn: "2026-11-20", daysSince: 8, covered: true },
      { memberId: "m-chen", lastRecognizedOn: null, daysSince: null, covered: false },
    ]);
    expect(report.summary).toEqual({ members: 5, covered: 2, share: 0.4 });
  });

  it("counts the window's first day: 30 days ago is within 30 days", () => {
    const k2 = kudos[1]!;
    const r = recognitionCoverage(["m-li"], { kudos: [k2] }, { asOf, withinDays: 30 });
    expect(r.rows[0]).toEqual({ memberId: "m-li", lastRecognizedOn: "2026-10-29", daysSince: 30, covered: true });
    expect(recognitionCoverage(["m-li"], { kudos: [k2] }, { asOf, withinDays: 29 }).rows[0]?.covered).toBe(false);
    expect(recognitionCoverage(["m-li"], { kudos: [k("t", "m-x", ["m-li"], asOf)] }, { asOf, withinDays: 0 }).rows[0]?.covered).toBe(true);
  });

  it("raises a warning per member not covered, as a manager would say it", () => {
    expect(report.findings).toEqual([
      { code: "recognition.coverage.none-in-window", severity: "warning", path: ["memberIds", 1], params: { memberId: "m-wang", withinDays: 30, since: "2026-10-14", days: 45 } },
      { code: "recognition.coverage.none-in-window", severity: "warning", path: ["memberIds", 2], params: { memberId: "m-zhao", withinDays: 30 } },
      { code: "recognition.coverage.none-in-window", severity: "warning", path: ["memberIds", 4], params: { memberId: "m-chen", withinDays: 30 } },
    ]);
    expect(report.findings.map((f) => formatFinding(f, "zh-CN"))).toEqual([
      "已经 45 天没有人公开表扬过 m-wang 了（上次是 2026-10-14），找个具体的事情认可一下。",
      "m-zhao 还没有收到过公开表扬或徽章，找件具体的事情，当着团队的面认可一下。",
      "m-chen 还没有收到过公开表扬或徽章，找件具体的事情，当着团队的面认可一下。",
    ]);
    expect(formatFinding(report.findings[0]!, "en")).toBe("No one has recognised m-wang in public for 45 days (last on 2026-10-14). Find something specific they did and recognise it.");
  });

  it("works without kudos or awards, and for an empty team", () => {
    expect(recognitionCoverage(["m-li"], {}, { asOf, withinDays: 30 }).summary).toEqual({ members: 1, covered: 0, share: 0 });
    expect(recognitionCoverage([], { kudos }, { asOf, withinDays: 30 })).toEqual({ rows: [], findings: [], summary: { members: 0, covered: 0, share: null } });
  });

  it("covers exactly those recognised within withinDays, and a wider window never covers fewer (property)", () => {
    const member = fc.constantFrom("a", "b", "c", "__proto__");
    fc.assert(
      fc.property(
        fc.array(fc.record({ from: member, to: fc.uniqueArray(member, { minLength: 1 }), d: fc.integer({ min: -200, max: 30 }), open: fc.boolean() }), { maxLength: 20 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 60 }),
        (raw, within, wider) => {
          const list = raw.map((r, i) => k(`k${i}`, r.from, r.to, addDays(asOf, r.d), r.open ? undefined : "private"));
          const members = ["a", "b", "c", "__proto__"];
          const r = recognitionCoverage(members, { kudos: list }, { asOf, withinDays: within });
          for (const row of r.rows) {
            const days = raw.filter((x) => x.open && x.d <= 0 && (x.to as string[]).includes(row.memberId) && x.from !== row.memberId).map((x) => 0 - x.d);
            const expected = days.length === 0 ? null : Math.min(...days);
            expect(row.daysSince).toBe(expected);
            expect(row.covered).toBe(expected !== null && expected <= within);
          }
          expect(r.summary.covered).toBe(r.rows.filter((x) => x.covered).length);
          expect(r.findings.length).toBe(members.length - r.summary.covered);
          expect(recognitionCoverage(members, { kudos: list }, { asOf, withinDays: within + wider }).summary.covered).toBeGreaterThanOrEqual(r.summary.covered);
        },
      ),
    );
  });

  it("rejects malformed input, naming every bad path", () => {
    expect(
      issuesOf(() =>
        recognitionCoverage(["m-li", "m-li", ""], { kudos: [k("k1", "m-li", ["m-wang"], "2026-11-31")], awards: [{ badgeId: "b", memberId: "m-li", key: "b:m-li", earnedOn: "soon" }] as never }, { asOf: "2026-11-28", withinDays: -1 }),
      ),
    ).toEqual([
      "memberIds.1:validation.duplicate",
      "memberIds.2:validation.empty",
      "recognition.kudos.0.date:validation.calendar-date",
      "recognition.awards.0.earnedOn:validation.calendar-date",
      "opts.withinDays:validation.range",
    ]);
    expect(issuesOf(() => recognitionCoverage("m-li" as never, null as never, { asOf: "today" } as never))).toEqual([
      "memberIds:validation.type",
      "recognition:validation.type",
      "opts.asOf:validation.calendar-date",
      "opts.withinDays:validation.required",
    ]);
  });

  it("does not change its arguments, and its report survives JSON", () => {
    const before = structuredClone({ team, kudos, awards });
    const r = recognitionCoverage(team, { kudos, awards }, { asOf, withinDays: 30 });
    expect({ team, kudos, awards }).toEqual(before);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(recognitionCoverage(team, JSON.parse(JSON.stringify({ kudos, awards })) as { kudos: Kudos[]; awards: AwardRecord[] }, { asOf, withinDays: 30 })).toEqual(r);
  });
});
