import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  BurnoutPulseSchema,
  GoalResultSchema,
  LeaveRecordSchema,
  MemberWellbeingDataSchema,
  WellbeingPolicySchema,
  WorkWeekSchema,
  WorkloadSnapshotSchema,
  burnoutSignals,
  challengeBalance,
  parseGoalResults,
  parseMemberWellbeingData,
  safeParseGoalResults,
  safeParseMemberWellbeingData,
  type BurnoutPulse,
  type GoalResult,
  type LeaveRecord,
  type MemberWellbeingData,
  type WellbeingPolicy,
  type WorkWeek,
  type WorkloadSnapshot,
} from "team-playbook/wellbeing";
import { issuesOf } from "../support/issues.js";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<z.output<typeof BurnoutPulseSchema>, BurnoutPulse>,
  Same<z.output<typeof WorkWeekSchema>, WorkWeek>,
  Same<z.output<typeof LeaveRecordSchema>, LeaveRecord>,
  Same<z.output<typeof WorkloadSnapshotSchema>, WorkloadSnapshot>,
  Same<z.output<typeof MemberWellbeingDataSchema>, MemberWellbeingData>,
  Same<z.output<typeof GoalResultSchema>, GoalResult>,
  Same<z.output<typeof WellbeingPolicySchema>, WellbeingPolicy>,
] = [true, true, true, true, true, true, true];

const bad = [
  { memberId: "a", weeks: [{ weekStart: "2026-11-16", hours: 40, afterHoursHours: 41 }, { weekStart: "2026-11-16", hours: 200 }] },
  { memberId: "a", load: { load: -1, capacity: 0 }, leave: { year: { start: "2026-01-01", end: "2026-12-31" }, takenDays: 2 } },
  { memberId: "", pulses: [{ date: "2026-11-20", exhaustion: [7, 1, 1], cynicism: [1, 1], efficacy: [1, 1, 1.5] }] },
];

describe("wellbeing schemas", () => {
  it("match their interfaces (checked at compile time)", () => expect(sameTypes.every(Boolean)).toBe(true));
  it("parse good data and agree with the compute functions on bad data (same paths)", () => {
    expect(parseMemberWellbeingData([{ memberId: "a", pulses: [{ date: "2026-11-20", exhaustion: [1, 2, 3], cynicism: [0, 0, 0], efficacy: [6, 6, 6] }] }])).toHaveLength(1);
    const fromParse = issuesOf(() => parseMemberWellbeingData(bad)).map((i) => i.split(":")[0]).sort();
    const fromCompute = issuesOf(() => burnoutSignals(bad as never, { asOf: "2026-11-28" })).map((i) => i.split(":")[0]!.replace(/^members\./, "")).sort();
    expect(fromParse).toEqual(fromCompute);
    expect(safeParseMemberWellbeingData([{ memberId: "a" }, { memberId: "a" }]).success).toBe(false);
  });
  it("goal results: exactly one of attainment and met; one per member, goal and period", () => {
    const p = { start: "2026-10-01", end: "2026-10-31" };
    expect(parseGoalResults([{ memberId: "a", period: p, met: true }])).toHaveLength(1);
    const input = [{ memberId: "a", period: p, met: true, attainment: 1 }, { memberId: "b", period: p, met: true }, { memberId: "b", period: p, attainment: 2 }];
    const fromParse = issuesOf(() => parseGoalResults(input)).map((i) => i.split(":")[0]).sort();
    const fromCompute = issuesOf(() => challengeBalance(input as never, { asOf: "2026-12-31" })).map((i) => i.split(":")[0]!.replace(/^results\./, "")).sort();
    expect(fromParse).toEqual(fromCompute);
    expect(safeParseGoalResults([{ memberId: "a", period: p }], { locale: "zh-CN" }).success).toBe(false);
  });
  it("the policy schema bounds the thresholds", () => {
    expect(WellbeingPolicySchema.safeParse({ exhaustionHigh: 12, maxAfterHoursShare: 0.25 }).success).toBe(true);
    expect(WellbeingPolicySchema.safeParse({ maxAfterHoursShare: 1.5 }).success).toBe(false);
  });
});
