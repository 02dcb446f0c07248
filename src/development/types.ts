/**
 * The data of training and development: skills on a 0–4 proficiency scale, role profiles and
 * career ladders, a training catalogue and training records, and individual development plans.
 * @module
 */
import type { CalendarDate } from "../core/dates.js";

/**
 * A proficiency level on the 0–4 scale: 0 none, 1 aware, 2 performs with supervision,
 * 3 independent, 4 teaches others (see {@link PROFICIENCY_SCALE} for the anchor descriptions).
 *
 * @example
 * ```ts
 * const level: ProficiencyLevel = 3;
 * ```
 * @category Development
 */
export type ProficiencyLevel = 0 | 1 | 2 | 3 | 4;

/**
 * What one person can do: a level per skill. A skill left out counts as level 0.
 *
 * @example
 * ```ts
 * const wang: SkillProfile = { id: "wang", skills: { negotiation: 2, forecasting: 1 } };
 * ```
 * @category Development
 */
export interface SkillProfile {
  /** The member's id; needed only where several members are compared (the bus factor). */
  readonly id?: string;
  /** A whole number 0–4 per skill (see {@link ProficiencyLevel}); checked when used. */
  readonly skills: Readonly<Record<string, number>>;
}

/**
 * One requirement of a role: the level needed (1–4) and how much it matters (a positive
 * number, default 1; weights are relative, so 3 and 1 mean "three times as important").
 *
 * @example
 * ```ts
 * const r: SkillRequirement = { level: 3, weight: 2 };
 * ```
 * @category Development
 */
export interface SkillRequirement {
  /** A whole number 1–4. */
  readonly level: number;
  readonly weight?: number;
}

/**
 * A role profile: the level each skill needs, with weights.
 *
 * @example
 * ```ts
 * const kam: RoleProfile = { id: "kam", title: "Key account manager", requirements: { negotiation: { level: 3, weight: 3 }, forecasting: { level: 3, weight: 2 } } };
 * ```
 * @category Development
 */
export interface RoleProfile {
  readonly id?: string;
  readonly title?: string;
  readonly requirements: Readonly<Record<string, SkillRequirement>>;
}

/**
 * A career ladder: role profiles in order, from the first rung to the top. Every rung has an id.
 *
 * @example
 * ```ts
 * const ladder: CareerLadder = { id: "sales", rungs: [{ id: "am", requirements: { negotiation: { level: 2 } } }, { id: "kam", requirements: { negotiation: { level: 3 } } }] };
 * ```
 * @category Development
 */
export interface CareerLadder {
  readonly id?: string;
  readonly title?: string;
  readonly rungs: readonly (RoleProfile & { readonly id: string })[];
}

/**
 * A skill short of its requirement. `gap = required − current` (always ≥ 1); `weightedGap =
 * gap × weight`, exact for weights written with up to 30 decimals.
 *
 * @example
 * ```ts
 * const g: SkillGap = { skill: "forecasting", required: 3, current: 1, gap: 2, weight: 2, weightedGap: 4 };
 * ```
 * @category Development
 */
export interface SkillGap {
  readonly skill: string;
  readonly required: number;
  readonly current: number;
  readonly gap: number;
  readonly weight: number;
  readonly weightedGap: number;
}

/**
 * The three kinds of the 70-20-10 model: `experience` (on-the-job assignments, ~70%),
 * `social` (coaching, mentoring, feedback, ~20%) and `formal` (courses, ~10%).
 *
 * @example
 * ```ts
 * const kind: DevelopmentFormat = "social";
 * ```
 * @category Development
 */
export type DevelopmentFormat = "experience" | "social" | "formal";

/**
 * A training in the catalogue: the skills it raises and the level each reaches (a course that
 * takes people to "with supervision" raises to 2), its 70-20-10 kind, and its length in hours.
 *
 * @example
 * ```ts
 * const t: Training = { id: "neg-201", title: "价值谈判进阶", skills: [{ skill: "negotiation", raisesTo: 3 }], format: "formal", hours: 16 };
 * ```
 * @category Development
 */
export interface Training {
  readonly id: string;
  readonly title: string;
  /** `raisesTo` is a whole number 1–4. */
  readonly skills: readonly { readonly skill: string; readonly raisesTo: number }[];
  readonly format: DevelopmentFormat;
  readonly hours?: number;
}

/**
 * Who was assigned which training when, and when they completed it (left out while not
 * completed).
 *
 * @example
 * ```ts
 * const r: TrainingRecord = { memberId: "wang", trainingId: "neg-201", assignedOn: "2026-09-01", completedOn: "2026-09-20" };
 * ```
 * @category Development
 */
export interface TrainingRecord {
  readonly memberId: string;
  readonly trainingId: string;
  readonly assignedOn: CalendarDate;
  readonly completedOn?: CalendarDate;
}

/**
 * A goal of a development plan. It is linked when it names the skill gap it closes (`skill`,
 * with the level aimed at) or the career aim it serves (`careerAim`: a role id or words).
 *
 * @example
 * ```ts
 * const g: DevelopmentGoal = { id: "g1", title: "独立完成大客户预测", skill: "forecasting", targetLevel: 3, horizon: "short" };
 * ```
 * @category Development
 */
export interface DevelopmentGoal {
  readonly id: string;
  readonly title: string;
  readonly skill?: string;
  /** A whole number 1–4. */
  readonly targetLevel?: number;
  readonly careerAim?: string;
  /** Short term (within a year) or long term (several years), as in the OPM description of an IDP. */
  readonly horizon?: "short" | "long";
}

/**
 * An activity of a development plan: what to do, its 70-20-10 kind, when it is due, how many
 * hours it takes, and when it was done.
 *
 * @example
 * ```ts
 * const a: DevelopmentActivity = { id: "a1", title: "跟李经理一起做Q4预测", goalId: "g1", format: "social", due: "2026-12-15", hours: 8 };
 * ```
 * @category Development
 */
export interface DevelopmentActivity {
  readonly id: string;
  readonly title: string;
  readonly goalId?: string;
  readonly format: DevelopmentFormat;
  readonly due?: CalendarDate;
  readonly hours?: number;
  readonly trainingId?: string;
  readonly completedOn?: CalendarDate;
}

/**
 * An individual development plan (IDP): a partnership of the member and their manager, with
 * goals and the activities that reach them. It is not a performance appraisal.
 *
 * @example
 * ```ts
 * const plan: DevelopmentPlan = { id: "idp-wang-2027", memberId: "wang", goals: [g], activities: [a] };
 * ```
 * @category Development
 */
export interface DevelopmentPlan {
  readonly id: string;
  readonly memberId: string;
  readonly goals: readonly DevelopmentGoal[];
  readonly activities: readonly DevelopmentActivity[];
}

/**
 * A share computed exactly: the fraction in lowest terms, its value, and the percentage
 * rounded once to one decimal, half away from zero.
 *
 * @example
 * ```ts
 * const s: ExactShare = { fraction: "22/29", value: 22 / 29, percent: 75.9 };
 * ```
 * @category Development
 */
export interface ExactShare {
  readonly fraction: string;
  readonly value: number;
  readonly percent: number;
}
