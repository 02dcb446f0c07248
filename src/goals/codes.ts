/**
 * Codes of the goals module's findings and explanation steps.
 * @module
 */

/**
 * Every finding the goals module raises.
 *
 * @example
 * ```ts
 * const code: GoalFindingCode = "smart.measurable.no-target";
 * ```
 * @category Goals
 */
export type GoalFindingCode =
  | "smart.specific.no-owner"
  | "smart.specific.vague"
  | "smart.specific.compound"
  | "smart.specific.empty-title"
  | "smart.measurable.no-metric"
  | "smart.measurable.no-unit"
  | "smart.measurable.no-direction"
  | "smart.measurable.no-target"
  | "smart.measurable.no-baseline"
  | "smart.measurable.wrong-side"
  | "smart.achievable.no-history"
  | "smart.achievable.cannot-compare"
  | "smart.achievable.stretch"
  | "smart.achievable.unrealistic"
  | "smart.relevant.unaligned"
  | "smart.relevant.unknown-parent"
  | "smart.relevant.parent-not-checked"
  | "smart.time-bound.no-due"
  | "smart.time-bound.due-before-start"
  | "smart.time-bound.too-long"
  | "smart.time-bound.no-start"
  | "smart.time-bound.due-passed"
  | "goals.progress.no-metric"
  | "goals.progress.no-span"
  | "goals.progress.no-baseline"
  | "goals.progress.no-check-in"
  | "goals.cascade.outside-parent-span"
  | "goals.cascade.targets-short"
  | "goals.cascade.unit-mismatch"
  | "goals.cascade.unknown-parent"
  | "goals.draft.period"
  | "goals.draft.assumed-increase"
  | "goals.draft.assumed-unit"
  | "goals.draft.multiplier"
  | "goals.draft.percent-points"
  | "goals.draft.compound"
  | "goals.draft.no-target"
  | "goals.draft.no-period";

/**
 * Codes of the steps in a goal progress explanation.
 *
 * @example
 * ```ts
 * const code: GoalExplanationCode = "goals.progress.ratio";
 * ```
 * @category Goals
 */
export type GoalExplanationCode =
  | "goals.progress.current"
  | "goals.progress.ratio"
  | "goals.progress.condition"
  | "goals.progress.expected"
  | "goals.progress.projected"
  | "goals.progress.required-rate"
  | "goals.progress.status";
