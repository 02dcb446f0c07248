/**
 * Goal trees: progress roll-ups and cascade checks.
 * @module
 */
import { checkNumber, checkRecord, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { ValidationError } from "../core/errors.js";
import { isCurrencyCode } from "../core/currency.js";
import { toDayNumber } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import type { GoalFindingCode } from "./codes.js";
import { checkGoals } from "./_lib/check-goal.js";
import type { Goal } from "./types.js";

interface Tree {
  /** Position of each goal id in the list. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Children of goal `i` are `childList[childStart[i] .. childStart[i + 1])`, in list order. */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** Goal positions ordered so that every child comes before its parent. */
  readonly postOrder: Int32Array;
}

/**
 * Indexes a goal list as a forest in a few flat arrays, and orders it children-first without
 * recursion (a chain of 100,000 goals must not overflow the stack). A parent id that is not in
 * the list makes the goal a root. A cycle is a ValidationError.
 * @internal
 */
export function buildTree(goals: readonly Goal[], path: readonly (string | number)[]): Tree {
  const n = goals.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(goals[i]!.id, i);
  // children as one flat list grouped by parent (counting sort keeps list order within a parent)
  const parent = new Int32Array(n).fill(-1);
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = goals[i]!.parentId === undefined ? undefined : indexOf.get(goals[i]!.parentId!);
    if (p !== undefined) {
      parent[i] = p;
      childStart[p + 1]! += 1;
    }
  }
  for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!;
  const fill = childStart.slice(0, n);
  const childList = new Int32Array(childStart[n]!);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) childList[fill[parent[i]!]!++] = i;

  // iterative depth-first search: 0 new, 1 on the stack, 2 done
  const colour = new Uint8Array(n);
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  const postOrder = new Int32Array(n);
  let done = 0;
  const cycle = (at: number): never => {
    // walk up the parent links from `at` until a goal repeats: that goal is on the loop
    const seen = new Set<number>();
    let g = at;
    while (!seen.has(g) && parent[g]! >= 0) {
      seen.add(g);
      g = parent[g]!;
    }
    throw new ValidationError([{ path: [...path, g, "parentId"], code: "validation.cycle", params: { value: goals[g]!.id } }]);
  };
  for (let root = 0; root < n; root++) {
    if (colour[root] !== 0 || parent[root]! >= 0) continue;
    let top = 0;
    stack[0] = root;
    colour[root] = 1;
    while (top >= 0) {
      const g = stack[top]!;
      if (next[g]! < childStart[g + 1]! - childStart[g]!) {
        const child = childList[childStart[g]! + next[g]!++]!;
        if (colour[child] === 1) cycle(child);
        if (colour[child] === 0) {
          colour[child] = 1;
          stack[++top] = child;
        }
      } else {
        colour[g] = 2;
        postOrder[done++] = g;
        top -= 1;
      }
    }
  }
  // goals on a cycle have a parent, so no root reaches them
  if (done < n) cycle(colour.indexOf(0));
  return { indexOf, childStart, childList, postOrder };
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
    for (const id of Object.keys(progress)) {
      const v = progress[id];
      if (typeof v !== "number" || !Number.isFinite(v)) checkNumber(v, ["progress", id], issues);
    }
  }
  throwIfIssues(issues);
  const tree = buildTree(goals, ["goals"]);
  const n = goals.length;
  const value = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    const given = Object.prototype.hasOwnProperty.call(progress, goals[i]!.id) ? progress[goals[i]!.id] : undefined;
    if (given !== undefined) value[i] = given;
  }
  for (let k = 0; k < n; k++) {
    const g = tree.postOrder[k]!;
    const from = tree.childStart[g]!;
    const to = tree.childStart[g + 1]!;
    if (from === to) continue;
    let weighted = 0;
    let weights = 0;
    for (let c = from; c < to; c++) {
      const kid = tree.childList[c]!;
      const goal = goals[kid]!;
      const w = goal.weight ?? 1;
      if (goal.archived === true || w === 0 || Number.isNaN(value[kid]!)) continue;
      weighted += w * value[kid]!;
      weights += w;
    }
    if (weights > 0) value[g] = weighted / weights;
  }
  // every goal with a value, then any given id that is not a goal, as given
  const result = new Map<string, number>();
  for (let i = 0; i < n; i++) if (!Number.isNaN(value[i]!)) result.set(goals[i]!.id, value[i]!);
  for (const id of Object.keys(progress)) if (!tree.indexOf.has(id)) result.set(id, progress[id]!);
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
    if (goal.parentId !== undefined && !tree.indexOf.has(goal.parentId)) {
      findings.push({ code: "goals.cascade.unknown-parent", severity: "info", path: [index, "parentId"], params: { childId: goal.id, parentId: goal.parentId } });
    }
  });
  const indexOf = tree.indexOf;
  goals.forEach((parent, p) => {
    const kids: Goal[] = [];
    for (let c = tree.childStart[p]!; c < tree.childStart[p + 1]!; c++) if (goals[tree.childList[c]!]!.archived !== true) kids.push(goals[tree.childList[c]!]!);
    if (kids.length === 0) return;
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
      findings.push({ code: "goals.cascade.targets-short", severity: "warning", path: [p], params: { parentId: parent.id, sum, target } });
    }
  });
  return findings;
}

// Counts and money add up across people; rates, scores and durations do not.
function isAdditive(unit: string | undefined): boolean {
  return unit === "count" || isCurrencyCode(unit);
}
