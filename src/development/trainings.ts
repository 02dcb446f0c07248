/**
 * Training recommendations from a catalogue, and completion of assigned trainings.
 * @module
 */
import { checkInteger, checkOptions, checkRecord, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Finding } from "../core/findings.js";
import { checkPeriod, type Period } from "../core/periods.js";
import { checkCatalog, checkGaps, checkTrainingRecords } from "./_lib/check.js";
import { exactShare, scaledToNumber, toCommonScale } from "./_lib/exact.js";
import type { DevelopmentFindingCode } from "./codes.js";
import type { DevelopmentFormat, ExactShare, SkillGap, Training, TrainingRecord } from "./types.js";

/**
 * One training worth taking, with what it closes.
 *
 * @example
 * ```ts
 * const r: TrainingRecommendation = {
 *   trainingId: "fc-101", title: "Forecasting basics", format: "formal", hours: 8, weightedGapClosed: 4,
 *   closes: [{ skill: "forecasting", current: 1, reaches: 3, required: 3, closed: 2, weight: 2 }], closesFully: ["forecasting"], reasons: [],
 * };
 * ```
 * @category Development
 */
export interface TrainingRecommendation {
  readonly trainingId: string;
  readonly title: string;
  readonly format: DevelopmentFormat;
  readonly hours?: number;
  /** Σ weight × closed over the gaps it works on. */
  readonly weightedGapClosed: number;
  /** Each gap it works on: from `current` up to `reaches` = min(raisesTo, required), `closed` levels. */
  readonly closes: readonly { readonly skill: string; readonly current: number; readonly reaches: number; readonly required: number; readonly closed: number; readonly weight: number }[];
  /** The skills it brings all the way to their requirement. */
  readonly closesFully: readonly string[];
  /** One `development.training.closes-gap` finding per gap it works on, to show why it is recommended. */
  readonly reasons: readonly Finding<DevelopmentFindingCode>[];
}

/**
 * The result of {@link recommendTrainings}.
 *
 * @example
 * ```ts
 * const r: TrainingRecommendations = { recommendations: [], uncovered: ["negotiation"], findings: [] };
 * ```
 * @category Development
 */
export interface TrainingRecommendations {
  readonly recommendations: readonly TrainingRecommendation[];
  /** Gaps no training of the catalogue works on, in the order of the gaps. */
  readonly uncovered: readonly string[];
  /** A `development.training.none-for-gap` finding per uncovered gap. */
  readonly findings: readonly Finding<DevelopmentFindingCode>[];
}

/**
 * The trainings of a catalogue that close some of the gaps (as {@link skillGaps} returns them),
 * best first. A training works on a gap when it raises that skill above the member's current
 * level; it closes `min(raisesTo, required) − current` levels of it (raising beyond the
 * requirement earns nothing). Trainings are ordered by the weighted gap they close (Σ weight ×
 * levels closed, compared exactly), then by fewer hours (unknown hours last), then by id.
 * Trainings that close nothing are left out; `limit` keeps the first few. Gaps that no training
 * works on are listed in `uncovered`, each with a finding: they need an assignment or a mentor
 * rather than a course.
 *
 * @throws {ValidationError} naming every bad path of the gaps, the catalogue or the options.
 * @example
 * ```ts
 * const gaps = [
 *   { skill: "forecasting", required: 3, current: 1, gap: 2, weight: 2 },
 *   { skill: "negotiation", required: 3, current: 2, gap: 1, weight: 3 },
 * ];
 * const catalog = [
 *   { id: "neg-201", title: "价值谈判进阶", skills: [{ skill: "negotiation", raisesTo: 3 }], format: "formal", hours: 16 },
 *   { id: "fc-101", title: "销售预测入门", skills: [{ skill: "forecasting", raisesTo: 2 }], format: "formal", hours: 8 },
 *   { id: "shadow", title: "跟岗大客户经理做季度预测", skills: [{ skill: "forecasting", raisesTo: 3 }], format: "experience" },
 * ];
 * recommendTrainings(gaps, catalog).recommendations.map((r) => [r.trainingId, r.weightedGapClosed]);
 * //=> [["shadow", 4], ["neg-201", 3], ["fc-101", 2]]
 * ```
 * @category Development
 */
export function recommendTrainings(gaps: readonly SkillGap[], catalog: readonly Training[], opts?: { readonly limit?: number }): TrainingRecommendations {
  const issues: Issues = [];
  const checked = checkGaps(gaps, ["gaps"], issues);
  checkCatalog(catalog, ["catalog"], issues);
  if (checkOptions(opts, ["opts"], issues) && opts?.limit !== undefined) checkInteger(opts.limit, ["opts", "limit"], issues, { min: 0 });
  throwIfIssues(issues);
  const { scale, values } = toCommonScale(checked!.map((g) => g.dec));
  const bySkill = new Map(checked!.map((g, i) => [g.skill, { ...g, w: values[i]! }]));
  const covered = new Set<string>();
  const ranked: { rec: TrainingRecommendation; exact: bigint; hours: number | undefined }[] = [];
  for (const t of catalog) {
    let exact = 0n;
    const closes: TrainingRecommendation["closes"][number][] = [];
    const reasons: Finding<DevelopmentFindingCode>[] = [];
    for (const s of t.skills) {
      const g = bySkill.get(s.skill);
      if (g === undefined) continue;
      const reaches = Math.min(s.raisesTo, g.required);
      const closed = reaches - g.current;
      if (closed <= 0) continue;
      covered.add(g.skill);
      exact += g.w * BigInt(closed);
      closes.push({ skill: g.skill, current: g.current, reaches, required: g.required, closed, weight: g.weight });
      reasons.push({ code: "development.training.closes-gap", severity: "info", params: { trainingId: t.id, title: t.title, skill: g.skill, current: g.current, reaches, required: g.required } });
    }
    if (closes.length === 0) continue;
    const rec: TrainingRecommendation = {
      trainingId: t.id,
      title: t.title,
      format: t.format,
      ...(t.hours === undefined ? {} : { hours: t.hours }),
      weightedGapClosed: scaledToNumber(exact, scale),
      closes,
      closesFully: closes.filter((c) => c.reaches === c.required).map((c) => c.skill),
      reasons,
    };
    ranked.push({ rec, exact, hours: t.hours });
  }
  ranked.sort((a, b) => {
    if (a.exact !== b.exact) return a.exact > b.exact ? -1 : 1;
    if (a.hours !== b.hours) return a.hours === undefined ? 1 : b.hours === undefined ? -1 : a.hours - b.hours;
    return a.rec.trainingId < b.rec.trainingId ? -1 : a.rec.trainingId > b.rec.trainingId ? 1 : 0;
  });
  const limited = opts?.limit === undefined ? ranked : ranked.slice(0, opts.limit);
  const uncovered = checked!.filter((g) => !covered.has(g.skill)).map((g) => g.skill);
  return {
    recommendations: limited.map((r) => r.rec),
    uncovered,
    findings: uncovered.map((skill) => ({ code: "development.training.none-for-gap", severity: "info", params: { skill } })),
  };
}

/**
 * Completion of one training, one member, or all records.
 *
 * @example
 * ```ts
 * const row: CompletionRow = { id: "neg-201", assigned: 4, completed: 3, rate: { fraction: "3/4", value: 0.75, percent: 75 } };
 * ```
 * @category Development
 */
export interface CompletionRow {
  /** The training id or member id (`"*"` for the overall row). */
  readonly id: string;
  readonly assigned: number;
  readonly completed: number;
  /** `completed / assigned`; `null` when nothing was assigned. */
  readonly rate: ExactShare | null;
}

/**
 * The result of {@link trainingCompletion}.
 *
 * @example
 * ```ts
 * const c: TrainingCompletion = { period, overall, byTraining: [], byMember: [], completions: [] };
 * ```
 * @category Development
 */
export interface TrainingCompletion {
  readonly period: Period;
  readonly overall: CompletionRow;
  /** One row per training assigned in the period, by training id (code-unit order). */
  readonly byTraining: readonly CompletionRow[];
  /** One row per member assigned a training in the period, by member id. */
  readonly byMember: readonly CompletionRow[];
  /** Who completed what and when, for every completion dated within the period (whenever it was assigned), by date then member. */
  readonly completions: readonly { readonly memberId: string; readonly trainingId: string; readonly completedOn: string }[];
}

/**
 * Completion of trainings assigned in a period: the cohort is every record with `assignedOn`
 * in the period, and a record counts as completed when its `completedOn` is no later than the
 * period's end. Rates are exact fractions (percent rounded once to one decimal, half away from
 * zero), `null` with nothing assigned. `completions` lists every completion dated within the
 * period, whenever it was assigned. One pass over the records.
 *
 * @throws {ValidationError} naming every bad record (a completion before its assignment is one) or a bad period.
 * @example
 * ```ts
 * const records = [
 *   { memberId: "wang", trainingId: "neg-201", assignedOn: "2026-10-08", completedOn: "2026-10-30" },
 *   { memberId: "li", trainingId: "neg-201", assignedOn: "2026-10-08" },
 *   { memberId: "li", trainingId: "fc-101", assignedOn: "2026-11-02", completedOn: "2026-11-20" },
 *   { memberId: "zhao", trainingId: "fc-101", assignedOn: "2026-11-02", completedOn: "2027-01-05" },
 * ];
 * const c = trainingCompletion(records, { period: { start: "2026-10-01", end: "2026-12-31" } });
 * c.overall; //=> { id: "*", assigned: 4, completed: 2, rate: { fraction: "1/2", value: 0.5, percent: 50 } }
 * c.byMember.map((r) => [r.id, r.completed, r.assigned]); //=> [["li", 1, 2], ["wang", 1, 1], ["zhao", 0, 1]]
 * ```
 * @category Development
 */
export function trainingCompletion(records: readonly TrainingRecord[], opts: { readonly period: Period }): TrainingCompletion {
  const issues: Issues = [];
  checkTrainingRecords(records, ["records"], issues);
  if (checkRecord(opts, ["opts"], issues)) checkPeriod(opts.period, ["opts", "period"], issues);
  throwIfIssues(issues);
  const { start, end } = opts.period;
  const byTraining = new Map<string, { assigned: number; completed: number }>();
  const byMember = new Map<string, { assigned: number; completed: number }>();
  let assigned = 0;
  let completed = 0;
  const completions: { memberId: string; trainingId: string; completedOn: string }[] = [];
  const bump = (map: Map<string, { assigned: number; completed: number }>, key: string, done: boolean): void => {
    const row = map.get(key) ?? { assigned: 0, completed: 0 };
    row.assigned++;
    if (done) row.completed++;
    map.set(key, row);
  };
  for (const r of records) {
    if (r.completedOn !== undefined && r.completedOn >= start && r.completedOn <= end) completions.push({ memberId: r.memberId, trainingId: r.trainingId, completedOn: r.completedOn });
    if (r.assignedOn < start || r.assignedOn > end) continue; // ISO dates compare as text
    const done = r.completedOn !== undefined && r.completedOn <= end;
    assigned++;
    if (done) completed++;
    bump(byTraining, r.trainingId, done);
    bump(byMember, r.memberId, done);
  }
  const row = (id: string, c: { assigned: number; completed: number }): CompletionRow => ({
    id,
    assigned: c.assigned,
    completed: c.completed,
    rate: c.assigned === 0 ? null : exactShare(BigInt(c.completed), BigInt(c.assigned)),
  });
  const rows = (map: Map<string, { assigned: number; completed: number }>): CompletionRow[] =>
    [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => row(k, map.get(k)!));
  completions.sort((a, b) => (a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
  return { period: { start, end }, overall: row("*", { assigned, completed }), byTraining: rows(byTraining), byMember: rows(byMember), completions };
}
