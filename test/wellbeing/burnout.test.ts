/**
 * Burnout-risk signals: research case B1 (shared/research/feedback-culture-conflict.md §7.7),
 * worked examples of every signal with the arithmetic written out, validation, and properties.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFinding, ValidationError } from "team-playbook/core";
import {
  BURNOUT_PULSE_ITEMS,
  DEFAULT_WELLBEING_POLICY,
  PULSE_FREQUENCY_ANCHORS,
  burnoutSignals,
  wellbeingMessagesEn,
  wellbeingMessagesZhCN,
  type BurnoutPulse,
  type MemberWellbeingData,
} from "team-playbook/wellbeing";
import { issuesOf } from "../support/issues.js";

const B1: BurnoutPulse = { date: "2026-11-20", exhaustion: [5, 4, 5], cynicism: [2, 3, 1], efficacy: [4, 3, 5] };
const one = (m: Omit<MemberWellbeingData, "memberId">, opts: Record<string, unknown> = {}) => burnoutSignals([{ memberId: "m-wang", ...m }], { asOf: "2026-11-28", ...opts }).members[0]!;

describe("B1: a nine-item pulse is reported per subscale, never as one total", () => {
  it("EE 5+4+5 = 14/18, DP 2+3+1 = 6/18, PA 4+3+5 = 12/18", () => {
    const row = one({ pulses: [B1] });
    expect(row.pulse).toEqual({ date: "2026-11-20", exhaustion: 14, cynicism: 6, efficacy: 12, stale: false });
    // no total anywhere: 14 + 6 + 12 = 32 appears nowhere, and no key names a total or a diagnosis
    expect(JSON.stringify(row)).not.toMatch(/total|diagnos|32/);
    // exhaustion 14 ≥ 12 is a signal; cynicism 6 < 9 is not; efficacy 12 > 6 is not (higher efficacy = less risk)
    expect(row.signals).toEqual(["exhaustion"]);
    expect(row.findings).toEqual([
      { code: "wellbeing.pulse.exhaustion-high", severity: "warning", path: ["members", 0, "pulses", 0, "exhaustion"], params: { memberId: "m-wang", date: "2026-11-20", score: 14, threshold: 12 } },
    ]);
    expect(formatFinding(row.findings[0]!, "zh-CN")).toBe("m-wang 在 2026-11-20 的脉搏调查中“精力耗竭”得分 14/18（达到 12）：问问TA最近扛得住吗。这只是提醒你去沟通，不是诊断。");
    expect(formatFinding(row.findings[0]!, "en")).toMatch(/14 out of 18 .*not a diagnosis/);
  });

  it("each subscale has its own threshold; efficacy is reversed (low is the signal)", () => {
    const row = one({ pulses: [B1] }, { cynicismHigh: 6, efficacyLow: 12 });
    expect(row.signals).toEqual(["exhaustion", "cynicism", "low-efficacy"]);
    expect(one({ pulses: [B1] }, { exhaustionHigh: 15 }).signals).toEqual([]);
  });

  it("ships nine questions of its own wording, three per dimension, on a 0–6 frequency scale", () => {
    expect(BURNOUT_PULSE_ITEMS.map((i) => i.dimension)).toEqual(["exhaustion", "exhaustion", "exhaustion", "cynicism", "cynicism", "cynicism", "efficacy", "efficacy", "efficacy"]);
    expect(PULSE_FREQUENCY_ANCHORS.map((a) => a.value)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // none of the licensed MBI wording (research §2.3, §9 caveat 7)
    const text = BURNOUT_PULSE_ITEMS.map((i) => i.en).join(" ").toLowerCase();
    for (const phrase of ["emotionally drained", "used up", "burned out", "callous", "recipients", "worthwhile things", "effective contribution"]) expect(text).not.toContain(phrase);
    expect(Object.isFrozen(BURNOUT_PULSE_ITEMS[0])).toBe(true);
  });
});

describe("hours", () => {
  // asOf Saturday 2026-11-28; window 4 weeks = the 28 days 2026-11-01..2026-11-28 for a week's last day
  const weeks = [
    { weekStart: "2026-10-19", hours: 80 }, // ends 10-25: before the window
    { weekStart: "2026-10-26", hours: 52, afterHoursHours: 10 }, // ends 11-01: first day of the window
    { weekStart: "2026-11-02", hours: 48, afterHoursHours: 8 },
    { weekStart: "2026-11-09", hours: 55 }, // no after-hours figure
    { weekStart: "2026-11-16", hours: 50, afterHoursHours: 14 },
    { weekStart: "2026-11-23", hours: 30 }, // ends 11-29: not complete on asOf
  ];
  it("mean of the completed weeks in the window: (52 + 48 + 55 + 50) / 4 = 51.25 > 50", () => {
    const row = one({ weeks });
    expect(row.hours).toEqual({ weeks: 4, meanHours: 51.25, afterHoursShare: 32 / 150 });
    // after-hours over the weeks that give it: (10 + 8 + 14) / (52 + 48 + 50) = 32/150 = 21.3 % > 20 %
    expect(row.signals).toEqual(["long-hours", "after-hours"]);
    expect(row.findings.map((f) => f.params)).toEqual([
      { memberId: "m-wang", meanHours: 51.3, limit: 50, weeks: 4 },
      { memberId: "m-wang", percent: 21.3, limitPercent: 20, weeks: 3 },
    ]);
    expect(formatFinding(row.findings[1]!, "zh-CN")).toBe("m-wang 最近 3 周有 21.3% 的工作时间在下班后，超过了 20%：了解一下是什么让TA晚上和周末还在忙。");
  });
  it("exactly at the limit raises nothing (the limit is 'more than')", () => {
    expect(one({ weeks: [{ weekStart: "2026-11-16", hours: 50, afterHoursHours: 10 }] }).signals).toEqual([]);
  });
  it("a longer window and a lower limit are policy", () => {
    expect(one({ weeks }, { hoursWindowWeeks: 5, maxWeeklyHours: 60 }).hours?.weeks).toBe(5);
    expect(one({ weeks }, { hoursWindowWeeks: 5, maxWeeklyHours: 60 }).signals).toEqual(["after-hours"]); // (80+52+48+55+50)/5 = 57
  });
});

describe("leave", () => {
  it("no leave for 6 calendar months: 2026-08-31 minus 6 months is 2026-02-28 (day clamped)", () => {
    const asOf = "2026-08-31";
    expect(one({ leave: { lastLeaveDay: "2026-02-28" } }, { asOf }).signals).toEqual(["no-leave"]);
    expect(one({ leave: { lastLeaveDay: "2026-03-01" } }, { asOf }).signals).toEqual([]);
    const f = one({ leave: { lastLeaveDay: "2026-02-28" } }, { asOf }).findings[0]!;
    expect(f.params).toEqual({ memberId: "m-wang", lastLeaveDay: "2026-02-28", days: 184, months: 6 }); // 3 + 31·3 + 30·2 + 28 = 184
    expect(formatFinding(f, "zh-CN")).toBe("m-wang 上次休假是 2026-02-28，已经 184 天了（已满 6 个月）：鼓励TA安排一次像样的休假。");
  });
  it("without a last leave day, tracking since a day counts; booked leave after asOf raises nothing", () => {
    const row = one({ leave: { trackedSince: "2026-01-15" } });
    expect(row.signals).toEqual(["no-leave"]);
    expect(formatFinding(row.findings[0]!, "en")).toBe("m-wang has taken no leave in the 317 days since 2026-01-15 (6 months or more): encourage them to plan a proper break.");
    expect(one({ leave: { lastLeaveDay: "2026-12-20" } }).signals).toEqual([]);
  });
  it("unused leave pro rata: 10 days a year, 2026-07-01 is day 182 of 365 → 10·182/365 = 4.99 < 5; day 183 → 5.01 ≥ 5", () => {
    const leave = { year: { start: "2026-01-01", end: "2026-12-31" }, entitlementDays: 10 };
    expect(one({ leave }, { asOf: "2026-07-01" }).signals).toEqual([]);
    const row = one({ leave }, { asOf: "2026-07-02" });
    expect(row.signals).toEqual(["unused-leave"]);
    expect(row.leave?.accruedDays).toBeCloseTo(1830 / 365, 12);
    expect(row.findings[0]).toMatchObject({ severity: "info", params: { accruedDays: 5, takenDays: 0, unusedDays: 5, limit: 5 } });
    expect(one({ leave: { ...leave, takenDays: 1 } }, { asOf: "2026-07-02" }).signals).toEqual([]);
  });
});

describe("workload", () => {
  it("42 against 35 is 120 %: over capacity; exactly at capacity is not", () => {
    const row = one({ load: { load: 42, capacity: 35 } });
    expect(row.load).toEqual({ load: 42, capacity: 35, ratio: 1.2 });
    expect(formatFinding(row.findings[0]!, "en")).toBe("m-wang carries a load of 42 against a capacity of 35 (120%): rebalance the work or agree what can wait.");
    expect(one({ load: { load: 35, capacity: 35 } }).signals).toEqual([]);
    expect(one({ load: { load: 42, capacity: 35 } }, { maxLoadRatio: 1.25 }).signals).toEqual([]);
  });
});

describe("pulses", () => {
  it("the latest on or before asOf counts; later ones are ignored", () => {
    const calm: BurnoutPulse = { date: "2026-12-01", exhaustion: [0, 0, 0], cynicism: [0, 0, 0], efficacy: [6, 6, 6] };
    const older: BurnoutPulse = { ...calm, date: "2026-10-01" };
    expect(one({ pulses: [calm, B1, older] }).pulse?.date).toBe("2026-11-20");
  });
  it("a pulse older than 90 days is shown as stale and raises no signal", () => {
    const row = one({ pulses: [{ ...B1, date: "2026-08-29" }] }); // 91 days before 2026-11-28
    expect(row.pulse?.stale).toBe(true);
    expect(row.signals).toEqual([]);
    expect(row.findings.map((f) => [f.code, f.params?.["days"]])).toEqual([["wellbeing.pulse.stale", 91]]);
    expect(one({ pulses: [{ ...B1, date: "2026-08-30" }] }).signals).toEqual(["exhaustion"]); // 90 days: current
  });
  it("no data, no signals", () => {
    expect(one({})).toEqual({ memberId: "m-wang", signals: [], findings: [] });
  });
});

describe("validation", () => {
  it("names every bad path in one ValidationError", () => {
    const bad = [
      { memberId: "a", weeks: [{ weekStart: "2026-11-16", hours: 40, afterHoursHours: 41 }, { weekStart: "2026-11-16", hours: 200 }] },
      { memberId: "a", load: { load: -1, capacity: 0 }, leave: { year: { start: "2026-01-01", end: "2026-12-31" }, takenDays: 2 } },
      { memberId: "", pulses: [{ date: "2026-11-20", exhaustion: [7, 1, 1], cynicism: [1, 1], efficacy: [1, 1, 1.5] }] },
    ];
    expect(issuesOf(() => burnoutSignals(bad as never, { asOf: "2026-02-30", exhaustionHigh: 19, hoursWindowWeeks: 0 } as never))).toEqual([
      "members.0.weeks.0.afterHoursHours:validation.range",
      "members.0.weeks.1.weekStart:validation.duplicate",
      "members.0.weeks.1.hours:validation.range",
      "members.1.memberId:validation.duplicate",
      "members.1.leave.year:validation.requires",
      "members.1.leave.takenDays:validation.requires",
      "members.1.load.load:validation.range",
      "members.1.load.capacity:validation.range",
      "members.2.memberId:validation.empty",
      "members.2.pulses.0.exhaustion.0:validation.range",
      "members.2.pulses.0.cynicism:validation.length",
      "members.2.pulses.0.efficacy.2:validation.integer",
      "opts.asOf:validation.calendar-date",
      "opts.hoursWindowWeeks:validation.range",
      "opts.exhaustionHigh:validation.range",
    ]);
  });
  it("rejects non-objects with a ValidationError, never a TypeError", () => {
    expect(() => burnoutSignals(null as never, null as never)).toThrow(ValidationError);
    expect(issuesOf(() => burnoutSignals([null, 3] as never, { asOf: "2026-11-28" }))).toEqual(["members.0:validation.type", "members.1:validation.type"]);
  });
});

describe("results and arguments", () => {
  const member: MemberWellbeingData = { memberId: "m-wang", weeks: [{ weekStart: "2026-11-16", hours: 54, afterHoursHours: 12 }], leave: { lastLeaveDay: "2026-04-30" }, load: { load: 42, capacity: 35 }, pulses: [B1] };
  it("never mutate the arguments and survive a JSON round trip", () => {
    const members = [member];
    const opts = { asOf: "2026-11-28", maxWeeklyHours: 45 };
    const before = structuredClone([members, opts]);
    const r = burnoutSignals(members, opts);
    expect([members, opts]).toEqual(before);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
  it("every finding renders fully in English and Chinese", () => {
    const codes = new Set<string>();
    const rows = [
      one(member), one({ leave: { trackedSince: "2026-01-01", year: { start: "2026-01-01", end: "2026-12-31" }, entitlementDays: 20 } }),
      one({ pulses: [{ date: "2026-11-20", exhaustion: [6, 6, 6], cynicism: [6, 6, 6], efficacy: [0, 0, 0] }] }), one({ pulses: [{ ...B1, date: "2026-01-01" }] }),
    ];
    for (const f of rows.flatMap((r) => r.findings)) {
      codes.add(f.code);
      for (const text of [formatFinding(f, "en"), formatFinding(f, "zh-CN")]) expect(text).not.toMatch(/\{[A-Za-z]+\}|undefined|NaN/);
      expect(formatFinding(f, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    }
    expect([...codes].sort()).toEqual(Object.keys(wellbeingMessagesEn).filter((c) => !c.includes("challenge")).sort());
    expect(Object.keys(wellbeingMessagesZhCN).sort()).toEqual(Object.keys(wellbeingMessagesEn).sort());
  });
  it("the default policy is frozen", () => {
    expect(Object.isFrozen(DEFAULT_WELLBEING_POLICY)).toBe(true);
  });
});

describe("properties", () => {
  const answer = fc.integer({ min: 0, max: 6 });
  const three = fc.tuple(answer, answer, answer);
  const pulse = fc.record({ exhaustion: three, cynicism: three, efficacy: three });
  it("each subscale is the sum of its own three answers, in 0–18, and only its own answers move it", () => {
    fc.assert(
      fc.property(pulse, three, (p, other) => {
        const row = one({ pulses: [{ date: "2026-11-20", ...p }] });
        const changed = one({ pulses: [{ date: "2026-11-20", ...p, cynicism: other }] });
        const sum = (a: readonly number[]) => a.reduce((s, x) => s + x, 0);
        expect(row.pulse).toMatchObject({ exhaustion: sum(p.exhaustion), cynicism: sum(p.cynicism), efficacy: sum(p.efficacy) });
        for (const k of ["exhaustion", "cynicism", "efficacy"] as const) expect(row.pulse![k]).toBeGreaterThanOrEqual(0), expect(row.pulse![k]).toBeLessThanOrEqual(18);
        expect([changed.pulse!.exhaustion, changed.pulse!.efficacy]).toEqual([row.pulse!.exhaustion, row.pulse!.efficacy]);
        // signals of one dimension never depend on another's answers
        expect(changed.signals.includes("exhaustion")).toBe(row.signals.includes("exhaustion"));
        expect(changed.signals.includes("low-efficacy")).toBe(row.signals.includes("low-efficacy"));
      }),
    );
  });
  it("more hours never remove the long-hours signal; signals from other sources are untouched by hours", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 60 }), pulse, (hours, extra, p) => {
        const weeks = hours.map((h, i) => ({ weekStart: `2026-11-${String(2 + 7 * i).padStart(2, "0")}`, hours: h }));
        const more = weeks.map((w, i) => (i === 0 ? { ...w, hours: Math.min(168, w.hours + extra) } : w));
        const a = one({ weeks, pulses: [{ date: "2026-11-20", ...p }] }, { asOf: "2026-11-29" });
        const b = one({ weeks: more, pulses: [{ date: "2026-11-20", ...p }] }, { asOf: "2026-11-29" });
        if (a.signals.includes("long-hours")) expect(b.signals).toContain("long-hours");
        expect(b.pulse).toEqual(a.pulse);
        expect(b.signals.filter((s) => s !== "long-hours")).toEqual(a.signals.filter((s) => s !== "long-hours"));
      }),
    );
  });
  it("the result does not depend on the order of a member's weeks and pulses", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), (order) => {
        const weeks = [0, 1, 2, 3].map((i) => ({ weekStart: `2026-11-${String(2 + 7 * i).padStart(2, "0")}`, hours: 45 + i * 3, afterHoursHours: i * 4 }));
        const pulses = [0, 1, 2, 3].map((i) => ({ ...B1, date: `2026-11-${String(10 + i).padStart(2, "0")}`, efficacy: [i, i, i] as [number, number, number] }));
        const a = one({ weeks, pulses }, { asOf: "2026-11-29" });
        const b = one({ weeks: order.map((i) => weeks[i]!), pulses: order.map((i) => pulses[i]!) }, { asOf: "2026-11-29" });
        expect({ ...b, findings: b.findings.map((f) => f.code) }).toEqual({ ...a, findings: a.findings.map((f) => f.code) });
      }),
    );
  });
});
