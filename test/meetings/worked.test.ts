/**
 * Meeting rhythm (FB10, FB11 of the research notes §7.4; Grove on one-on-ones, Lencioni's team
 * meetings), action items that carry forward, and meeting load.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFinding } from "team-playbook/core";
import { carryForwardActionItems, meetingCadence, meetingLoad, openActionItems, parseMeetings, type Meeting } from "team-playbook/meetings";
import { issuesOf } from "../support/issues.js";

const oneOnOne = (id: string, date: string, member = "a", extra: Partial<Meeting> = {}): Meeting => ({ id, kind: "one-on-one", date, managerId: "mgr", attendeeIds: ["mgr", member], ...extra });

describe("FB10: one-on-one cadence", () => {
  const meetings = [oneOnOne("m1", "2024-03-04")];
  it("weekly, last held Monday 2024-03-04, as of 2024-03-14 → due 2024-03-11, 3 days overdue", () => {
    const r = meetingCadence(meetings, ["a"], { oneOnOne: "weekly" }, "2024-03-14");
    expect(r.members).toEqual([{ memberId: "a", last: "2024-03-04", nextDue: "2024-03-11", overdueDays: 3 }]);
    expect(formatFinding(r.findings[0]!, "zh-CN")).toBe("和 a 的每周一对一面谈原定于 2024-03-11（上次是 2024-03-04），已推迟 3 天，请尽快约时间。");
  });
  it("biweekly → due 2024-03-18, not overdue; monthly keeps the day of month (Jan 31 → Feb 29 in a leap year)", () => {
    expect(meetingCadence(meetings, ["a"], { oneOnOne: "biweekly" }, "2024-03-14").members[0]).toMatchObject({ nextDue: "2024-03-18", overdueDays: 0 });
    expect(meetingCadence([oneOnOne("m", "2024-01-31")], ["a"], { oneOnOne: "monthly" }, "2024-03-01").members[0]).toEqual({ memberId: "a", last: "2024-01-31", nextDue: "2024-02-29", overdueDays: 1 });
  });
  it("never met: due from the start date, or at once; the manager's own attendance is not a one-on-one with them", () => {
    const r = meetingCadence(meetings, ["mgr", "new", "b"], { oneOnOne: "weekly", startDates: { new: "2024-03-10" } }, "2024-03-14");
    expect(r.members).toEqual([
      { memberId: "mgr", nextDue: "2024-03-14", overdueDays: 0 },
      { memberId: "new", nextDue: "2024-03-10", overdueDays: 4 },
      { memberId: "b", nextDue: "2024-03-14", overdueDays: 0 },
    ]);
    expect(r.findings.map((f) => f.code)).toEqual(["meetings.one-on-one.never-held", "meetings.one-on-one.never-held", "meetings.one-on-one.never-held"]);
  });
  it("meetings after asOf do not count; a team cadence is reported when set", () => {
    const list = [...meetings, oneOnOne("m2", "2024-03-20"), { id: "t1", kind: "team" as const, date: "2024-03-05", attendeeIds: ["mgr", "a", "b"] }];
    const r = meetingCadence(list, ["a"], { oneOnOne: "weekly", team: "weekly" }, "2024-03-14");
    expect(r.members[0]!.last).toBe("2024-03-04");
    expect(r.team).toEqual({ last: "2024-03-05", nextDue: "2024-03-12", overdueDays: 2 });
    expect(r.findings.map((f) => f.code)).toEqual(["meetings.one-on-one.overdue", "meetings.team.overdue"]);
  });
  it("a later meeting never makes a member more overdue (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 60 }), (days, extra) => {
        const date = (d: number) => new Date(Date.UTC(2024, 0, d)).toISOString().slice(0, 10);
        const list = days.map((d, i) => oneOnOne(`m${i}`, date(d)));
        const before = meetingCadence(list, ["a"], { oneOnOne: "biweekly" }, "2024-03-01").members[0]!.overdueDays;
        const after = meetingCadence([...list, oneOnOne("extra", date(extra))], ["a"], { oneOnOne: "biweekly" }, "2024-03-01").members[0]!.overdueDays;
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });
});

describe("FB11: action items carry forward until done", () => {
  const first = oneOnOne("#1", "2024-03-04", "a", {
    actionItems: [
      { id: "A", ownerId: "a", description: "给客户A发续约方案", due: "2024-03-08", done: false },
      { id: "B", ownerId: "mgr", description: "批折扣", done: true },
    ],
  });
  it("#2 gets A with carriedFrom #1; B (done) is not carried; neither meeting is changed", () => {
    const second = oneOnOne("#2", "2024-03-11");
    const frozen = structuredClone([first, second]);
    const next = carryForwardActionItems(first, second);
    expect(next.actionItems).toEqual([{ id: "A", ownerId: "a", description: "给客户A发续约方案", due: "2024-03-08", done: false, carriedFrom: "#1" }]);
    expect([first, second]).toEqual(frozen);
    // carried again to #3 it names #2; once done in #3 it is no longer open
    const third = carryForwardActionItems(next, oneOnOne("#3", "2024-03-18"));
    expect(third.actionItems![0]!.carriedFrom).toBe("#2");
    const closed = { ...third, actionItems: [{ ...third.actionItems![0]!, done: true }] };
    expect(openActionItems([first, next, closed], "2024-03-20").items).toEqual([]);
  });
  it("open items on a day, with the days overdue, and a finding in Chinese", () => {
    const r = openActionItems([first, carryForwardActionItems(first, oneOnOne("#2", "2024-03-11"))], "2024-03-14");
    expect(r.items).toEqual([{ item: { id: "A", ownerId: "a", description: "给客户A发续约方案", due: "2024-03-08", done: false, carriedFrom: "#1" }, meetingId: "#2", overdueDays: 6 }]);
    expect(formatFinding(r.findings[0]!, "zh-CN")).toBe("待办“给客户A发续约方案”（负责人 a）截止日是 2024-03-08，已超期 6 天；完成之前每次会议都要跟进。");
  });
});

describe("meeting load", () => {
  it("minutes per member per week (Monday start), defaults by kind when no duration", () => {
    const list: Meeting[] = [
      oneOnOne("m1", "2024-03-04", "a", { durationMinutes: 45 }),
      oneOnOne("m2", "2024-03-10", "a"), // Sunday: same week, 30 min by default
      { id: "t1", kind: "team", date: "2024-03-11", attendeeIds: ["mgr", "a"], teamMeetingType: "weekly-tactical" },
      { id: "t2", kind: "team", date: "2024-04-01", attendeeIds: ["mgr", "a"] },
    ];
    expect(meetingLoad(list, { period: { start: "2024-03-01", end: "2024-03-31" }, memberIds: ["a"] })).toEqual([
      { memberId: "a", weekStart: "2024-03-04", minutes: 75, hours: 1.25, meetings: 2 },
      { memberId: "a", weekStart: "2024-03-11", minutes: 45, hours: 0.75, meetings: 1 },
    ]);
  });
});

describe("review regressions", () => {
  it("no warning before a member starts; a team that has never met is flagged", () => {
    const r = meetingCadence([], ["n"], { oneOnOne: "weekly", team: "weekly", startDates: { n: "2026-12-15" } }, "2026-11-28");
    expect(r.members).toEqual([{ memberId: "n", nextDue: "2026-12-15", overdueDays: 0 }]);
    expect(r.findings.map((f) => f.code)).toEqual(["meetings.team.never-held"]);
    expect(formatFinding(r.findings[0]!, "zh-CN")).toBe("还没有开过每周团队例会：先把第一次排进日程。");
  });
});

describe("bad input", () => {
  it("meetings, ids, policy and date, every path at once", () => {
    const bad = [{ id: "m", kind: "lunch", date: "2024-02-30", attendeeIds: "a", actionItems: [{ id: "x", ownerId: "a", description: "d", done: "no" }] }, oneOnOne("m", "2024-03-04")];
    expect(issuesOf(() => meetingCadence(bad as never, ["a"], { oneOnOne: "daily" as never }, "today"))).toEqual([
      "meetings.0.kind:validation.enum",
      "meetings.0.date:validation.calendar-date",
      "meetings.0.attendeeIds:validation.type",
      "meetings.0.actionItems.0.done:validation.type",
      "meetings.1.id:validation.duplicate",
      "policy.oneOnOne:validation.enum",
      "asOf:validation.calendar-date",
    ]);
    expect(parseMeetings(JSON.parse(JSON.stringify([first()])))).toEqual([first()]);
  });
});

function first(): Meeting {
  return oneOnOne("#1", "2024-03-04", "a", { actionItems: [{ id: "A", ownerId: "a", description: "发方案", done: false }] });
}
