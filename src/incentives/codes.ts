/**
 * Codes of the incentives module's findings and explanation steps.
 * @module
 */

/**
 * Every finding the incentives module raises (see {@link checkPlan}).
 *
 * @example
 * ```ts
 * const code: IncentiveFindingCode = "incentives.plan.retroactive-cliff";
 * ```
 * @category Incentives
 */
export type IncentiveFindingCode = "incentives.plan.retroactive-cliff" | "incentives.plan.gate-cliff";

/**
 * Codes of the steps in payout explanations.
 *
 * @example
 * ```ts
 * const code: IncentiveExplanationCode = "incentives.commission.band";
 * ```
 * @category Incentives
 */
export type IncentiveExplanationCode =
  | "incentives.quota.full"
  | "incentives.quota.prorated"
  | "incentives.quota.zero"
  | "incentives.quota.none"
  | "incentives.attainment"
  | "incentives.gate.passed"
  | "incentives.gate.failed"
  | "incentives.gate.no-quota"
  | "incentives.commission.credit"
  | "incentives.commission.credit-capped"
  | "incentives.commission.band"
  | "incentives.commission.retroactive"
  | "incentives.commission.below-bands"
  | "incentives.bonus.measure"
  | "incentives.bonus.prorate"
  | "incentives.bonus.total"
  | "incentives.spif.credit"
  | "incentives.spif.once"
  | "incentives.spif.none"
  | "incentives.clawback.full"
  | "incentives.clawback.unserved"
  | "incentives.clawback.outside-window"
  | "incentives.line.round"
  | "incentives.cap.carried-in"
  | "incentives.cap.carried-out"
  | "incentives.cap.forfeited"
  | "incentives.deficit"
  | "incentives.draw.additive"
  | "incentives.draw.advanced"
  | "incentives.draw.guaranteed"
  | "incentives.draw.recovered"
  | "incentives.balance.recovered"
  | "incentives.statement.net";
