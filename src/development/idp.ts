/**
 * Individual development plans: checks, the 70-20-10 mix (descriptive) and progress.
 * @module
 */
import { checkCalendarDate, checkEnum, checkInteger, checkOptions, checkRecord, report, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { parseDec } from "../core/_lib/decimal.js";
import { deepFreeze } from "../core/_lib/freeze.js";
import { toDayNumber, type CalendarDate } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import { divideRoundedBig } from "../core/rounding.js";
import { checkGaps, checkPlan, FORMATS } from "./_lib/check.js";
import { exactShare, scaledToNumber, toCommonScale } from "./_lib/exact.js";
import type { DevelopmentFindingCode } from "./codes.js";
import type { DevelopmentFormat, DevelopmentPlan, ExactShare, SkillGap } from "./types.js";

type F = Finding<DevelopmentFindingCode>;

/**
 * Checks a development plan and returns findings, most serious first within each part:
 * - `development.plan.unlinked-goal` (warning): a goal names neither a skill gap (`skill`) nor a
 *   career aim (`careerAim`) — an IDP goal should serve the current job or the next one;
 * - `development.plan.goal-without-activities` (warning): no activity works on the goal;
 * - `development.plan.activity-no-due-date` (error): an activity has no due date, so nobody can
 *   tell whether it is late;
 * - `development.plan.gap-not-covered` (info, only when `opts.gaps` is given): a gap of the
 *   member that no goal names.
 *
 * @throws {ValidationError} naming every bad path of the plan (an activity naming a goal the plan
 * does not have is one) or of the gaps.
 * @example
 * ```ts
 * // research case S5
 * const plan = { id: "idp", memberId: "wang", goals: [{ id: "g1", title: "提升影响力" }], activities: [{ id: "a1", title: "读一本谈判的书", goalId: "g1", format: "formal" }] };
 * checkDevelopmentPlan(plan).map((f) => [f.code, f.severity]);
 * //=> [["development.plan.unlinked-goal", "warning"], ["development.plan.activity-no-due-date", "error"]]
 * ```
 * @category Development
 */
export function checkDevelopmentPlan(plan: DevelopmentPlan, opts?: { readonly gaps?: readonly SkillGap[] }): F[] {
  const issues: Issues = [];
  checkPlan(plan, ["plan"], issues);
  if (checkOptions(opts, ["opts"], issues) && opts?.gaps !== undefined) checkGaps(opts.gaps, ["opts", "gaps"], issues);
  throwIfIssues(issues);
  const findings: F[] = [];
  const worked = new Set<string>();
  for (const a of plan.activities) if (a.goalId !== undefined) worked.add(a.goalId);
  plan.goals.forEach((g, i) => {
    if (g.skill === undefined && g.careerAim === undefined) findings.push({ code: "development.plan.unlinked-goal", severity: "warning", path: ["plan", "goals", i], params: { id: g.id, title: g.title } });
    if (!worked.has(g.id)) findings.push({ code: "development.plan.goal-without-activities", severity: "warning", path: ["plan", "goals", i], params: { id: g.id, title: g.title } });
  });
  plan.activities.forEach((a, i) => {
    if (a.due === undefined) findings.push({ code: "development.plan.activity-no-due-date", severity: "error", path: ["plan", "activities", i], params: { id: a.id, title: a.title } });
  });
  if (opts?.gaps !== undefined) {
    const named = new Set(plan.goals.map((g) => g.skill).filter((s): s is string => s !== undefined));
    for (const gap of opts.gaps) if (!named.has(gap.skill)) findings.push({ code: "development.plan.gap-not-covered", severity: "info", params: { skill: gap.skill, gap: gap.required - gap.current } });
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return findings.map((f, i) => ({ f, i })).sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i).map((x) => x.f);
}

/**
 * The 70-20-10 reference mix in percent: about 70% experience, 20% social, 10% formal
 * (Lombardo & Eichinger, from interviews with 191 executives). **[HEURISTIC]**: the ratios are
 * indicative, not an empirical prescription; {@link developmentPlanMix} only compares with them.
 *
 * @example
 * ```ts
 * DEFAULT_DEVELOPMENT_MIX.experience; //=> 70
 * ```
 * @category Development
 */
export const DEFAULT_DEVELOPMENT_MIX: Readonly<Record<DevelopmentFormat, number>> = deepFreeze({ experience: 70, social: 20, formal: 10 });

/**
 * Options of {@link developmentPlanMix}.
 *
 * @example
 * ```ts
 * const opts: DevelopmentMixOptions = { basis: "hours", farFromReferencePoints: 15 };
 * ```
 * @category Development
 */
export interface DevelopmentMixOptions {
  /** Count activities (default) or add up their hours (then every activity needs `hours`). */
  readonly basis?: "activities" | "hours";
  /** The reference mix in whole percent adding up to 100; default {@link DEFAULT_DEVELOPMENT_MIX}. */
  readonly reference?: Readonly<Record<DevelopmentFormat, number>>;
  /**
   * A kind further than this many percentage points from the reference gets an info finding
   * (never a pass/fail). Default 20 **[HEURISTIC]**; `null` for no findings.
   */
  readonly farFromReferencePoints?: number | null;
}

/**
 * The 70-20-10 mix of a plan.
 *
 * @example
 * ```ts
 * const mix: DevelopmentMix = developmentPlanMix(plan, { basis: "hours" });
 * ```
 * @category Development
 */
export interface DevelopmentMix {
  readonly basis: "activities" | "hours";
  /** Activities counted, or hours added up. */
  readonly total: number;
  readonly kinds: readonly {
    readonly kind: DevelopmentFormat;
    readonly amount: number;
    /** `amount / total`; `null` for an empty plan. */
    readonly share: ExactShare | null;
    readonly reference: number;
    /** `100 × share − reference` in percentage points, rounded once to one decimal, half away from zero; `null` for an empty plan. */
    readonly deltaPoints: number | null;
  }[];
  readonly findings: readonly F[];
}

/**
 * How a plan's activities divide between experience, social and formal learning, next to the
 * 70-20-10 reference. It is descriptive: 70-20-10 is a rule of thumb, so the mix never passes or
 * fails. A kind far from the reference (more than 20 points by default) gets an info finding that
 * says so; an empty plan gets `null` shares and a note.
 *
 * @throws {ValidationError} naming every bad path of the plan or the options; with `basis:
 * "hours"`, each activity without hours.
 * @example
 * ```ts
 * // research case S4: 28 h experience, 8 h social, 12 h formal
 * const plan = { id: "idp", memberId: "wang", goals: [], activities: [
 *   { id: "a1", title: "主导一个续约项目", format: "experience", hours: 28, due: "2027-03-31" },
 *   { id: "a2", title: "每两周和导师复盘", format: "social", hours: 8, due: "2027-03-31" },
 *   { id: "a3", title: "预测课程", format: "formal", hours: 12, due: "2027-01-31" },
 * ] };
 * const mix = developmentPlanMix(plan, { basis: "hours" });
 * mix.kinds.map((k) => [k.kind, k.share?.percent, k.deltaPoints]); //=> [["experience", 58.3, -11.7], ["social", 16.7, -3.3], ["formal", 25, 15]]
 * mix.findings; //=> []
 * ```
 * @category Development
 */
export function developmentPlanMix(plan: DevelopmentPlan, opts?: DevelopmentMixOptions): DevelopmentMix {
  const issues: Issues = [];
  const planOk = checkPlan(plan, ["plan"], issues);
  let basis: "activities" | "hours" = "activities";
  if (checkOptions(opts, ["opts"], issues) && opts !== undefined) {
    if (opts.basis !== undefined && checkEnum(opts.basis, ["activities", "hours"] as const, ["opts", "basis"], issues)) basis = opts.basis;
    if (opts.reference !== undefined && checkRecord(opts.reference, ["opts", "reference"], issues)) {
      let sum = 0;
      let ok = true;
      for (const k of FORMATS) {
        const v = opts.reference[k];
        if (checkInteger(v, ["opts", "reference", k], issues, { min: 0, max: 100 })) sum += v;
        else ok = false;
      }
      if (ok && sum !== 100) report(issues, ["opts", "reference"], "validation.exact-total", { expected: 100, value: sum });
    }
    const far = opts.farFromReferencePoints;
    if (far !== undefined && far !== null) checkInteger(far, ["opts", "farFromReferencePoints"], issues, { min: 0, max: 100 });
  }
  if (planOk && basis === "hours") {
    plan.activities.forEach((a, i) => {
      if (a.hours === undefined) report(issues, ["plan", "activities", i, "hours"], "validation.required");
    });
  }
  throwIfIssues(issues);
  const reference = opts?.reference ?? DEFAULT_DEVELOPMENT_MIX;
  const far = opts?.farFromReferencePoints === undefined ? 20 : opts.farFromReferencePoints;
  // amounts as integers at one scale: counts, or hours brought to a common decimal scale
  const amounts = basis === "hours" ? toCommonScale(plan.activities.map((a) => parseDec(a.hours)!)) : { scale: 0, values: plan.activities.map(() => 1n) };
  const per: Record<DevelopmentFormat, bigint> = { experience: 0n, social: 0n, formal: 0n };
  let total = 0n;
  plan.activities.forEach((a, i) => {
    per[a.format] += amounts.values[i]!;
    total += amounts.values[i]!;
  });
  const findings: F[] = [];
  const kinds = FORMATS.map((kind) => {
    const amount = per[kind];
    const ref = BigInt(reference[kind]);
    if (total === 0n) return { kind, amount: 0, share: null, reference: reference[kind], deltaPoints: null };
    const share = exactShare(amount, total);
    // 100 × amount / total − ref, exactly: (100 × amount − ref × total) / total
    const deltaNumerator = 100n * amount - ref * total;
    const deltaPoints = scaledToNumber(divideRoundedBig(deltaNumerator * 10n, total, "half-up"), 1);
    const absolute = deltaNumerator < 0n ? -deltaNumerator : deltaNumerator;
    if (far !== null && absolute > BigInt(far) * total) {
      findings.push({ code: "development.plan.mix-far-from-reference", severity: "info", params: { kind, percent: share.percent, reference: reference[kind], limit: far } });
    }
    return { kind, amount: scaledToNumber(amount, amounts.scale), share, reference: reference[kind], deltaPoints };
  });
  if (total === 0n) findings.push({ code: "development.plan.mix-empty", severity: "info", params: { id: plan.id } });
  return { basis, total: scaledToNumber(total, amounts.scale), kinds, findings };
}

/**
 * Progress of a plan on a day.
 *
 * @example
 * ```ts
 * const p: DevelopmentProgress = { asOf: "2027-02-01", done: 1, total: 3, share: { fraction: "1/3", value: 1 / 3, percent: 33.3 }, byGoal: [], overdue: [], findings: [] };
 * ```
 * @category Development
 */
export interface DevelopmentProgress {
  readonly asOf: CalendarDate;
  /** Activities completed on or before `asOf`. */
  readonly done: number;
  readonly total: number;
  /** `done / total`; `null` for a plan without activities. */
  readonly share: ExactShare | null;
  /** Per goal, in the plan's order: its activities done and in all. */
  readonly byGoal: readonly { readonly goalId: string; readonly done: number; readonly total: number }[];
  /** Activities not done by `asOf` whose due date has passed, in the plan's order, with the days past due. */
  readonly overdue: readonly { readonly id: string; readonly title: string; readonly due: CalendarDate; readonly days: number }[];
  /** A `development.plan.activity-overdue` warning per overdue activity. */
  readonly findings: readonly F[];
}

/**
 * Progress of a development plan on `asOf`: activities done (completed on or before `asOf`;
 * a completion dated later does not count yet) out of all, per goal, and the overdue ones (not
 * done, due before `asOf`; due on `asOf` is not overdue yet). Activities without a due date are
 * never overdue ({@link checkDevelopmentPlan} flags them).
 *
 * @throws {ValidationError} naming every bad path of the plan or the date.
 * @example
 * ```ts
 * const plan = { id: "idp", memberId: "wang", goals: [{ id: "g1", title: "独立做预测", skill: "forecasting" }], activities: [
 *   { id: "a1", title: "预测课程", goalId: "g1", format: "formal", due: "2027-01-31", completedOn: "2027-01-20" },
 *   { id: "a2", title: "跟岗做Q1预测", goalId: "g1", format: "experience", due: "2027-02-15" },
 * ] };
 * const p = developmentPlanProgress(plan, "2027-02-20");
 * [p.done, p.total, p.share?.percent]; //=> [1, 2, 50]
 * p.overdue; //=> [{ id: "a2", title: "跟岗做Q1预测", due: "2027-02-15", days: 5 }]
 * ```
 * @category Development
 */
export function developmentPlanProgress(plan: DevelopmentPlan, asOf: CalendarDate): DevelopmentProgress {
  const issues: Issues = [];
  checkPlan(plan, ["plan"], issues);
  checkCalendarDate(asOf, ["asOf"], issues);
  throwIfIssues(issues);
  const today = toDayNumber(asOf);
  const goals = new Map(plan.goals.map((g) => [g.id, { goalId: g.id, done: 0, total: 0 }]));
  let done = 0;
  const overdue: { id: string; title: string; due: CalendarDate; days: number }[] = [];
  const findings: F[] = [];
  plan.activities.forEach((a, i) => {
    const isDone = a.completedOn !== undefined && a.completedOn <= asOf;
    if (isDone) done++;
    const g = a.goalId === undefined ? undefined : goals.get(a.goalId);
    if (g !== undefined) {
      g.total++;
      if (isDone) g.done++;
    }
    if (!isDone && a.due !== undefined && a.due < asOf) {
      const days = today - toDayNumber(a.due);
      overdue.push({ id: a.id, title: a.title, due: a.due, days });
      findings.push({ code: "development.plan.activity-overdue", severity: "warning", path: ["plan", "activities", i], params: { id: a.id, title: a.title, due: a.due, days } });
    }
  });
  const total = plan.activities.length;
  return { asOf, done, total, share: total === 0 ? null : exactShare(BigInt(done), BigInt(total)), byGoal: [...goals.values()], overdue, findings };
}
