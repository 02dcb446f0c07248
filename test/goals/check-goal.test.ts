/**
 * The fast well-formedness test of goals must agree with the full checker that names every bad
 * path: an internal invariant, tested against the internal module directly.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RawIssue } from "team-playbook/core";
import { isWellFormedGoal, reportGoalIssues } from "../../src/goals/_lib/check-goal.js";

const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const text = fc.oneof(fc.string(), fc.constantFrom("", " ", "g1", "2026-11-28", "2026-02-30", "am-zhang"));
const num = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0));
const odd = fc.oneof(fc.constant(null), fc.boolean(), fc.array(fc.nat(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));
const anyOf = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, odd, fc.constant(undefined));

const goalLike = fc.record(
  {
    id: anyOf(text),
    title: anyOf(text),
    description: anyOf(text),
    ownerId: anyOf(text),
    start: anyOf(text),
    due: anyOf(text),
    parentId: anyOf(text),
    weight: anyOf(num),
    archived: anyOf(fc.boolean()),
    alignedTo: anyOf(fc.array(anyOf(text), { maxLength: 3 })),
    metric: anyOf(fc.record({ name: anyOf(text), unit: anyOf(text), direction: anyOf(fc.constantFrom("increase", "decrease", "maintain-at-least", "maintain-at-most", "achieve", "up")), baseline: anyOf(num), target: anyOf(num) }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
);

describe("isWellFormedGoal", () => {
  it("agrees with checkGoal on every input (property)", () => {
    fc.assert(
      fc.property(fc.oneof(goalLike, odd, maybe(text)), (value) => {
        const issues: RawIssue[] = [];
        const full = reportGoalIssues(value, ["goal"], issues);
        expect(full).toBe(issues.length === 0);
        expect(isWellFormedGoal(value)).toBe(full);
      }),
      { numRuns: 5000 },
    );
  });
});
