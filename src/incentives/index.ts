/**
 * `team-playbook/incentives`: commissions, bonuses and SPIFs paid to the cent and explained
 * line by line; draws, clawbacks and caps; schedules, payroll runs and team pools (practice 4,
 * 激励与认可).
 *
 * @module incentives
 */
export type { IncentiveExplanationCode, IncentiveFindingCode } from "./codes.js";
export type {
  BonusComponent,
  BonusMeasure,
  ClawbackPolicy,
  CommissionComponent,
  Credit,
  CreditFilter,
  CreditKind,
  CreditPayout,
  CreditSplit,
  DrawPolicy,
  Employment,
  IncentivePlan,
  PaidCredit,
  PayoutCarry,
  PayoutInput,
  PayoutLine,
  PayoutLineKind,
  PayoutRunInput,
  PayoutStatement,
  PeriodCap,
  PlanComponent,
  ScheduleInput,
  SpifComponent,
  TierBand,
  TierTable,
} from "./types.js";
export { calculatePayout, calculatePayouts } from "./payout.js";
export { calculatePayoutSchedule } from "./schedule.js";
export { allocatePool } from "./pool.js";
export { checkPlan } from "./check-plan.js";
export { renderStatement, type RenderStatementOptions } from "./render.js";
export { disputeStatementLine, type DisputeClaim, type DisputeRecord } from "./dispute.js";
export {
  CreditFilterSchema,
  CreditSchema,
  DisputeRecordSchema,
  IncentivePlanSchema,
  PayoutInputSchema,
  parseCredits,
  parseIncentivePlan,
  safeParseCredits,
  safeParseIncentivePlan,
} from "./schema.js";
export { incentivesMessagesEn } from "./messages/en.js";
export { incentivesMessagesZhCN } from "./messages/zh-CN.js";
