import { describe, expect, it } from "vitest";
import { checkSmart, checkSmartAll } from "team-playbook/goals";
import { AS_OF, PARENTS, STATEMENTS } from "../fixtures/goal-statements.js";

const goals = [...PARENTS, ...STATEMENTS.map((s) => s.goal)];

describe("thirty real goal statements (research notes §6)", () => {
  it.each(STATEMENTS.map((s) => [String(s.n), s] as const))("#%s has the documented verdict", (_n, s) => {
    const report = checkSmart(s.goal, { asOf: AS_OF, goals, ...(s.history === undefined ? {} : { history: s.history }) });
    const { specific, measurable, achievable, relevant, timeBound } = report.criteria;
    expect([specific.passed, measurable.passed, achievable.passed, relevant.passed, timeBound.passed]).toEqual(s.verdict);
    expect(report.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual(s.errors);
    expect(report.met).toBe(s.verdict.filter(Boolean).length);
    expect(report.passed).toBe(s.verdict.every(Boolean));
  });

  it("the stretch targets are warned about, not failed", () => {
    const warned = (n: number | string) => {
      const s = STATEMENTS.find((x) => x.n === n)!;
      return checkSmart(s.goal, { asOf: AS_OF, goals, ...(s.history === undefined ? {} : { history: s.history }) }).findings.filter((f) => f.severity === "warning");
    };
    expect(warned(24)).toEqual([expect.objectContaining({ code: "smart.achievable.stretch", params: { target: 50, best: 32, ratio: 1.56, limit: 3 } })]);
    expect(warned("30a")).toEqual([expect.objectContaining({ code: "smart.achievable.stretch", params: { target: 24, best: 40, ratio: 1.67, limit: 3 } })]);
    expect(warned(28)).toEqual([]); // exactly 1.5 times: not above the limit
  });

  it("checkSmartAll gives the same verdicts in one linear pass", () => {
    const history = Object.fromEntries(STATEMENTS.filter((s) => s.history !== undefined).map((s) => [s.goal.id, s.history!]));
    const reports = checkSmartAll(goals, { asOf: AS_OF, history });
    STATEMENTS.forEach((s) => {
      const one = checkSmart(s.goal, { asOf: AS_OF, goals, ...(s.history === undefined ? {} : { history: s.history }) });
      expect(reports[goals.indexOf(s.goal)]).toEqual(one);
    });
  });
});
