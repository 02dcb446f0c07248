import { describe, expect, it } from "vitest";
import { ValidationError, calendarDateOf, compareInstants, instantToEpochMilliseconds, isInstant } from "team-playbook/core";

describe("instants", () => {
  it("require an offset and a real date and time", () => {
    expect(["2026-11-28T09:30:00+08:00", "2026-11-28T01:30Z", "2026-11-28T01:30:00.123456789Z", "2026-11-28T23:59:59-12:00", "2026-11-28T10:00:00+14:00"].every(isInstant)).toBe(true);
    expect(["2026-11-28T09:30:00", "2026-11-28", "2026-02-30T09:30:00Z", "2026-11-28T24:00:00Z", "2026-11-28T09:60:00Z", "2026-11-28T09:30:00+19:00", "2026-11-28 09:30:00Z", "2026-11-28T09:30:00+0800"].some(isInstant)).toBe(false);
  });

  it("place instants on one timeline whatever their offset", () => {
    expect(instantToEpochMilliseconds("1970-01-01T08:00:00+08:00")).toBe(0);
    expect(instantToEpochMilliseconds("2026-11-28T01:30:00.5Z")).toBe(Date.UTC(2026, 10, 28, 1, 30, 0, 500));
    expect(compareInstants("2026-11-28T09:00:00+08:00", "2026-11-28T01:00:00Z")).toBe(0);
    expect(compareInstants("2026-11-28T09:00:00+08:00", "2026-11-28T01:00:01Z")).toBe(-1);
  });

  it("give the calendar date in the instant's own offset, or in a named zone", () => {
    expect(calendarDateOf("2026-11-28T23:30:00-08:00")).toBe("2026-11-28");
    expect(calendarDateOf("2026-11-28T23:30:00-08:00", "Asia/Shanghai")).toBe("2026-11-29");
    expect(calendarDateOf("2026-11-28T00:30:00+08:00", "America/Los_Angeles")).toBe("2026-11-27");
    // Kiritimati is UTC+14: 10:30Z is already the next day there
    expect(calendarDateOf("2026-11-28T10:30:00Z", "Pacific/Kiritimati")).toBe("2026-11-29");
    // daylight saving: 2026-03-08 02:30 does not exist in Los Angeles; 10:30Z is 03:30 PDT, same day
    expect(calendarDateOf("2026-03-08T10:30:00Z", "America/Los_Angeles")).toBe("2026-03-08");
  });

  it("reject unknown time zones and malformed instants together", () => {
    try {
      calendarDateOf("2026-11-28T09:30:00", "Mars/Olympus");
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.code)).toEqual(["validation.instant", "validation.time-zone"]);
    }
  });
});
