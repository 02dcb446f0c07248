import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  GoalMetricSchema,
  GoalSchema,
  ObservationSchema,
  ProgressPolicySchema,
  SmartPolicySchema,
  safeParseGoal,
  type Goal,
  type GoalMetric,
  type Observation,
  type ProgressPolicy,
  type SmartPolicy,
} from "team-playbook/goals";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<z.output<typeof GoalSchema>, Goal>,
  Same<z.output<typeof GoalMetricSchema>, GoalMetric>,
  Same<z.output<typeof ObservationSchema>, Observation>,
  Same<z.output<typeof SmartPolicySchema>, SmartPolicy>,
  Same<z.output<typeof ProgressPolicySchema>, ProgressPolicy>,
] = [true, true, true, true, true];

describe("goal schemas", () => {
  it("match their interfaces (checked at compile time)", () => {
    expect(sameTypes.every(Boolean)).toBe(true);
  });

  it("accept a poor but well-formed goal, and reject a malformed one with our codes", () => {
    expect(safeParseGoal({ id: "g1", title: "提升客户满意度" }).success).toBe(true);
    const bad = safeParseGoal({ id: "", title: "x", due: "2027-02-30", metric: { direction: "up" }, weight: -1 });
    expect(!bad.success && bad.error.issues.map((i) => `${i.path.join(".")}:${i.code}`)).toEqual([
      "id:validation.empty",
      "metric.direction:validation.enum",
      "due:validation.calendar-date",
      "weight:validation.range",
    ]);
  });
});
