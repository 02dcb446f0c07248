/**
 * RACI matrix checks: one accountable person per task, someone doing the work, one letter per
 * person, a bounded number of people consulted, and nobody doing most of the work alone.
 * @module
 */
import { checkArray, checkBoolean, checkEnum, checkInteger, checkNumber, checkOptions, checkRecord, checkString, isRecord, report, shown, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { deepFreeze } from "../core/_lib/freeze.js";
import { parseDec, pow10n, type Dec } from "../core/_lib/decimal.js";
import type { Path } from "../core/errors.js";
import type { Finding } from "../core/findings.js";
import { byText } from "./_lib/order.js";
import type { CollaborationFindingCode } from "./codes.js";
import type { RaciLetter, RaciMatrix, RaciPolicy } from "./types.js";

/**
 * The RACI letters, in the order of the acronym.
 *
 * @example
 * ```ts
 * RACI_LETTERS.join(""); //=> "RACI"
 * ```
 * @category Collaboration
 */
export const RACI_LETTERS: readonly RaciLetter[] = Object.freeze(["R", "A", "C", "I"]);

/**
 * The defaults of {@link validateRaci} (research notes §7.5): not strict (an accountable person
 * with nobody responsible is taken to do the work), at most 3 people consulted per task
 * **[HEURISTIC]** ("C inflation"), and a person responsible for more than half (0.5
 * **[HEURISTIC]**) of the tasks of a matrix of at least 4 tasks **[HEURISTIC]** is overloaded.
 *
 * @example
 * ```ts
 * DEFAULT_RACI_POLICY.maxConsulted; //=> 3
 * ```
 * @category Collaboration
 */
export const DEFAULT_RACI_POLICY = deepFreeze({
  strict: false,
  maxConsulted: 3,
  overloadShare: 0.5,
  overloadMinTasks: 4,
} as const satisfies Required<RaciPolicy>);

type F = Finding<CollaborationFindingCode>;

interface Resolved {
  readonly strict: boolean;
  readonly maxConsulted: number;
  readonly share: Dec;
  readonly shareValue: number;
  readonly minTasks: number;
}

function checkPolicy(opts: unknown, issues: Issues): Resolved | undefined {
  if (!checkOptions(opts, ["opts"], issues)) return undefined;
  if (opts === undefined) return resolve({});
  const before = issues.length;
  const o = opts as Record<string, unknown>;
  if (o["strict"] !== undefined) checkBoolean(o["strict"], ["opts", "strict"], issues);
  if (o["maxConsulted"] !== undefined) checkInteger(o["maxConsulted"], ["opts", "maxConsulted"], issues, { min: 0 });
  if (o["overloadMinTasks"] !== undefined) checkInteger(o["overloadMinTasks"], ["opts", "overloadMinTasks"], issues, { min: 1 });
  const share = o["overloadShare"];
  if (share !== undefined && checkNumber(share, ["opts", "overloadShare"], issues, { min: 0, max: 1 }) && parseDec(share) === undefined) {
    report(issues, ["opts", "overloadShare"], "validation.decimal", { value: shown(share) });
  }
  return issues.length === before ? resolve(o as RaciPolicy) : undefined;
}

function resolve(p: RaciPolicy): Resolved {
  return {
    strict: p.strict ?? DEFAULT_RACI_POLICY.strict,
    maxConsulted: p.maxConsulted ?? DEFAULT_RACI_POLICY.maxConsulted,
    share: parseDec(p.overloadShare ?? DEFAULT_RACI_POLICY.overloadShare)!,
    shareValue: p.overloadShare ?? DEFAULT_RACI_POLICY.overloadShare,
    minTasks: p.overloadMinTasks ?? DEFAULT_RACI_POLICY.overloadMinTasks,
  };
}

const BIT: Readonly<Record<string, number>> = { R: 1, A: 2, C: 4, I: 8 };

/** The common case, without building any path: a well-formed matrix. */
function isPlainMatrix(matrix: unknown): boolean {
  if (!isRecord(matrix) || !Array.isArray(matrix["tasks"])) return false;
  const tasks = matrix["tasks"] as readonly unknown[];
  const ids = new Set<string>();
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    if (!isRecord(task)) return false;
    const id = task["id"];
    const roles = task["roles"];
    if (typeof id !== "string" || id.trim() === "" || ids.has(id) || !isRecord(roles)) return false;
    ids.add(id);
    for (const person of Object.keys(roles)) {
      const letters = roles[person];
      if (person.trim() === "" || !Array.isArray(letters)) return false;
      let seen = 0;
      for (let j = 0; j < letters.length; j++) {
        const bit = typeof letters[j] === "string" && Object.prototype.hasOwnProperty.call(BIT, letters[j]) ? BIT[letters[j] as string]! : 0;
        if (bit === 0 || (seen & bit) !== 0) return false;
        seen |= bit;
      }
    }
  }
  return true;
}

/** Checks a matrix for unknown input; reports every bad path. @internal */
export function checkRaciMatrix(matrix: unknown, path: Path, issues: Issues): void {
  if (isPlainMatrix(matrix)) return;
  if (!checkRecord(matrix, path, issues)) return;
  const tasks = matrix["tasks"];
  if (!checkArray(tasks, [...path, "tasks"], issues)) return;
  const ids = new Set<string>();
  for (let i = 0; i < tasks.length; i++) {
    const tp: Path = [...path, "tasks", i];
    const task = tasks[i];
    if (!checkRecord(task, tp, issues)) continue;
    const id = task["id"];
    if (checkString(id, [...tp, "id"], issues, { nonEmpty: true })) {
      if (ids.has(id)) report(issues, [...tp, "id"], "validation.duplicate", { value: shown(id) });
      ids.add(id);
    }
    const roles = task["roles"];
    if (!checkRecord(roles, [...tp, "roles"], issues)) continue;
    for (const [person, letters] of Object.entries(roles)) {
      const pp: Path = [...tp, "roles", person];
      if (person.trim() === "") report(issues, pp, "validation.empty");
      if (!checkArray(letters, pp, issues)) continue;
      const seen = new Set<unknown>();
      for (let j = 0; j < letters.length; j++) {
        const letter = letters[j];
        if (!checkEnum(letter, RACI_LETTERS, [...pp, j], issues)) continue;
        if (seen.has(letter)) report(issues, [...pp, j], "validation.duplicate", { value: letter });
        seen.add(letter);
      }
    }
  }
}

/**
 * Checks a RACI matrix task by task (research notes §4 and §7.5, cases R1–R10) and returns its
 * findings:
 *
 * | code | severity | when |
 * | --- | --- | --- |
 * | `raci.no-accountable` | error | nobody is A ("not zero") |
 * | `raci.multiple-accountable` | error | two or more people are A ("not two") |
 * | `raci.implicit-responsible` | warning | nobody is R and one person is A: they are taken to do the work (strict: `raci.no-responsible` instead) |
 * | `raci.no-responsible` | error | nobody is R and nobody (or more than one person) is A to do the work; or strict mode |
 * | `raci.multiple-letters` | warning | one person holds several letters, other than the allowed A + R |
 * | `raci.too-many-consulted` | warning | more than `maxConsulted` (3) people are C |
 * | `raci.overloaded` | warning | in a matrix of at least `overloadMinTasks` (4) tasks, one person is responsible (R, or the A of a task without R) for more than `overloadShare` (half) of them |
 *
 * Order: task by task in input order (within a task: accountable, responsible, letters by
 * person id, consulted), then the overloaded people, most tasks first (ties by id). People are
 * compared by id in UTF-16 code-unit order, so the findings of a task do not depend on the
 * order of its `roles` keys. Paths lead to the task (`["matrix", "tasks", i]`) or to the person
 * (`[..., "roles", personId]`); the overload findings point at `["matrix", "tasks"]`.
 *
 * @throws {ValidationError} naming every bad path: a letter other than R, A, C, I (R9), a
 * repeated letter, a missing or repeated task id, an empty person id, or a bad option.
 * @example
 * ```ts
 * validateRaci({ tasks: [{ id: "t1", roles: { bob: ["R"], carol: ["C"] } }] }).map((f) => f.code); //=> ["raci.no-accountable"]
 * ```
 * @category Collaboration
 */
export function validateRaci(matrix: RaciMatrix, opts?: RaciPolicy): F[] {
  const issues: Issues = [];
  checkRaciMatrix(matrix, ["matrix"], issues);
  const policy = checkPolicy(opts, issues);
  throwIfIssues(issues);
  const { strict, maxConsulted, share, shareValue, minTasks } = policy!;
  const tasks = matrix.tasks;
  const findings: F[] = [];
  const responsibleFor = new Map<string, number>();
  const addWork = (person: string) => responsibleFor.set(person, (responsibleFor.get(person) ?? 0) + 1);

  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i]!;
    const taskId = task.id;
    const taskPath: Path = ["matrix", "tasks", i];
    const people = Object.keys(task.roles).sort(byText);
    const accountable: string[] = [];
    const responsible: string[] = [];
    const consulted: string[] = [];
    const mixed: { person: string; letters: RaciLetter[] }[] = [];
    for (const person of people) {
      const held = task.roles[person]!;
      const has = (l: RaciLetter) => held.includes(l);
      if (has("A")) accountable.push(person);
      if (has("R")) responsible.push(person);
      if (has("C")) consulted.push(person);
      if (held.length > 1 && !(held.length === 2 && has("A") && has("R"))) {
        mixed.push({ person, letters: RACI_LETTERS.filter(has) });
      }
    }
    if (accountable.length === 0) findings.push({ code: "raci.no-accountable", severity: "error", path: taskPath, params: { taskId } });
    else if (accountable.length > 1) {
      findings.push({ code: "raci.multiple-accountable", severity: "error", path: taskPath, params: { taskId, count: accountable.length, members: accountable } });
    }
    if (responsible.length === 0) {
      if (accountable.length === 1) {
        const memberId = accountable[0]!;
        addWork(memberId);
        findings.push(
          strict
            ? { code: "raci.no-responsible", severity: "error", path: taskPath, params: { taskId } }
            : { code: "raci.implicit-responsible", severity: "warning", path: [...taskPath, "roles", memberId], params: { taskId, memberId } },
        );
      } else {
        findings.push({ code: "raci.no-responsible", severity: "error", path: taskPath, params: { taskId } });
      }
    } else {
      for (const person of responsible) addWork(person);
    }
    for (const { person, letters } of mixed) {
      findings.push({ code: "raci.multiple-letters", severity: "warning", path: [...taskPath, "roles", person], params: { taskId, memberId: person, letters } });
    }
    if (consulted.length > maxConsulted) {
      findings.push({ code: "raci.too-many-consulted", severity: "warning", path: taskPath, params: { taskId, count: consulted.length, limit: maxConsulted, members: consulted } });
    }
  }

  const n = tasks.length;
  if (n >= minTasks) {
    // count / n > coefficient / 10^scale, in exact integers
    const limit = share.coefficient * BigInt(n);
    const scale = pow10n(share.scale);
    const over = [...responsibleFor].filter(([, count]) => BigInt(count) * scale > limit);
    over.sort((a, b) => b[1] - a[1] || byText(a[0], b[0]));
    for (const [memberId, count] of over) {
      findings.push({
        code: "raci.overloaded",
        severity: "warning",
        path: ["matrix", "tasks"],
        params: { memberId, count, of: n, percent: Math.round((1000 * count) / n) / 10, limitPercent: Number((shareValue * 100).toPrecision(12)) },
      });
    }
  }
  return findings;
}
