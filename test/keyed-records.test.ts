/**
 * Records keyed by ids the app chooses (people in a RACI row, skills, credit attributes,
 * measures, start dates) keep every key through a schema, `__proto__` and `constructor`
 * included, so parsing and then computing gives what computing directly gives. zod's own
 * `z.record` drops a `__proto__` key (it assigns to a plain object).
 */
import { describe, expect, it } from "vitest";
import { parseRaciMatrix, validateRaci } from "team-playbook/collaboration";
import { RoleProfileSchema, SkillProfileSchema, skillGaps } from "team-playbook/development";
import { CreditSchema } from "team-playbook/incentives";
import { CadencePolicySchema } from "team-playbook/meetings";
import { ValidationError } from "team-playbook/core";

describe("keyed records survive parsing", () => {
  it("a RACI row whose person is called __proto__", () => {
    const m = JSON.parse('{"tasks":[{"id":"t1","roles":{"__proto__":["A"],"bob":["R"]}}]}');
    expect(validateRaci(m)).toEqual([]);
    expect(validateRaci(parseRaciMatrix(m))).toEqual([]);
    expect(Object.keys(parseRaciMatrix(m).tasks[0]!.roles)).toEqual(["__proto__", "bob"]);
  });
  it("skills called __proto__ and constructor", () => {
    const role = JSON.parse('{"requirements":{"__proto__":{"level":4},"constructor":{"level":2},"crm":{"level":2}}}');
    const member = JSON.parse('{"skills":{"__proto__":1,"crm":2}}');
    const direct = skillGaps(member, role);
    expect(direct.map((g) => g.skill)).toEqual(["__proto__", "constructor"]);
    expect(skillGaps(SkillProfileSchema.parse(member), RoleProfileSchema.parse(role))).toEqual(direct);
  });
  it("credit attributes and cadence start dates", () => {
    const credit = JSON.parse('{"id":"d1","amount":100,"date":"2026-11-10","payees":[{"id":"a","share":1}],"attributes":{"__proto__":true}}');
    expect(Object.keys(CreditSchema.parse(credit).attributes!)).toEqual(["__proto__"]);
    const policy = JSON.parse('{"oneOnOne":"monthly","startDates":{"__proto__":"2026-11-01"}}');
    expect(Object.keys(CadencePolicySchema.parse(policy).startDates!)).toEqual(["__proto__"]);
  });
  it("bad values inside a keyed record are still named by path", () => {
    const r = RoleProfileSchema.safeParse({ requirements: { crm: { level: 9 }, fc: "x" } });
    expect(r.success).toBe(false);
    expect(() => parseRaciMatrix({ tasks: [{ id: "t", roles: { bob: ["X"] } }] })).toThrow(ValidationError);
    try {
      parseRaciMatrix({ tasks: [{ id: "t", roles: { bob: ["X"], ann: 3 } }] });
      expect.unreachable("a ValidationError");
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => i.path.join("."))).toEqual(["tasks.0.roles.bob.0", "tasks.0.roles.ann"]);
    }
  });
});
