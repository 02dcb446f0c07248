import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/index.js";
import { conflictSla, replayConflictCase, type ConflictCase, type ConflictEvent, type ConflictOptions } from "../../src/conflicts/index.js";

const T = (day: string, time = "10:00") => `2026-${day}T${time}:00+08:00`;
const report: ConflictEvent = { type: "report", actorId: "a", at: T("11-23", "09:00"), caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "客户归属争执" };
const triage: ConflictEvent = { type: "triage", actorId: "mgr", at: T("11-24"), handlerId: "mgr", severity: "medium" };

function replay(events: ConflictEvent[], opts?: ConflictOptions): ConflictCase {
  const r = replayConflictCase(events, opts);
  if (!r.ok) throw new Error(r.error.code);
  return r.case;
}

// 2026-11-23 is a Monday. Working days by hand: Tue 24, Wed 25, Thu 26, Fri 27, Mon 30, Tue 1 Dec...
describe("triage within two working days of the report", () => {
  const c = replay([report]);
  it("is due Wednesday 25 November and holds until the end of that day", () => {
    expect(conflictSla(c, T("11-25", "23:59"))).toEqual({
      state: "reported",
      deadline: "reported",
      due: "2026-11-25",
      breached: false,
      overdueWorkingDays: 0,
      paused: false,
      deadlines: [{ id: "reported", state: "reported", startedAt: T("11-23", "09:00"), due: "2026-11-25", breached: false, overdueWorkingDays: 0, paused: false, pausedWorkingDays: 0 }],
    });
  });
  it("is breached on Thursday; by Monday 30 it is three working days late (Thu, Fri, Mon)", () => {
    expect(conflictSla(c, T("11-26", "00:00")).breached).toBe(true);
    expect(conflictSla(c, T("11-26", "00:00")).overdueWorkingDays).toBe(1);
    expect(conflictSla(c, T("11-29", "12:00")).overdueWorkingDays).toBe(2);
    expect(conflictSla(c, T("11-30")).overdueWorkingDays).toBe(3);
  });
  it("a report on Saturday counts from Monday: due Tuesday", () => {
    expect(conflictSla(replay([{ ...report, at: T("11-28") }]), T("11-28")).due).toBe("2026-12-01");
  });
});

describe("the day an instant falls on", () => {
  // 23:30 on Monday in Los Angeles is 15:30 on Tuesday in Shanghai.
  const la = replay([{ ...report, at: "2026-11-23T23:30:00-08:00" }]);
  it("is the day written in the instant's own offset by default", () => {
    expect(conflictSla(la, "2026-11-25T23:00:00-08:00")).toMatchObject({ due: "2026-11-25", breached: false });
  });
  it("or the day on the wall clocks of a named zone", () => {
    expect(conflictSla(la, "2026-11-26T09:00:00+08:00", { timeZone: "Asia/Shanghai" })).toMatchObject({ due: "2026-11-26", breached: false });
    expect(conflictSla(la, "2026-11-27T00:00:00+08:00", { timeZone: "Asia/Shanghai" })).toMatchObject({ breached: true, overdueWorkingDays: 1 });
  });
});

describe("holidays and 调休", () => {
  // 国务院办公厅关于2025年部分节假日安排的通知: 1–8 October off; Saturday 11 October worked.
  const cn2025 = { holidays: ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08"], extraWorkingDays: ["2025-09-28", "2025-10-11"] };
  const c = replay([{ ...report, at: "2025-09-30T17:00:00+08:00" }]);
  it("reported on Tuesday 30 September 2025, triage is due Friday 10 October (9 Oct, 10 Oct), not Thursday 2 October", () => {
    expect(conflictSla(c, "2025-10-09T09:00:00+08:00").due).toBe("2025-10-02");
    expect(conflictSla(c, "2025-10-09T09:00:00+08:00", { calendar: cn2025 })).toMatchObject({ due: "2025-10-10", breached: false });
  });
  it("the worked Saturday counts as a working day late", () => {
    expect(conflictSla(c, "2025-10-11T12:00:00+08:00", { calendar: cn2025 })).toMatchObject({ breached: true, overdueWorkingDays: 1 });
  });
});

describe("time on hold does not count", () => {
  // Triaged Tuesday 24 November: the first step is due 5 working days later, Tuesday 1 December.
  const triaged = replay([report, triage]);
  const held = [report, triage, { type: "suspend", actorId: "mgr", at: T("11-25"), reason: "a 休年假" }];
  it("without a hold the first step is due 1 December", () => {
    expect(conflictSla(triaged, T("11-25")).due).toBe("2026-12-01");
  });
  it("while on hold the clock is paused: on Friday 27, two working days on hold (Thu, Fri) move it to 3 December", () => {
    expect(conflictSla(replay(held), T("11-27"))).toMatchObject({ state: "on-hold", paused: true, due: "2026-12-03", breached: false });
  });
  it("resumed on Monday 30: three working days on hold (Thu 26, Fri 27, Mon 30) move it to Friday 4 December", () => {
    const c = replay([...held, { type: "resume", actorId: "mgr", at: T("11-30") }]);
    expect(conflictSla(c, T("12-04", "20:00"))).toMatchObject({ due: "2026-12-04", breached: false, paused: false });
    expect(conflictSla(c, T("12-07")).deadlines[0]).toMatchObject({ breached: true, overdueWorkingDays: 1, pausedWorkingDays: 3 });
  });
});

describe("closed and moved-on cases", () => {
  it("a closed case has no running deadline", () => {
    const c = replay([report, { type: "withdraw", actorId: "a", at: T("11-24") }]);
    expect(conflictSla(c, T("12-24"))).toEqual({ state: "closed", breached: false, overdueWorkingDays: 0, paused: false, deadlines: [] });
  });
  it("a met deadline no longer counts: after triage only the triaged clock runs", () => {
    expect(conflictSla(replay([report, triage]), T("12-24")).deadlines.map((d) => d.id)).toEqual(["triaged"]);
  });
});

describe("bad input", () => {
  it("names every bad path", () => {
    try {
      conflictSla({ ...replay([report]), deadlines: [{ id: "x" }] } as never, "tomorrow", { calendar: { holidays: ["2026-13-01"] } });
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path.join("."))).toEqual([
        "opts.calendar.holidays.0",
        "case.deadlines.0.state",
        "case.deadlines.0.startedAt",
        "case.deadlines.0.workingDays",
        "case.deadlines.0.holds",
        "asOf",
      ]);
    }
  });
});
