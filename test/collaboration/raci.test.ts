/**
 * RACI validation: research notes §4 and §7.5, cases R1–R10 (defaults maxConsulted = 3,
 * overloadShare = 0.5, overloadMinTasks = 4).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFinding } from "team-playbook/core";
import { DEFAULT_RACI_POLICY, parseRaciMatrix, safeParseRaciMatrix, validateRaci, type RaciLetter, type RaciMatrix, type RaciTask } from "team-playbook/collaboration";
import { issuesOf } from "../support/issues.js";

const one = (roles: RaciTask["roles"], id = "t1"): RaciMatrix => ({ tasks: [{ id, roles }] });
const codes = (m: RaciMatrix, opts?: Parameters<typeof validateRaci>[1]) => validateRaci(m, opts).map((f) => f.code);

describe("research cases R1–R10", () => {
  it("R1: Alice A, Bob R, Carol C, Dan I → valid, no warnings", () => {
    expect(validateRaci(one({ alice: ["A"], bob: ["R"], carol: ["C"], dan: ["I"] }))).toEqual([]);
  });
  it("R2: Bob R, Carol C → error no-accountable", () => {
    expect(validateRaci(one({ bob: ["R"], carol: ["C"] }))).toEqual([{ code: "raci.no-accountable", severity: "error", path: ["matrix", "tasks", 0], params: { taskId: "t1" } }]);
  });
  it("R3: Alice A, Erin A, Bob R → error multiple-accountable (count 2)", () => {
    const [f] = validateRaci(one({ erin: ["A"], alice: ["A"], bob: ["R"] }));
    expect(f).toEqual({ code: "raci.multiple-accountable", severity: "error", path: ["matrix", "tasks", 0], params: { taskId: "t1", count: 2, members: ["alice", "erin"] } });
    expect(formatFinding(f!, "zh-CN")).toBe("任务 t1 有 2 位最终负责人（A）：alice、erin。只能留一位，其他人可以改为执行（R）或咨询（C）。");
  });
  it("R4: Alice A only → warning implicit-responsible; strict → error no-responsible", () => {
    expect(validateRaci(one({ alice: ["A"] }))).toEqual([
      { code: "raci.implicit-responsible", severity: "warning", path: ["matrix", "tasks", 0, "roles", "alice"], params: { taskId: "t1", memberId: "alice" } },
    ]);
    expect(validateRaci(one({ alice: ["A"] }), { strict: true })).toEqual([{ code: "raci.no-responsible", severity: "error", path: ["matrix", "tasks", 0], params: { taskId: "t1" } }]);
  });
  it("R5: Alice {A,R}, Carol C → valid (A+R is the allowed combination)", () => {
    expect(validateRaci(one({ alice: ["A", "R"], carol: ["C"] }))).toEqual([]);
    expect(validateRaci(one({ alice: ["R", "A"] }), { strict: true })).toEqual([]);
  });
  it("R6: Alice A, Bob {R,C} → warning multiple-letters", () => {
    const f = validateRaci(one({ alice: ["A"], bob: ["C", "R"] }));
    expect(f).toEqual([{ code: "raci.multiple-letters", severity: "warning", path: ["matrix", "tasks", 0, "roles", "bob"], params: { taskId: "t1", memberId: "bob", letters: ["R", "C"] } }]);
    expect(formatFinding(f[0]!, "en")).toBe("bob is R, C on task t1: apart from A together with R, give each person one role per task.");
    // A with something other than R, and A+R with a third letter, are mixed too
    expect(codes(one({ alice: ["A", "C"], bob: ["R"] }))).toEqual(["raci.multiple-letters"]);
    expect(codes(one({ alice: ["A", "R", "I"] }))).toEqual(["raci.multiple-letters"]);
  });
  it("R7: Alice A, Bob R, 5 × C → warning too-many-consulted (5 > 3)", () => {
    const f = validateRaci(one({ alice: ["A"], bob: ["R"], c5: ["C"], c4: ["C"], c3: ["C"], c2: ["C"], c1: ["C"] }));
    expect(f).toEqual([
      { code: "raci.too-many-consulted", severity: "warning", path: ["matrix", "tasks", 0], params: { taskId: "t1", count: 5, limit: 3, members: ["c1", "c2", "c3", "c4", "c5"] } },
    ]);
    // exactly 3 is fine; the limit is configurable
    expect(validateRaci(one({ alice: ["A"], bob: ["R"], c1: ["C"], c2: ["C"], c3: ["C"] }))).toEqual([]);
    expect(codes(one({ alice: ["A"], bob: ["R"], c1: ["C"], c2: ["C"], c3: ["C"] }), { maxConsulted: 2 })).toEqual(["raci.too-many-consulted"]);
  });
  it("R8: 10 tasks, Bob R on 7 → warning overloaded for Bob (7/10 = 70 % > 50 %)", () => {
    const tasks = Array.from({ length: 10 }, (_, i) => ({ id: `t${i}`, roles: i < 7 ? { alice: ["A" as const], bob: ["R" as const] } : { alice: ["A" as const], carol: ["R" as const] } }));
    const f = validateRaci({ tasks });
    expect(f).toEqual([{ code: "raci.overloaded", severity: "warning", path: ["matrix", "tasks"], params: { memberId: "bob", count: 7, of: 10, percent: 70, limitPercent: 50 } }]);
    expect(formatFinding(f[0]!, "zh-CN")).toBe("bob 负责执行 10 个任务中的 7 个（70%，超过 50%）：考虑把部分工作分给其他人，或确认这样安排是否现实。");
    // exactly half is not more than half: 5 of 10
    expect(validateRaci({ tasks: tasks.map((t, i) => (i === 5 || i === 6 ? { ...t, roles: { alice: ["A" as const], carol: ["R" as const] } } : t)) })).toEqual([]);
  });
  it("R9: a cell \"X\" is a ValidationError (enum R/A/C/I), in validateRaci and in the schema", () => {
    const bad = one({ alice: ["A"], bob: ["X" as RaciLetter] });
    expect(issuesOf(() => validateRaci(bad))).toEqual(["matrix.tasks.0.roles.bob.0:validation.enum"]);
    expect(issuesOf(() => parseRaciMatrix(bad))).toEqual(["tasks.0.roles.bob.0:validation.enum"]);
    expect(safeParseRaciMatrix(bad).success).toBe(false);
  });
  it("R10: an empty row → errors no-accountable + no-responsible", () => {
    expect(codes(one({}))).toEqual(["raci.no-accountable", "raci.no-responsible"]);
    // a person listed with no letters is not involved
    expect(codes(one({ alice: [] }))).toEqual(["raci.no-accountable", "raci.no-responsible"]);
  });
});

describe("more rules", () => {
  it("two accountable and nobody responsible: nobody is implied to do the work", () => {
    expect(codes(one({ alice: ["A"], erin: ["A"] }))).toEqual(["raci.multiple-accountable", "raci.no-responsible"]);
  });
  it("the accountable person of a task without R counts as responsible for overload", () => {
    // 4 tasks: alice is A with no R on 3 of them → 3/4 = 75 % > 50 %
    const tasks = [0, 1, 2, 3].map((i) => ({ id: `t${i}`, roles: i < 3 ? { alice: ["A" as const] } : { alice: ["A" as const], bob: ["R" as const] } }));
    expect(validateRaci({ tasks }).filter((f) => f.code === "raci.overloaded").map((f) => f.params)).toEqual([{ memberId: "alice", count: 3, of: 4, percent: 75, limitPercent: 50 }]);
  });
  it("no overload check under 4 tasks (3 of 3 is not flagged); minimum and share are configurable, compared exactly", () => {
    const tasks = [0, 1, 2].map((i) => ({ id: `t${i}`, roles: { alice: ["A" as const], bob: ["R" as const] } }));
    expect(validateRaci({ tasks })).toEqual([]);
    expect(codes({ tasks }, { overloadMinTasks: 3 })).toEqual(["raci.overloaded"]);
    // 57 of 100 against 0.57 is not more (0.57 × 100 is 56.99999999999999 in binary floating point)
    const hundred = Array.from({ length: 100 }, (_, i) => ({ id: `t${i}`, roles: { alice: ["A" as const], [i < 57 ? "bob" : `p${i}`]: ["R" as const] } }));
    expect(codes({ tasks: hundred }, { overloadShare: 0.57 })).toEqual([]);
    expect(codes({ tasks: hundred }, { overloadShare: 0.56 })).toEqual(["raci.overloaded"]);
  });
  it("overloaded people: most tasks first, ties by id", () => {
    const tasks = Array.from({ length: 6 }, (_, i) => ({ id: `t${i}`, roles: { a: ["A" as const], zed: ["R" as const], amy: ["R" as const], ...(i < 5 ? { bob: ["R" as const] } : {}) } }));
    expect(validateRaci({ tasks }).map((f) => f.params?.["memberId"])).toEqual(["amy", "zed", "bob"]);
  });
  it("an empty matrix has no findings", () => {
    expect(validateRaci({ tasks: [] })).toEqual([]);
  });
  it("keys from JSON such as __proto__ are people like any other", () => {
    const m = JSON.parse('{"tasks":[{"id":"t1","roles":{"__proto__":["A"],"constructor":["R"]}}]}') as RaciMatrix;
    expect(validateRaci(m)).toEqual([]);
    expect(codes(JSON.parse('{"tasks":[{"id":"t1","roles":{"__proto__":["R"]}}]}'))).toEqual(["raci.no-accountable"]);
  });
  it("defaults are frozen", () => {
    expect(DEFAULT_RACI_POLICY).toEqual({ strict: false, maxConsulted: 3, overloadShare: 0.5, overloadMinTasks: 4 });
    expect(Object.isFrozen(DEFAULT_RACI_POLICY)).toBe(true);
  });
  it("every finding renders in both languages with no placeholder left", () => {
    const tasks: RaciTask[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ id: `t${i}`, roles: { bob: ["R" as const], a: ["A" as const] } })),
      { id: "x1", roles: { bob: ["R"], c1: ["C"], c2: ["C"], c3: ["C"], c4: ["C", "I"] } },
      { id: "x2", roles: { a: ["A"], b: ["A"] } },
      { id: "x3", roles: { a: ["A"] } },
    ];
    const all = [...validateRaci({ tasks }), ...validateRaci({ tasks }, { strict: true })];
    expect(new Set(all.map((f) => f.code)).size).toBe(7);
    for (const f of all) for (const locale of ["en", "zh-CN"] as const) expect(formatFinding(f, locale)).not.toMatch(/\{\w+\}|undefined|NaN/);
  });
});

describe("validation", () => {
  it("names every bad path in one ValidationError", () => {
    const bad = {
      tasks: [
        { id: "t1", roles: { a: ["A", "A"], "": ["R"], b: "R" } },
        { id: "t1", roles: [] },
        { roles: { a: ["a"] } },
        null,
      ],
    } as unknown as RaciMatrix;
    expect(issuesOf(() => validateRaci(bad, { strict: "yes", maxConsulted: -1, overloadShare: 1.5, overloadMinTasks: 0 } as never))).toEqual([
      "matrix.tasks.0.roles.a.1:validation.duplicate",
      "matrix.tasks.0.roles.:validation.empty",
      "matrix.tasks.0.roles.b:validation.type",
      "matrix.tasks.1.id:validation.duplicate",
      "matrix.tasks.1.roles:validation.type",
      "matrix.tasks.2.id:validation.required",
      "matrix.tasks.2.roles.a.0:validation.enum",
      "matrix.tasks.3:validation.type",
      "opts.strict:validation.type",
      "opts.maxConsulted:validation.range",
      "opts.overloadMinTasks:validation.range",
      "opts.overloadShare:validation.range",
    ]);
    expect(issuesOf(() => validateRaci(undefined as never))).toEqual(["matrix:validation.required"]);
    expect(issuesOf(() => validateRaci({} as never, 3 as never))).toEqual(["matrix.tasks:validation.required", "opts:validation.type"]);
  });
  it("the schema reports the same problems, from the root", () => {
    expect(issuesOf(() => parseRaciMatrix({ tasks: [{ id: "t1", roles: {} }, { id: "t1", roles: { a: ["R", "R"] } }] }))).toEqual(["tasks.1.id:validation.duplicate", "tasks.1.roles.a.1:validation.duplicate"]);
    expect(parseRaciMatrix({ tasks: [{ id: "t1", roles: { a: ["A", "R"] } }] })).toEqual({ tasks: [{ id: "t1", roles: { a: ["A", "R"] } }] });
  });
});

// Random matrices: up to 8 tasks over 5 people, any letters (each at most once per person).
const letters = fc.subarray(["R", "A", "C", "I"] as RaciLetter[]);
const people = ["ann", "bo", "cy", "di", "ed"];
const task = fc.record({ roles: fc.dictionary(fc.constantFrom(...people), letters, { maxKeys: 5 }) });
const matrix = fc.array(task, { maxLength: 8 }).map((ts): RaciMatrix => ({ tasks: ts.map((t, i) => ({ id: `t${i}`, roles: t.roles })) }));
const policy = fc.record({ strict: fc.boolean(), maxConsulted: fc.integer({ min: 0, max: 4 }), overloadShare: fc.constantFrom(0, 0.25, 0.3, 0.5, 0.75, 1), overloadMinTasks: fc.integer({ min: 1, max: 6 }) }, { requiredKeys: [] });

/** A finding with its task index replaced by the task id, so findings compare across orders. */
const byTaskId = (m: RaciMatrix) => (f: ReturnType<typeof validateRaci>[number]) => JSON.stringify({ ...f, path: f.path?.map((p, i) => (i === 2 && typeof p === "number" ? m.tasks[p]!.id : p)) });

describe("properties", () => {
  it("the findings do not change (up to order) when tasks or people are reordered", () => {
    fc.assert(
      fc.property(matrix, policy, fc.infiniteStream(fc.nat()), (m, opts, seeds) => {
        const shuffled: RaciMatrix = {
          tasks: [...m.tasks]
            .map((t) => ({ t, k: seeds.next().value }))
            .sort((a, b) => a.k - b.k)
            .map(({ t }) => ({ id: t.id, roles: Object.fromEntries(Object.entries(t.roles).reverse()) })),
        };
        const a = validateRaci(m, opts).map(byTaskId(m)).sort();
        const b = validateRaci(shuffled, opts).map(byTaskId(shuffled)).sort();
        expect(b).toEqual(a);
      }),
    );
  });
  it("every task gets exactly one of: one A, no-accountable, multiple-accountable; and R or an R-finding", () => {
    fc.assert(
      fc.property(matrix, policy, (m, opts) => {
        const f = validateRaci(m, opts);
        m.tasks.forEach((t, i) => {
          const mine = f.filter((x) => x.path?.[2] === i).map((x) => x.code);
          const as = Object.values(t.roles).filter((l) => l.includes("A")).length;
          const rs = Object.values(t.roles).filter((l) => l.includes("R")).length;
          expect(mine.includes("raci.no-accountable")).toBe(as === 0);
          expect(mine.includes("raci.multiple-accountable")).toBe(as > 1);
          expect(mine.includes("raci.no-responsible") || mine.includes("raci.implicit-responsible")).toBe(rs === 0);
        });
      }),
    );
  });
  it("at most one person can be overloaded at a share of one half or more, and never in a matrix under the minimum", () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const over = validateRaci(m).filter((f) => f.code === "raci.overloaded");
        if (m.tasks.length < 4) expect(over).toEqual([]);
        for (const f of over) expect((f.params!["count"] as number) * 2).toBeGreaterThan(m.tasks.length);
      }),
    );
  });
  it("never mutates its arguments; results survive JSON and structuredClone", () => {
    fc.assert(
      fc.property(matrix, policy, (m, opts) => {
        const before = structuredClone([m, opts]);
        const f = validateRaci(m, opts);
        expect([m, opts]).toEqual(before);
        expect(JSON.parse(JSON.stringify(f))).toEqual(f);
        expect(structuredClone(f)).toEqual(f);
      }),
    );
  });
  it("a ValidationError, never a TypeError, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        try {
          validateRaci(v as never);
        } catch (e) {
          expect((e as Error).name).toBe("ValidationError");
        }
      }),
    );
  });
});
