/**
 * SMART checks: specific, measurable, achievable, relevant, time-bound.
 * @module
 */
import { deepFreeze } from "../core/_lib/freeze.js";
import { checkCalendarDate, checkNumber, checkOptions, checkRecord, checkArray, checkString, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { toDayNumber } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import type { GoalFindingCode } from "./codes.js";
import { checkGoal, checkGoals, checkObservations } from "./_lib/check-goal.js";
import { higherIsBetter } from "./_lib/direction.js";
import { LATIN, escape, findConjunction } from "./_lib/text.js";
import type { Goal, Observation, SmartContext, SmartCriterion, SmartPolicy, SmartReport } from "./types.js";

/**
 * The defaults of {@link checkSmart}, with their sources:
 * - vague words: the seed's own examples (提升客户满意度), the words the linters surveyed in the
 *   research notes flag (§3.3), and the bare direction verbs of both languages (增加, 降低,
 *   increase, reduce …), which name a direction but no amount; none of them fails a goal whose
 *   metric has a target;
 * - span at most 366 days: a goal longer than a (leap) year needs milestones (research §3.3);
 * - achievable ratios 1.5 and 3: a target above 1.5× the best comparable past value is a stretch,
 *   above 3× it is not achievable (research §3.3, "flag stretch > 3×").
 *
 * @example
 * ```ts
 * DEFAULT_SMART_POLICY.maxSpanDays; //=> 366
 * ```
 * @category Goals
 */
export const DEFAULT_SMART_POLICY = deepFreeze({
  vagueWords: [
    "提升", "提高", "加强", "改善", "做好", "优化", "尽量", "努力", "更好", "进一步", "好好", "增加", "增长", "降低", "减少",
    "improve", "better", "more", "enhance", "strive", "try", "increase", "raise", "grow", "boost", "reduce", "decrease", "lower",
  ],
  conjunctions: ["以及", "同时", "和", "并", "且", "；", ";", "as well as", "and"],
  requireOwner: true,
  maxSpanDays: 366,
  achievable: { warnRatio: 1.5, failRatio: 3 },
} as const satisfies SmartPolicy);

interface ResolvedPolicy {
  readonly vague: readonly { readonly word: string; readonly pattern: RegExp | undefined }[];
  readonly conjunctions: readonly string[];
  readonly requireOwner: boolean;
  readonly maxSpanDays: number;
  readonly warnRatio: number;
  readonly failRatio: number;
}

// A Latin word with its regular inflections only (improve, improves, improved, improving,
// improvement; try, tries, tried, trying), so "more" does not match "Moreton", nor "raise"
// "raisins".
function wordPattern(word: string): RegExp {
  const w = escape(word.toLowerCase());
  const stem = w.endsWith("e") ? w.slice(0, -1) : w;
  const y = w.endsWith("y") ? `|${w.slice(0, -1)}(?:ies|ied)` : "";
  return new RegExp(`\\b(?:${w}(?:s|es|d|ed|ing|ment|ments|r|er|ers)?|${stem}(?:ing|ed|ement|ements)${y})\\b`, "i");
}

function resolvePolicy(policy: SmartPolicy | undefined): ResolvedPolicy {
  const words = policy?.vagueWords ?? DEFAULT_SMART_POLICY.vagueWords;
  return {
    // Latin words match as words with their endings (see wordPattern); Chinese words anywhere.
    vague: words.map((word) => ({ word, pattern: LATIN.test(word) ? wordPattern(word) : undefined })),
    conjunctions: policy?.conjunctions ?? DEFAULT_SMART_POLICY.conjunctions,
    requireOwner: policy?.requireOwner ?? DEFAULT_SMART_POLICY.requireOwner,
    maxSpanDays: policy?.maxSpanDays ?? DEFAULT_SMART_POLICY.maxSpanDays,
    warnRatio: policy?.achievable?.warnRatio ?? DEFAULT_SMART_POLICY.achievable.warnRatio,
    failRatio: policy?.achievable?.failRatio ?? DEFAULT_SMART_POLICY.achievable.failRatio,
  };
}

function checkPolicy(policy: unknown, issues: Issues): void {
  if (!checkOptions(policy, ["ctx", "policy"], issues) || policy === undefined) return;
  const p = policy as Record<string, unknown>;
  for (const key of ["vagueWords", "conjunctions"] as const) {
    const list = p[key];
    if (list !== undefined && checkArray(list, ["ctx", "policy", key], issues)) {
      for (let i = 0; i < list.length; i++) checkString(list[i], ["ctx", "policy", key, i], issues, { nonEmpty: true });
    }
  }
  if (p["requireOwner"] !== undefined && typeof p["requireOwner"] !== "boolean") {
    issues.push({ path: ["ctx", "policy", "requireOwner"], code: "validation.type", params: { expected: "boolean", received: typeof p["requireOwner"] } });
  }
  if (p["maxSpanDays"] !== undefined) checkNumber(p["maxSpanDays"], ["ctx", "policy", "maxSpanDays"], issues, { min: 1 });
  const a = p["achievable"];
  if (a !== undefined && checkRecord(a, ["ctx", "policy", "achievable"], issues)) {
    if (a["warnRatio"] !== undefined) checkNumber(a["warnRatio"], ["ctx", "policy", "achievable", "warnRatio"], issues, { min: 1 });
    if (a["failRatio"] !== undefined) checkNumber(a["failRatio"], ["ctx", "policy", "achievable", "failRatio"], issues, { min: 1 });
  }
}

function checkContext(ctx: unknown, issues: Issues, withGoals: boolean): void {
  if (!checkOptions(ctx, ["ctx"], issues) || ctx === undefined) return;
  const c = ctx as Record<string, unknown>;
  if (c["asOf"] !== undefined) checkCalendarDate(c["asOf"], ["ctx", "asOf"], issues);
  if (withGoals && c["goals"] !== undefined) checkGoals(c["goals"], ["ctx", "goals"], issues);
  if (c["history"] !== undefined) checkObservations(c["history"], ["ctx", "history"], issues);
  checkPolicy(c["policy"], issues);
}

/**
 * Checks a goal against the five SMART criteria. Each criterion passes when none of its
 * findings is an error; warnings (a stretch target, a due date already past) and notes (no
 * history to judge by) do not fail it.
 *
 * - **Specific**: an owner is set; the title is not only a vague verb (提升, 加强, improve,
 *   better …) unless a metric and target back it; it is one goal, not two joined by 和/并/and
 *   (two joined parts that each carry a number).
 * - **Measurable**: a metric with unit, direction and target; `increase` and `decrease` need a
 *   baseline with the target on the right side of it.
 * - **Achievable**: the target against the best value in `ctx.history` (the same metric in
 *   comparable past periods): above 1.5× a warning, above 3× a failure; mirrored for
 *   decreases. Without history it passes with a note.
 * - **Relevant**: `parentId` resolves in `ctx.goals` (a `parentId` that does not resolve fails,
 *   even with `alignedTo`), or, without a `parentId`, `alignedTo` is not empty.
 * - **Time-bound**: `due` is set, not before `start`, and the span (both ends included) is at
 *   most 366 days.
 *
 * @param goal - the goal to check
 * @param ctx - the day (`asOf`), the goal tree (`goals`), past values (`history`) and `policy`
 * @throws {ValidationError} when the goal or the context is malformed.
 * @example
 * ```ts
 * const report = checkSmart({ id: "g1", title: "提升客户满意度" });
 * report.passed; //=> false
 * report.criteria.specific.findings.map((f) => f.code); //=> ["smart.specific.no-owner", "smart.specific.vague"]
 * ```
 * @category Goals
 */
export function checkSmart(goal: Goal, ctx?: SmartContext): SmartReport {
  const issues: Issues = [];
  checkGoal(goal, ["goal"], issues);
  checkContext(ctx, issues, true);
  throwIfIssues(issues);
  const ids = ctx?.goals === undefined ? undefined : new Set(ctx.goals.map((g) => g.id));
  return evaluateSmart(goal, ids, ctx?.history, ctx?.asOf, resolvePolicy(ctx?.policy));
}

/**
 * {@link checkSmart} for a whole goal list at once: each goal's parent is looked up in the same
 * list (built once, so the cost is linear), and `history` gives each goal's past values by id.
 *
 * @throws {ValidationError} when a goal or the context is malformed.
 * @example
 * ```ts
 * checkSmartAll(teamGoals, { asOf: "2026-12-15", history: { "g-zhang": [{ date: "2026-09-30", value: 9 }] } })
 *   .filter((r) => !r.passed).length; //=> how many goals need work
 * ```
 * @category Goals
 */
export function checkSmartAll(
  goals: readonly Goal[],
  ctx?: { readonly asOf?: string; readonly history?: Readonly<Record<string, readonly Observation[]>>; readonly policy?: SmartPolicy },
): SmartReport[] {
  const issues: Issues = [];
  checkGoals(goals, ["goals"], issues);
  if (!checkOptions(ctx, ["ctx"], issues)) throwIfIssues(issues);
  checkContext(ctx === undefined ? undefined : { asOf: ctx.asOf, policy: ctx.policy }, issues, false);
  const history = ctx?.history;
  if (history !== undefined && checkRecord(history, ["ctx", "history"], issues)) {
    for (const id of Object.keys(history)) checkObservations(history[id], ["ctx", "history", id], issues);
  }
  throwIfIssues(issues);
  const ids = new Set(goals.map((g) => g.id));
  const policy = resolvePolicy(ctx?.policy);
  return goals.map((goal) =>
    evaluateSmart(goal, ids, history !== undefined && Object.prototype.hasOwnProperty.call(history, goal.id) ? history[goal.id] : undefined, ctx?.asOf, policy),
  );
}

type F = Finding<GoalFindingCode>;

function criterion(findings: F[]): SmartCriterion {
  return { passed: findings.every((f) => f.severity !== "error"), findings };
}

function evaluateSmart(goal: Goal, ids: ReadonlySet<string> | undefined, history: readonly Observation[] | undefined, asOf: string | undefined, policy: ResolvedPolicy): SmartReport {
  const specific = criterion(checkSpecific(goal, policy));
  const measurable = criterion(checkMeasurable(goal));
  const achievable = criterion(checkAchievable(goal, history, policy));
  const relevant = criterion(checkRelevant(goal, ids));
  const timeBound = criterion(checkTimeBound(goal, asOf, policy));
  const all = [specific, measurable, achievable, relevant, timeBound];
  const met = all.filter((c) => c.passed).length;
  return {
    passed: met === 5,
    met,
    criteria: { specific, measurable, achievable, relevant, timeBound },
    findings: all.flatMap((c) => c.findings),
  };
}

function checkSpecific(goal: Goal, policy: ResolvedPolicy): F[] {
  const findings: F[] = [];
  const title = goal.title.trim();
  if (policy.requireOwner && (goal.ownerId === undefined || goal.ownerId.trim() === "")) {
    findings.push({ code: "smart.specific.no-owner", severity: "error", path: ["ownerId"] });
  }
  if (title === "") {
    findings.push({ code: "smart.specific.empty-title", severity: "error", path: ["title"] });
    return findings;
  }
  const backed = goal.metric?.target !== undefined;
  if (!backed) {
    const words = policy.vague.filter(({ word, pattern }) => (pattern === undefined ? title.includes(word) : pattern.test(title))).map((v) => v.word);
    if (words.length > 0) findings.push({ code: "smart.specific.vague", severity: "error", path: ["title"], params: { words } });
  }
  const conjunction = findConjunction(title, policy.conjunctions)?.word;
  if (conjunction !== undefined) findings.push({ code: "smart.specific.compound", severity: "error", path: ["title"], params: { conjunction } });
  return findings;
}

function checkMeasurable(goal: Goal): F[] {
  const metric = goal.metric;
  if (metric === undefined) return [{ code: "smart.measurable.no-metric", severity: "error", path: ["metric"] }];
  const findings: F[] = [];
  if (metric.unit === undefined || metric.unit.trim() === "") findings.push({ code: "smart.measurable.no-unit", severity: "error", path: ["metric", "unit"] });
  if (metric.direction === undefined) findings.push({ code: "smart.measurable.no-direction", severity: "error", path: ["metric", "direction"] });
  if (metric.target === undefined) findings.push({ code: "smart.measurable.no-target", severity: "error", path: ["metric", "target"] });
  const direction = metric.direction;
  if (direction === "increase" || direction === "decrease") {
    if (metric.baseline === undefined) {
      findings.push({ code: "smart.measurable.no-baseline", severity: "error", path: ["metric", "baseline"], params: { direction } });
    } else if (metric.target !== undefined && (direction === "increase" ? metric.target <= metric.baseline : metric.target >= metric.baseline)) {
      findings.push({ code: "smart.measurable.wrong-side", severity: "error", path: ["metric", "target"], params: { direction, baseline: metric.baseline, target: metric.target } });
    }
  }
  return findings;
}

const roundRatio = (ratio: number) => Math.round(ratio * 100) / 100;

function checkAchievable(goal: Goal, history: readonly Observation[] | undefined, policy: ResolvedPolicy): F[] {
  const metric = goal.metric;
  if (history === undefined || history.length === 0) return [{ code: "smart.achievable.no-history", severity: "info" }];
  if (metric?.target === undefined || metric.direction === undefined || metric.direction === "achieve") {
    return [{ code: "smart.achievable.cannot-compare", severity: "info", params: { best: "—" } }];
  }
  const higher = higherIsBetter(metric.direction);
  let best = history[0]!.value;
  for (const o of history) best = higher ? Math.max(best, o.value) : Math.min(best, o.value);
  const target = metric.target;
  // how many times the best past value the target asks for (for a decrease, how many times lower)
  if (best <= 0 || (!higher && target <= 0)) return [{ code: "smart.achievable.cannot-compare", severity: "info", params: { best } }];
  const ratio = higher ? target / best : best / target;
  const params = { target, best, ratio: roundRatio(ratio), limit: policy.failRatio };
  if (ratio > policy.failRatio) return [{ code: "smart.achievable.unrealistic", severity: "error", path: ["metric", "target"], params }];
  if (ratio > policy.warnRatio) return [{ code: "smart.achievable.stretch", severity: "warning", path: ["metric", "target"], params }];
  return [];
}

function checkRelevant(goal: Goal, ids: ReadonlySet<string> | undefined): F[] {
  const aligned = (goal.alignedTo?.length ?? 0) > 0;
  if (goal.parentId !== undefined) {
    if (ids === undefined) return aligned ? [] : [{ code: "smart.relevant.parent-not-checked", severity: "info", path: ["parentId"], params: { parentId: goal.parentId } }];
    if (!ids.has(goal.parentId) || goal.parentId === goal.id) {
      return [{ code: "smart.relevant.unknown-parent", severity: "error", path: ["parentId"], params: { parentId: goal.parentId } }];
    }
    return [];
  }
  return aligned ? [] : [{ code: "smart.relevant.unaligned", severity: "error", path: ["parentId"] }];
}

function checkTimeBound(goal: Goal, asOf: string | undefined, policy: ResolvedPolicy): F[] {
  if (goal.due === undefined) return [{ code: "smart.time-bound.no-due", severity: "error", path: ["due"] }];
  const findings: F[] = [];
  const due = toDayNumber(goal.due);
  if (goal.start === undefined) {
    findings.push({ code: "smart.time-bound.no-start", severity: "info", path: ["start"] });
  } else {
    const start = toDayNumber(goal.start);
    if (due < start) {
      findings.push({ code: "smart.time-bound.due-before-start", severity: "error", path: ["due"], params: { start: goal.start, due: goal.due } });
    } else if (due - start + 1 > policy.maxSpanDays) {
      findings.push({ code: "smart.time-bound.too-long", severity: "error", path: ["due"], params: { days: due - start + 1, max: policy.maxSpanDays } });
    }
  }
  if (asOf !== undefined && due < toDayNumber(asOf)) findings.push({ code: "smart.time-bound.due-passed", severity: "warning", path: ["due"], params: { due: goal.due, asOf } });
  return findings;
}
