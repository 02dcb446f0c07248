/** Findings of the review of issue 8, pinned. */
import { describe, expect, it } from "vitest";
import { ValidationError } from "team-playbook/core";
import { burnoutSignals } from "team-playbook/wellbeing";

describe("signals are decided on exact decimals", () => {
  it("a mean of exactly 50 hours is not more than 50 (49.5 + 49.9 + 49.7 + 50.9 = 200 over 4 weeks)", () => {
    const weeks = [
      { weekStart: "2026-11-02", hours: 49.5 },
      { weekStart: "2026-11-09", hours: 49.9 },
      { weekStart: "2026-11-16", hours: 49.7 },
      { weekStart: "2026-11-23", hours: 50.9 },
    ];
    const r = burnoutSignals([{ memberId: "a", weeks }], { asOf: "2026-11-29" });
    expect(r.members[0]!.signals).toEqual([]);
    const over = burnoutSignals([{ memberId: "a", weeks: [...weeks.slice(0, 3), { weekStart: "2026-11-23", hours: 51 }] }], { asOf: "2026-11-29" });
    expect(over.members[0]!.signals).toEqual(["long-hours"]);
  });
  it("an after-hours share of exactly 30% (6.9 of 23 hours) is not more than 30%", () => {
    const r = burnoutSignals([{ memberId: "a", weeks: [{ weekStart: "2026-11-23", hours: 23, afterHoursHours: 6.9 }] }], { asOf: "2026-11-29", maxAfterHoursShare: 0.3 });
    expect(r.members[0]!.signals).toEqual([]);
  });
});

describe("loads and capacities are bounded, so every ratio is finite", () => {
  it("a capacity below 0.001 or a load above 10^15 is a ValidationError", () => {
    expect(() => burnoutSignals([{ memberId: "a", load: { load: 5, capacity: 5e-324 } }], { asOf: "2026-11-28" })).toThrow(ValidationError);
    expect(() => burnoutSignals([{ memberId: "a", load: { load: 1e308, capacity: 1 } }], { asOf: "2026-11-28" })).toThrow(ValidationError);
  });
});
