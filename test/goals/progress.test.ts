import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError, addDays, formatExplanation } from "team-playbook/core";
import { goalProgress, type Goal, type GoalDirection, type GoalMetric } from "team-playbook/goals";

const q4 = (metric: GoalMetric): Goal => ({ id: "g", title: "Q4", ownerId: "am", metric, start: "2026-10-01", due: "2026-12-31" });
const count = (target: number, baseline = 0) => q4({ unit: "count", direction: "increase", baseline, target });

describe("goalProgress: worked examples", () => {
  it("50 of 100 on 28 November: 59 of 92 days gone, gap 14.1 points, on track", () => {
    const p = goalProgress(count(100), [{ date: "2026-11-28", value: 50 }], "2026-11-28");
    expect(p.current).toBe(50);
    expect(p.progress).toBe(0.5);
    expect(p.expected).toBe(59 / 92);
    // gap = (59/92 − 0.5) × 100 = 14.130… ≤ 16.5
    expect(p.gap).toBeCloseTo((59 / 92 - 0.5) * 100, 12);
    expect(p.status).toBe("on-track");
    // run-rate: 0 + 50 / (59/92) = 77.97; still needed: (100 − 50) / 33 days left = 1.515 a day
    expect(p.projected).toBeCloseTo(50 / (59 / 92), 12);
    expect(p.requiredRate).toBeCloseTo(50 / 33, 12);
  });

  it("classifies the gap at the Engagedly thresholds: ≤ 16.5 on track, ≤ 33 at risk, beyond off track", () => {
    // On 2026-11-15, 46 of 92 days are gone: expected exactly 0.5.
    const at = (value: number) => goalProgress(count(1000), [{ date: "2026-11-15", value }], "2026-11-15");
    expect(at(335).gap).toBeCloseTo(16.5, 9);
    expect(at(335).status).toBe("on-track");
    expect(at(334).status).toBe("at-risk");
    expect(at(170).status).toBe("at-risk"); // gap 33.0
    expect(at(169).status).toBe("off-track");
  });

  it("measures a decrease from its baseline (research T6: 30 → 20 hours, now 24 = 60%)", () => {
    const goal = q4({ unit: "hours", direction: "decrease", baseline: 30, target: 20 });
    expect(goalProgress(goal, [{ date: "2026-11-01", value: 24 }], "2026-11-28").progress).toBeCloseTo(0.6, 12);
    // getting worse: 33 → (33 − 30)/(20 − 30) = −0.3, floored at 0
    expect(goalProgress(goal, [{ date: "2026-11-01", value: 33 }], "2026-11-28").progress).toBe(0);
    // required change: (20 − 24) / 33 days = −0.121 hours a day
    expect(goalProgress(goal, [{ date: "2026-11-01", value: 24 }], "2026-11-28").requiredRate).toBeCloseTo(-4 / 33, 12);
    // met at the target exactly (≤ for lower-is-better)
    expect(goalProgress(goal, [{ date: "2026-11-01", value: 20 }], "2026-11-28").status).toBe("achieved");
  });

  it("measures an increase from a non-zero baseline (research T6: NPS 40 → 60, now 52 = 60%)", () => {
    const goal = q4({ unit: "points", direction: "increase", baseline: 40, target: 60 });
    const p = goalProgress(goal, [{ date: "2026-11-28", value: 52 }], "2026-11-28");
    expect(p.progress).toBeCloseTo(0.6, 12);
    expect(p.projected).toBeCloseTo(40 + 12 / (59 / 92), 12);
  });

  it("keeps progress above 1 when the target is beaten, and says achieved", () => {
    const p = goalProgress(count(100), [{ date: "2026-11-02", value: 130 }], "2026-11-28");
    expect(p.progress).toBeCloseTo(1.3, 12);
    expect(p.status).toBe("achieved");
    expect(p.requiredRate).toBe(0);
  });

  it("takes the latest check-in on or before asOf, the last one listed on a tie", () => {
    const ins = [
      { date: "2026-11-20", value: 45 },
      { date: "2026-11-01", value: 30 },
      { date: "2026-11-20", value: 47 },
      { date: "2026-12-01", value: 90 },
    ];
    expect(goalProgress(count(100), ins, "2026-11-28").current).toBe(47);
  });

  it("before the start: not started, expected 0", () => {
    const p = goalProgress(count(100), [], "2026-09-20");
    expect(p.status).toBe("not-started");
    expect(p.expected).toBe(0);
    expect(p.findings).toEqual([]); // no check-in is expected yet
  });

  it("no check-in yet: counts from the baseline and warns", () => {
    const p = goalProgress(count(100), [], "2026-11-28");
    expect(p.current).toBe(0);
    expect(p.status).toBe("off-track");
    expect(p.findings).toEqual([{ code: "goals.progress.no-check-in", severity: "warning", params: { asOf: "2026-11-28" } }]);
  });

  it("after the due date: missed or achieved", () => {
    expect(goalProgress(count(100), [{ date: "2026-12-31", value: 80 }], "2027-01-05").status).toBe("missed");
    expect(goalProgress(count(100), [{ date: "2026-12-31", value: 100 }], "2027-01-05").status).toBe("achieved");
  });

  it("threshold goals are on track while they hold, then achieved or missed", () => {
    const atLeast = q4({ unit: "percent", direction: "maintain-at-least", target: 95 });
    expect(goalProgress(atLeast, [{ date: "2026-11-28", value: 96 }], "2026-11-28").status).toBe("on-track");
    expect(goalProgress(atLeast, [{ date: "2026-11-28", value: 94.9 }], "2026-11-28").status).toBe("off-track");
    expect(goalProgress(atLeast, [{ date: "2026-12-31", value: 95 }], "2027-01-02").status).toBe("achieved");
    const atMost = q4({ unit: "CNY", direction: "maintain-at-most", target: 500000 });
    expect(goalProgress(atMost, [{ date: "2026-12-31", value: 500001 }], "2027-01-02").status).toBe("missed");
  });

  it("achieve goals are done or not", () => {
    const launch = q4({ unit: "done", direction: "achieve", target: 1 });
    expect(goalProgress(launch, [{ date: "2026-11-10", value: 1 }], "2026-11-28").status).toBe("achieved");
    const notYet = goalProgress(launch, [{ date: "2026-11-10", value: 0 }], "2026-11-28");
    expect([notYet.progress, notYet.status]).toEqual([0, "off-track"]);
  });

  it("says unknown when the goal cannot be measured", () => {
    expect(goalProgress({ id: "x", title: "提升客户满意度" }, [], "2026-11-28")).toMatchObject({ status: "unknown", progress: null, findings: [{ code: "goals.progress.no-metric" }] });
    expect(goalProgress(q4({ unit: "hours", direction: "decrease", target: 20 }), [], "2026-11-28")).toMatchObject({ status: "unknown", findings: [{ code: "goals.progress.no-baseline" }] });
    const noSpan = goalProgress({ id: "y", title: "y", metric: { unit: "count", direction: "increase", baseline: 0, target: 10 } }, [{ date: "2026-11-01", value: 4 }], "2026-11-28");
    expect(noSpan).toMatchObject({ status: "unknown", progress: 0.4, expected: null, findings: [{ code: "goals.progress.no-span" }] });
  });

  it("honours a stricter policy", () => {
    expect(goalProgress(count(100), [{ date: "2026-11-28", value: 50 }], "2026-11-28", { onTrackGap: 10, atRiskGap: 20 }).status).toBe("at-risk");
  });

  it("explains itself in both languages", () => {
    const p = goalProgress(count(100), [{ date: "2026-11-28", value: 50 }], "2026-11-28");
    expect(p.explanation.steps.map((s) => s.code)).toEqual([
      "goals.progress.current",
      "goals.progress.ratio",
      "goals.progress.expected",
      "goals.progress.projected",
      "goals.progress.required-rate",
      "goals.progress.status",
    ]);
    expect(formatExplanation(p.explanation, "en")).toEqual([
      "Current value on 2026-11-28: 50 (check-in of 2026-11-28).",
      "Progress = (50 − 0) / (100 − 0) = 0.5.",
      "Expected by 2026-11-28: the elapsed share of 2026-10-01 to 2026-12-31 = 0.6413.",
      "At this pace it ends at 0 + (50 − 0) / 0.6413 = 77.9661.",
      "To reach 100 from 50 in the 33 days left: 1.5152 per day.",
      "Behind pace by 14.1 points → on track.",
    ]);
    expect(formatExplanation(p.explanation, "zh-CN")[5]).toBe("落后 14.1 个百分点 → 进度正常。");
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it("rejects malformed input with every path", () => {
    try {
      goalProgress({ id: "", title: "t", metric: { direction: "sideways" as GoalDirection, target: "10" as never } }, [{ date: "2026-02-30", value: Number.NaN }], "tomorrow", { onTrackGap: -1 });
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path.join("."))).toEqual([
        "goal.id",
        "goal.metric.direction",
        "goal.metric.target",
        "checkIns.0.date",
        "checkIns.0.value",
        "asOf",
        "policy.onTrackGap",
      ]);
    }
  });
});

describe("goalProgress: properties", () => {
  const direction = fc.constantFrom<GoalDirection>("increase", "decrease");
  it("progress is monotonic in current, in the goal's direction", () => {
    fc.assert(
      fc.property(direction, fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: 0, max: 500 }), (dir, baseline, distance, a, step) => {
        const target = dir === "increase" ? baseline + distance : baseline - distance;
        const goal = q4({ unit: "count", direction: dir, baseline, target });
        const better = dir === "increase" ? a + step : a - step;
        const pa = goalProgress(goal, [{ date: "2026-11-01", value: a }], "2026-11-28").progress!;
        const pb = goalProgress(goal, [{ date: "2026-11-01", value: better }], "2026-11-28").progress!;
        expect(pa).toBeGreaterThanOrEqual(0);
        expect(pb).toBeGreaterThanOrEqual(pa);
      }),
    );
  });

  it("the order of check-ins does not matter apart from same-day ties", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 10 }), fc.integer({ min: 0, max: 100 }), (days, seed) => {
        const unique = days.map((d, i) => ({ date: addDays("2026-09-25", d), value: i * 7 + seed }));
        const shuffled = [...unique].reverse();
        expect(goalProgress(count(100), shuffled, "2026-11-28")).toEqual(goalProgress(count(100), unique, "2026-11-28"));
      }),
    );
  });
});
