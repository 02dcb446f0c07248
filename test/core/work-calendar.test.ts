import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError, addDays, addWorkingDays, checkWorkCalendar, countWorkingDays, isWorkingDay, parseWorkCalendar, safeParseWorkCalendar } from "team-playbook/core";
import { cn2025 } from "../fixtures/cn-2025.js";

describe("working days", () => {
  it("default to Monday–Friday", () => {
    expect(isWorkingDay("2026-11-27")).toBe(true); // Friday
    expect(isWorkingDay("2026-11-28")).toBe(false); // Saturday
    expect(addWorkingDays("2026-11-27", 1)).toBe("2026-11-30");
    expect(addWorkingDays("2026-11-28", 1)).toBe("2026-11-30");
    expect(addWorkingDays("2026-11-30", -1)).toBe("2026-11-27");
    expect(addWorkingDays("2026-11-28", 0)).toBe("2026-11-28");
    expect(addWorkingDays("2026-11-23", 10)).toBe("2026-12-07");
    expect(countWorkingDays({ start: "2026-11-23", end: "2026-11-29" })).toBe(5);
  });

  it("count 248 working days in China's 2025 calendar", () => {
    // 365 days − 104 weekend days (2025 starts on a Wednesday: 52 weeks + 1 day) = 261
    // weekdays; minus the 18 weekday holidays (1 + 6 + 1 + 3 + 1 + 6) = 243; plus the 5
    // make-up Saturdays and Sundays = 248, i.e. 365 − 104 − 13 statutory holidays.
    expect(countWorkingDays({ start: "2025-01-01", end: "2025-12-31" }, cn2025)).toBe(248);
    expect(countWorkingDays({ start: "2025-09-28", end: "2025-10-11" }, cn2025)).toBe(6);
  });

  it("move across the Spring Festival and National Day with 调休", () => {
    expect(addWorkingDays("2025-01-27", 1, cn2025)).toBe("2025-02-05");
    expect(addWorkingDays("2025-01-24", 1, cn2025)).toBe("2025-01-26"); // Sunday 26 January is worked
    expect(addWorkingDays("2025-09-26", 3, cn2025)).toBe("2025-09-30");
    // back from Thursday 9 October: 8–1 October are off, so Tuesday 30 and Monday 29 September
    expect(addWorkingDays("2025-10-09", -2, cn2025)).toBe("2025-09-29");
    expect(isWorkingDay("2025-10-11", cn2025)).toBe(true);
    expect(isWorkingDay("2025-10-08", cn2025)).toBe(false);
  });

  it("honour other weekends (a Friday–Saturday week)", () => {
    const gulf = { weekendDays: [5, 6] };
    expect(addWorkingDays("2026-11-26", 1, gulf)).toBe("2026-11-29"); // Thursday → Sunday
    expect(countWorkingDays({ start: "2026-11-23", end: "2026-11-29" }, gulf)).toBe(5);
  });

  it("agree with each other (property): n working days later is a working day, n of them in between", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: -60, max: 60 }), (offset, n) => {
        const start = addDays("2024-11-01", offset);
        const end = addWorkingDays(start, n, cn2025);
        if (n === 0) {
          expect(end).toBe(start);
          return;
        }
        expect(isWorkingDay(end, cn2025)).toBe(true);
        const between = n > 0 ? { start: addDays(start, 1), end } : { start: end, end: addDays(start, -1) };
        expect(countWorkingDays(between, cn2025)).toBe(Math.abs(n));
      }),
    );
  });

  it("count like a day-by-day loop (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 60 }), fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }), (offset, len, weekendDays) => {
        const calendar = { ...cn2025, weekendDays };
        const start = addDays("2024-12-01", offset);
        const end = addDays(start, len);
        let loop = 0;
        for (let d = start; d <= end; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) loop++;
        expect(countWorkingDays({ start, end }, calendar)).toBe(loop);
      }),
    );
  });

  it("reject calendars that contradict themselves or have no working weekday", () => {
    const issues = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as ValidationError).issues.map((i) => `${i.path.join(".")}:${i.code}`);
      }
      return [];
    };
    expect(issues(() => isWorkingDay("2025-10-01", { holidays: ["2025-10-01"], extraWorkingDays: ["2025-10-01"] }))).toEqual(["calendar:validation.calendar-conflict"]);
    expect(issues(() => addWorkingDays("2025-10-01", 1, { weekendDays: [0, 1, 2, 3, 4, 5, 6] }))).toEqual(["calendar.weekendDays:validation.length"]);
    expect(issues(() => addWorkingDays("2025-10-01", 1.5, { holidays: ["2025-02-29"], weekendDays: [7] }))).toEqual([
      "days:validation.integer",
      "calendar.weekendDays.0:validation.range",
      "calendar.holidays.0:validation.calendar-date",
    ]);
    expect(issues(() => addWorkingDays("2025-10-01", 200_000))).toEqual(["days:validation.range"]);
    expect(safeParseWorkCalendar({ holidays: ["2025-10-01"], extraWorkingDays: ["2025-10-01"] }).success).toBe(false);
    expect(parseWorkCalendar(cn2025)).toEqual(cn2025);
  });
});

describe("checkWorkCalendar", () => {
  it("warns when the calendar does not cover the year of asOf", () => {
    expect(checkWorkCalendar(cn2025, { asOf: "2026-01-05" })).toContainEqual({ code: "calendar.year-not-covered", severity: "warning", params: { year: 2026 } });
    expect(checkWorkCalendar(cn2025, { asOf: "2025-06-30" }).some((f) => f.code === "calendar.year-not-covered")).toBe(false);
  });

  it("notes holidays on weekends and flags make-up days that are weekdays anyway", () => {
    const findings = checkWorkCalendar({ holidays: ["2025-10-04", "2025-10-06"], extraWorkingDays: ["2025-10-10"] }, { asOf: "2025-10-01" });
    expect(findings).toEqual([
      { code: "calendar.holiday-on-weekend", severity: "info", path: ["holidays", 0], params: { date: "2025-10-04" } },
      { code: "calendar.extra-working-day-on-weekday", severity: "warning", path: ["extraWorkingDays", 0], params: { date: "2025-10-10" } },
    ]);
  });
});
