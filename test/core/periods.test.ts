import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PERIOD_KINDS,
  addDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  elapsedFraction,
  isCalendarDate,
  isWithinPeriod,
  overlapDays,
  periodDays,
  periodOf,
  shiftPeriod,
  type PeriodKind,
} from "team-playbook/core";
import { issuesOf } from "../support/issues.js";

const codes = issuesOf;

describe("calendar dates", () => {
  it("accepts real days only", () => {
    expect(["2028-02-29", "2000-02-29", "0001-01-01", "9999-12-31"].every(isCalendarDate)).toBe(true);
    expect(["2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-2-3", "20261128", " 2026-11-28", "0000-01-01", 20261128].some(isCalendarDate)).toBe(false);
  });

  it("counts days across month, year and leap boundaries", () => {
    expect(addDays("2026-11-28", 3)).toBe("2026-12-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-10-01", "2026-12-31")).toBe(91);
    expect(daysBetween("2026-03-01", "2026-02-28")).toBe(-1);
    // 1 Jan 2000 to 1 Jan 2100: 100 years with 25 leap days (2000 is leap, 2100 is not in range)
    expect(daysBetween("2000-01-01", "2100-01-01")).toBe(36525);
    expect(dayOfWeek("2026-11-28")).toBe(6); // Saturday
    expect(dayOfWeek("1970-01-01")).toBe(4); // Thursday
    expect(dayOfWeek("2000-01-01")).toBe(6); // Saturday
    expect(["2026-12-01", "2026-01-31", "2025-12-31"].sort(compareDates)).toEqual(["2025-12-31", "2026-01-31", "2026-12-01"]);
  });

  it("rejects impossible dates and ranges leaving 0001–9999", () => {
    expect(codes(() => addDays("2026-02-30", 1.5))).toEqual(["date:validation.calendar-date", "days:validation.integer"]);
    expect(codes(() => addDays("9999-12-31", 1))).toEqual(["days:validation.date-range"]);
    expect(codes(() => daysBetween(undefined as never, 5 as never))).toEqual(["from:validation.required", "to:validation.type"]);
  });

  it("agrees with an independent count of days (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 9990 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: -3000, max: 3000 }), (y, m, d, n) => {
        const date = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const later = addDays(date, n);
        expect(daysBetween(date, later)).toBe(n);
        expect(addDays(later, -n)).toBe(date);
        // the weekday advances by n mod 7
        expect(dayOfWeek(later)).toBe((((dayOfWeek(date) + n) % 7) + 7) % 7);
      }),
    );
  });
});

describe("periodOf", () => {
  it("builds the periods of 28 November 2026 (a Saturday) for a calendar fiscal year", () => {
    expect(periodOf("week", "2026-11-28")).toEqual({ start: "2026-11-23", end: "2026-11-29" });
    expect(periodOf("month", "2026-11-28")).toEqual({ start: "2026-11-01", end: "2026-11-30" });
    expect(periodOf("quarter", "2026-11-28")).toEqual({ start: "2026-10-01", end: "2026-12-31" });
    expect(periodOf("half", "2026-11-28")).toEqual({ start: "2026-07-01", end: "2026-12-31" });
    expect(periodOf("year", "2026-11-28")).toEqual({ start: "2026-01-01", end: "2026-12-31" });
  });

  it("follows fiscal years that start in any month", () => {
    // April–March (Japan, India, UK government): Q1 is April–June
    expect(periodOf("quarter", "2026-05-20", { fiscalYearStartMonth: 4 })).toEqual({ start: "2026-04-01", end: "2026-06-30" });
    expect(periodOf("quarter", "2027-02-01", { fiscalYearStartMonth: 4 })).toEqual({ start: "2027-01-01", end: "2027-03-31" });
    // October–September (US federal): FY2027 runs 2026-10-01 to 2027-09-30
    expect(periodOf("year", "2026-11-28", { fiscalYearStartMonth: 10 })).toEqual({ start: "2026-10-01", end: "2027-09-30" });
    expect(periodOf("half", "2027-03-31", { fiscalYearStartMonth: 10 })).toEqual({ start: "2026-10-01", end: "2027-03-31" });
    // a February start keeps a leap day inside the right quarter
    expect(periodOf("quarter", "2028-01-15", { fiscalYearStartMonth: 2 })).toEqual({ start: "2027-11-01", end: "2028-01-31" });
    expect(periodOf("quarter", "2028-02-29", { fiscalYearStartMonth: 12 })).toEqual({ start: "2027-12-01", end: "2028-02-29" });
  });

  it("starts weeks on the configured day", () => {
    expect(periodOf("week", "2026-11-28", { weekStartsOn: 0 })).toEqual({ start: "2026-11-22", end: "2026-11-28" });
    expect(periodOf("week", "2026-11-28", { weekStartsOn: 6 })).toEqual({ start: "2026-11-28", end: "2026-12-04" });
    expect(periodOf("week", "2027-01-01")).toEqual({ start: "2026-12-28", end: "2027-01-03" });
  });

  it("rejects every bad argument at once", () => {
    expect(codes(() => periodOf("fortnight" as PeriodKind, "2026-02-30", { fiscalYearStartMonth: 13, weekStartsOn: 7 }))).toEqual([
      "kind:validation.enum",
      "date:validation.calendar-date",
      "opts.fiscalYearStartMonth:validation.range",
      "opts.weekStartsOn:validation.range",
    ]);
  });

  const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const kind = fc.constantFrom<PeriodKind>(...PERIOD_KINDS);
  const fiscal = fc.integer({ min: 1, max: 12 });
  const week = fc.integer({ min: 0, max: 6 });

  it("contains its date, has the right length and is stable (property)", () => {
    fc.assert(
      fc.property(kind, date, fiscal, week, (k, d, f, w) => {
        const p = periodOf(k, d, { fiscalYearStartMonth: f, weekStartsOn: w });
        expect(isWithinPeriod(d, p)).toBe(true);
        expect(periodOf(k, p.start, { fiscalYearStartMonth: f, weekStartsOn: w })).toEqual(p);
        expect(periodOf(k, p.end, { fiscalYearStartMonth: f, weekStartsOn: w })).toEqual(p);
        const days = periodDays(p);
        const bounds: Record<PeriodKind, [number, number]> = { week: [7, 7], month: [28, 31], quarter: [89, 92], half: [181, 184], year: [365, 366] };
        expect(days).toBeGreaterThanOrEqual(bounds[k][0]);
        expect(days).toBeLessThanOrEqual(bounds[k][1]);
        if (k === "week") expect(dayOfWeek(p.start)).toBe(w);
        else expect(Number(p.start.slice(5, 7)) % ({ month: 1, quarter: 3, half: 6, year: 12 }[k])).toBe(f % ({ month: 1, quarter: 3, half: 6, year: 12 }[k]));
      }),
      { numRuns: 2000 },
    );
  });

  it("consecutive quarters, halves and months tile each fiscal year exactly (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom<PeriodKind>("month", "quarter", "half"), date, fiscal, (k, d, f) => {
        const year = periodOf("year", d, { fiscalYearStartMonth: f });
        const parts = { month: 12, quarter: 4, half: 2 }[k as "month" | "quarter" | "half"];
        let p = periodOf(k, year.start, { fiscalYearStartMonth: f });
        let total = 0;
        for (let i = 0; i < parts; i++) {
          if (i > 0) {
            const next = shiftPeriod(k, p, 1, { fiscalYearStartMonth: f });
            expect(next.start).toBe(addDays(p.end, 1)); // no gap, no overlap
            p = next;
          }
          total += periodDays(p);
        }
        expect(p.end).toBe(year.end);
        expect(total).toBe(periodDays(year));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("period arithmetic", () => {
  const q4 = { start: "2026-10-01", end: "2026-12-31" };

  it("counts elapsed days inclusively", () => {
    expect(elapsedFraction(q4, "2026-11-28")).toBe(59 / 92);
    expect(elapsedFraction(q4, "2026-10-01")).toBe(1 / 92);
    expect(elapsedFraction(q4, "2026-12-31")).toBe(1);
    expect(elapsedFraction(q4, "2026-09-30")).toBe(0);
    expect(elapsedFraction(q4, "2027-01-15")).toBe(1);
    expect(elapsedFraction({ start: "2026-11-28", end: "2026-11-28" }, "2026-11-28")).toBe(1);
  });

  it("measures lengths and overlaps", () => {
    expect(periodDays(q4)).toBe(92);
    expect(periodDays({ start: "2028-02-01", end: "2028-02-29" })).toBe(29);
    expect(overlapDays(q4, { start: "2026-12-15", end: "2027-01-15" })).toBe(17);
    expect(overlapDays(q4, { start: "2027-01-01", end: "2027-01-15" })).toBe(0);
    expect(overlapDays(q4, { start: "2026-01-01", end: "2027-12-31" })).toBe(92);
  });

  it("shifts periods forward and back", () => {
    expect(shiftPeriod("quarter", q4)).toEqual({ start: "2027-01-01", end: "2027-03-31" });
    expect(shiftPeriod("month", { start: "2026-03-01", end: "2026-03-31" }, -1)).toEqual({ start: "2026-02-01", end: "2026-02-28" });
    expect(shiftPeriod("week", { start: "2026-11-23", end: "2026-11-29" }, 5)).toEqual({ start: "2026-12-28", end: "2027-01-03" });
    expect(shiftPeriod("year", q4, -2, { fiscalYearStartMonth: 4 })).toEqual({ start: "2024-04-01", end: "2025-03-31" });
  });

  it("rejects reversed periods", () => {
    expect(codes(() => periodDays({ start: "2026-12-31", end: "2026-10-01" }))).toEqual(["period:validation.period-order"]);
    expect(codes(() => elapsedFraction({ start: "2026-10-01" } as never, "nope"))).toEqual(["period.end:validation.required", "asOf:validation.calendar-date"]);
  });

  it("elapsed share is monotone in asOf and within [0, 1] (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: -50, max: 500 }), fc.integer({ min: 0, max: 10 }), (len, offset, step) => {
        const p = { start: "2026-01-01", end: addDays("2026-01-01", len) };
        const a = elapsedFraction(p, addDays(p.start, offset));
        const b = elapsedFraction(p, addDays(p.start, offset + step));
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(1);
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });
});
