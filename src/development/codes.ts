/**
 * Codes of the development module's findings.
 * @module
 */

/**
 * Every finding the development module raises.
 *
 * @example
 * ```ts
 * const code: DevelopmentFindingCode = "development.bus-factor.low";
 * ```
 * @category Development
 */
export type DevelopmentFindingCode =
  | "development.readiness.gap"
  | "development.readiness.met"
  | "development.readiness.no-requirements"
  | "development.ladder.top-rung"
  | "development.training.closes-gap"
  | "development.training.none-for-gap"
  | "development.plan.unlinked-goal"
  | "development.plan.goal-without-activities"
  | "development.plan.activity-no-due-date"
  | "development.plan.gap-not-covered"
  | "development.plan.activity-overdue"
  | "development.plan.mix-far-from-reference"
  | "development.plan.mix-empty"
  | "development.bus-factor.none"
  | "development.bus-factor.low";

/**
 * Codes of the steps in development explanations: one step per required skill of a readiness
 * figure, and the total.
 *
 * @example
 * ```ts
 * const code: DevelopmentExplanationCode = "development.readiness.total";
 * ```
 * @category Development
 */
export type DevelopmentExplanationCode = "development.readiness.skill" | "development.readiness.total";
