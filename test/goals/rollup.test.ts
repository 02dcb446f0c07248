import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "team-playbook/core";
import { checkCascade, rollUpProgress, type Goal } from "team-playbook/goals";

const g = (id: string, extra: Partial<Goal> = {}): Goal => ({ id, title: id, ...extra });

describe("rollUpProgress", () => {
  it("rolls up recursively: a company goal over two teams over people", () => {
    // team A = (1 × 0.8 + 1 × 0.4) / 2 = 0.6; team B = (3 × 1 + 1 × 0) / 4 = 0.75
    // company = (2 × 0.6 + 1 × 0.75) / 3 = 0.65
    const goals = [
      g("company"),
      g("A", { parentId: "company", weight: 2 }),
      g("B", { parentId: "company" }),
      g("a1", { parentId: "A" }),
      g("a2", { parentId: "A" }),
      g("b1", { parentId: "B", weight: 3 }),
      g("b2", { parentId: "B" }),
    ];
    const out = rollUpProgress(goals, { a1: 0.8, a2: 0.4, b1: 1, b2: 0 });
    expect(out["A"]).toBeCloseTo(0.6, 12);
    expect(out["B"]).toBeCloseTo(0.75, 12);
    expect(out["company"]).toBeCloseTo(0.65, 12);
  });

  it("leaves out archived children, weight 0 and children without progress; keeps a parent's own value when nothing is left", () => {
    const goals = [g("P"), g("A", { parentId: "P" }), g("B", { parentId: "P", weight: 0 }), g("C", { parentId: "P", archived: true }), g("D", { parentId: "P" }), g("Q"), g("Q1", { parentId: "Q", archived: true })];
    const out = rollUpProgress(goals, { A: 0.3, B: 1, C: 1, Q: 0.9, Q1: 0 });
    expect(out["P"]).toBeCloseTo(0.3, 12); // only A counts; D has no progress
    expect(out["Q"]).toBe(0.9);
    expect("D" in out).toBe(false);
  });

  it("treats a parent outside the list as a root, and keeps ids like __proto__ as plain keys", () => {
    const out = rollUpProgress([g("__proto__", { parentId: "elsewhere" }), g("x", { parentId: "__proto__" })], { x: 0.5 });
    expect(Object.prototype.hasOwnProperty.call(out, "__proto__")).toBe(true);
    expect(out["__proto__"]).toBe(0.5);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it("rejects cycles, duplicate ids and bad progress values", () => {
    const fails = (goals: Goal[], progress: Record<string, number>) => {
      try {
        rollUpProgress(goals, progress);
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).issues.map((i) => `${i.path.join(".")}:${i.code}`);
      }
      return [];
    };
    expect(fails([g("a", { parentId: "b" }), g("b", { parentId: "a" })], {})).toEqual(["goals.0.parentId:validation.cycle"]);
    expect(fails([g("r"), g("a", { parentId: "r" }), g("b", { parentId: "c" }), g("c", { parentId: "b" })], {})).toEqual(["goals.2.parentId:validation.cycle"]);
    expect(fails([g("a", { parentId: "a" })], {})).toEqual(["goals.0.parentId:validation.cycle"]);
    // a goal hanging below a loop is not named: the loop is
    expect(fails([g("c", { parentId: "a" }), g("a", { parentId: "b" }), g("b", { parentId: "a" })], {})).toEqual(["goals.1.parentId:validation.cycle"]);
    try {
      rollUpProgress([g("a", { parentId: "b" }), g("b", { parentId: "a" })], {});
    } catch (e) {
      expect((e as ValidationError).inLocale("zh-CN").issues[0]?.message).toBe("“a”成了自己的上级：上下级关系形成了循环。");
    }
    expect(fails([g("a"), g("a")], { a: Number.NaN })).toEqual(["goals.1.id:validation.duplicate", "progress.a:validation.number"]);
  });

  it("handles a chain of 100,000 goals without overflowing the stack", () => {
    const goals = Array.from({ length: 100_000 }, (_, i) => g(`g${i}`, i === 0 ? {} : { parentId: `g${i - 1}` }));
    const out = rollUpProgress(goals, { g99999: 0.42 });
    expect(out["g0"]).toBe(0.42);
  });

  it("stays within the range of the children (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ parent: fc.nat(), weight: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 10 })), progress: fc.double({ min: 0, max: 2, noNaN: true }), archived: fc.boolean() }), { minLength: 1, maxLength: 40 }),
        (rows) => {
          // goal i's parent is some goal before it, so the tree has no cycle
          const goals: Goal[] = rows.map((r, i) => g(`n${i}`, { ...(i === 0 ? {} : { parentId: `n${r.parent % i}` }), ...(r.weight === undefined ? {} : { weight: r.weight }), archived: r.archived }));
          const leaves = new Set(goals.map((x) => x.id));
          for (const x of goals) if (x.parentId !== undefined) leaves.delete(x.parentId);
          const given = Object.fromEntries(goals.filter((x) => leaves.has(x.id)).map((x, i) => [x.id, rows[i]!.progress]));
          const out = rollUpProgress(goals, given);
          for (const parent of goals) {
            const kids = goals.filter((k) => k.parentId === parent.id && k.archived !== true && (k.weight ?? 1) > 0 && out[k.id] !== undefined);
            if (kids.length === 0) continue;
            const values = kids.map((k) => out[k.id]!);
            expect(out[parent.id]!).toBeGreaterThanOrEqual(Math.min(...values) - 1e-12);
            expect(out[parent.id]!).toBeLessThanOrEqual(Math.max(...values) + 1e-12);
          }
        },
      ),
    );
  });
});

describe("checkCascade", () => {
  const team = g("team", { metric: { unit: "count", direction: "increase", baseline: 0, target: 60 }, start: "2027-01-01", due: "2027-03-31" });
  const kid = (id: string, target: number, extra: Partial<Goal> = {}) => g(id, { parentId: "team", metric: { unit: "count", direction: "increase", baseline: 0, target }, start: "2027-01-01", due: "2027-03-31", ...extra });

  it("accepts a cascade that covers its parent", () => {
    expect(checkCascade([team, kid("a", 20), kid("b", 25), kid("c", 15)])).toEqual([]);
  });

  it("finds targets that fall short, spans outside the parent, units that differ and unknown parents", () => {
    const findings = checkCascade([
      team,
      kid("a", 20),
      kid("b", 25, { due: "2027-04-15" }),
      kid("c", 9, { archived: true }),
      g("d", { parentId: "nowhere" }),
    ]);
    expect(findings).toEqual([
      { code: "goals.cascade.unknown-parent", severity: "info", path: [4, "parentId"], params: { childId: "d", parentId: "nowhere" } },
      { code: "goals.cascade.outside-parent-span", severity: "warning", path: [2], params: { childId: "b", parentId: "team" } },
      { code: "goals.cascade.targets-short", severity: "warning", path: [0], params: { parentId: "team", sum: 45, target: 60 } },
    ]);
    expect(checkCascade([team, kid("a", 60, { metric: { unit: "CNY", direction: "increase", baseline: 0, target: 60 } })]).map((f) => f.code)).toEqual(["goals.cascade.unit-mismatch"]);
  });

  it("does not add up rates or scores", () => {
    const rate = g("rate", { metric: { unit: "percent", direction: "increase", baseline: 80, target: 92 } });
    expect(checkCascade([rate, g("r1", { parentId: "rate", metric: { unit: "percent", direction: "increase", baseline: 80, target: 90 } })])).toEqual([]);
  });
});
