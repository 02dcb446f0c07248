/**
 * Goal trees: progress roll-ups and cascade checks.
 * @module
 */
import { checkNumber, checkRecord, report, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { toDayNumber } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import type { GoalFindingCode } from "./codes.js";
import { checkGoals } from "./_lib/check-goal.js";
import type { Goal } from "./types.js";

interface Tree {
  readonly byId: ReadonlyMap<string, Goal>;
  readonly children: ReadonlyMap<string, readonly Goal[]>;
  /** Goals in an order where every child comes before its parent. */
  readonly postOrder: readonly Goal[];
}

/**
 * Indexes a goal list as a forest, in one pass, and orders it children-first without recursion
 * (a chain of 100,000 goals must not overflow the stack). A parent id that is not in the list
 * makes the goal a root. A cycle is a ValidationError.
 * @internal
 */
export function buildTree(goals: readonly Goal[], path: readonly (string | number)[]): Tree {
  const byId = new Map<string, Goal>();
  for (const g of goals) byId.set(g.id, g);
  const children = new Map<string, Goal[]>();
  for (const g of goals) {
    if (g.parentId === undefined || !byId.has(g.parentId)) continue;
    const list = children.get(g.parentId);
    if (list === undefined) children.set(g.parentId, [g]);
    else list.push(g);
  }
  // Iterative depth-first search with three colours: 0 new, 1 on the stack, 2 done.
  const colour = new Map<string, number>();
  const postOrder: Goal[] = [];
  const issues: Issues = [];
  for (const root of goals) {
    if (colour.has(root.id)) continue;
    const stack: { goal: Goal; next: number }[] = [{ goal: root, next: 0 }];
    colour.set(root.id, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const kids = children.get(top.goal.id) ?? [];
      if (top.next < kids.length) {
        const child = kids[top.next++]!;
        const c = colour.get(child.id);
        if (c === 1) {
          report(issues, [...path, goals.indexOf(child), "parentId"], "validation.invalid", { value: `cycle through ${child.id}` });
          throwIfIssues(issues);
        }
        if (c === undefined) {
          colour.set(child.id, 1);
          stack.push({ goal: child, next: 0 });
        }
      } else {
        colour.set(top.goal.id, 2);
        postOrder.push(top.goal);
        stack.pop();
      }
    }
  }
  // Goals on a cycle with no way in from a root were never reached above.
  if (postOrder.length < goals.length) {
    const stuck = goals.findIndex((g) => colour.get(g.id) !== 2);
    report(issues, [...path, stuck, "parentId"], "validation.invalid", { value: `cycle through ${goals[stuck]!.id}` });
    throwIfIssues(issues);
  }
  return { byId, children, postOrder };
}

/**
 * The progress of every goal in a tree: leaves as given, parents computed from their children,
 * bottom-up, as the weighted mean `Σ w·p / Σ w` (weight default 1). Children with weight 0,
 * archived children, and children with no progress (neither given nor computed) are left out;
 * a parent with no child left keeps the progress given for it, if any. Linear in the number of
 * goals.
 *
 * @param goals - the goal tree (by `parentId`); ids must be unique
 * @param progress - progress of the leaves by goal id (fractions: 0.5 is half way)
 * @returns progress by goal id, for every goal that has one
 * @throws {ValidationError} on malformed goals or progress values, duplicate ids, or a cycle.
 * @example
 * ```ts
 * rollUpProgress(
 *   [{ id: "P", title: "P" }, { id: "A", title: "A", parentId: "P", weight: 5 }, { id: "B", title: "B", parentId: "P", weight: 3 }, { id: "C", title: "C", parentId: "P", weight: 2 }],
 *   { A: 1, B: 0.5, C: 0 },
 * ).P; //=> 0.65 ((5 × 1 + 3 × 0.5 + 2 × 0) / 10)
 * ```
 * @category Goals
 */
export function rollUpProgress(goals: readonly Goal[], progress: Readonly<Record<string, number>>): Record<string, number> {
  const issues: Issues = [];
  checkGoals(goals, ["goals"], issues);
  if (checkRecord(progress, ["progress"], issues)) {
    for (const id of Object.keys(progress)) checkNumber(progress[id], ["progress", id], issues);
  }
  throwIfIssues(issues);
  const tree = buildTree(goals, ["goals"]);
  const result = new Map<string, number>();
  for (const id of Object.keys(progress)) result.set(id, progress[id]!);
  for (const goal of tree.postOrder) {
    const kids = tree.children.get(goal.id);
    if (kids === undefined) continue;
    let weighted = 0;
    let weights = 0;
    for (const kid of kids) {
      const w = kid.weight ?? 1;
      const p = result.get(kid.id);
      if (kid.archived === true || w === 0 || p === undefined) continue;
      weighted += w * p;
      weights += w;
    }
    if (weights > 0) result.set(goal.id, weighted / weights);
  }
  // Object.fromEntries defines own properties, so even an id "__proto__" cannot reach a prototype
  return Object.fromEntries(result) as Record<string, number>;
}

/**
 * Checks a cascade of goals for the gaps that make a team goal fail quietly:
 * - `goals.cascade.outside-parent-span` (warning): a child starts before or ends after its parent;
 * - `goals.cascade.unit-mismatch` (warning): a child in another unit than its parent, which
 *   therefore cannot be added up;
 * - `goals.cascade.targets-short` (warning): the children of an `increase` parent whose unit is
 *   a count or a currency add up to less than its target (the team goal is not fully handed out);
 * - `goals.cascade.unknown-parent` (info): a parent id that is not in the list.
 * Archived children are left out.
 *
 * @throws {ValidationError} on malformed goals, duplicate ids, or a cycle.
 * @example
 * ```ts
 * checkCascade([
 *   { id: "team", title: "团队新签 60 家", metric: { unit: "count", direction: "increase", baseline: 0, target: 60 } },
 *   { id: "a", title: "新签 20 家", parentId: "team", metric: { unit: "count", direction: "increase", baseline: 0, target: 20 } },
 *   { id: "b", title: "新签 25 家", parentId: "team", metric: { unit: "count", direction: "increase", baseline: 0, target: 25 } },
 * ]).map((f) => f.code); //=> ["goals.cascade.targets-short"]
 * ```
 * @category Goals
 */
export function checkCascade(goals: readonly Goal[]): Finding<GoalFindingCode>[] {
  const issues: Issues = [];
  checkGoals(goals, ["goals"], issues);
  throwIfIssues(issues);
  const tree = buildTree(goals, ["goals"]);
  const findings: Finding<GoalFindingCode>[] = [];
  goals.forEach((goal, index) => {
    if (goal.parentId !== undefined && !tree.byId.has(goal.parentId)) {
      findings.push({ code: "goals.cascade.unknown-parent", severity: "info", path: [index, "parentId"], params: { childId: goal.id, parentId: goal.parentId } });
    }
  });
  const indexOf = new Map(goals.map((g, i) => [g.id, i]));
  for (const parent of goals) {
    const kids = (tree.children.get(parent.id) ?? []).filter((k) => k.archived !== true);
    if (kids.length === 0) continue;
    let sum = 0;
    let summable = parent.metric?.direction === "increase" && parent.metric.target !== undefined && isAdditive(parent.metric.unit);
    for (const kid of kids) {
      const path = [indexOf.get(kid.id)!];
      if (parent.start !== undefined && parent.due !== undefined && kid.start !== undefined && kid.due !== undefined) {
        if (toDayNumber(kid.start) < toDayNumber(parent.start) || toDayNumber(kid.due) > toDayNumber(parent.due)) {
          findings.push({ code: "goals.cascade.outside-parent-span", severity: "warning", path, params: { childId: kid.id, parentId: parent.id } });
        }
      }
      const parentUnit = parent.metric?.unit;
      const kidUnit = kid.metric?.unit;
      if (parentUnit !== undefined && kidUnit !== undefined && parentUnit !== kidUnit) {
        findings.push({ code: "goals.cascade.unit-mismatch", severity: "warning", path, params: { childId: kid.id, parentId: parent.id, childUnit: kidUnit, parentUnit } });
        summable = false;
      }
      if (kid.metric?.target === undefined) summable = false;
      else sum += kid.metric.target - (kid.metric.baseline ?? 0);
    }
    const target = parent.metric?.target;
    if (summable && target !== undefined && sum < target - (parent.metric?.baseline ?? 0)) {
      findings.push({ code: "goals.cascade.targets-short", severity: "warning", path: [indexOf.get(parent.id)!], params: { parentId: parent.id, sum, target } });
    }
  }
  return findings;
}

const NON_ADDITIVE = new Set(["percent", "%", "ratio", "score", "hours", "minutes", "days", "nps", "csat"]);

// Counts and money add up across people; rates, scores and durations do not.
function isAdditive(unit: string | undefined): boolean {
  return unit !== undefined && !NON_ADDITIVE.has(unit.toLowerCase());
}
