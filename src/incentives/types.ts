/**
 * The data of incentive plans, credits and payout statements. Plans are plain JSON: an app
 * stores them, edits them in a form and passes them to {@link calculatePayout}.
 * @module
 */
import type { CalendarDate } from "../core/dates.js";
import type { DecimalInput } from "../core/decimal.js";
import type { Explanation } from "../core/explain.js";
import type { Period } from "../core/periods.js";
import type { RoundingMode } from "../core/rounding.js";
import type { ScoringCurve } from "../performance/types.js";

/**
 * Which split of a credit a component reads: `revenue` shares total exactly 1 and count toward
 * quota; `overlay` shares (specialists, managers) may add any amount and never count toward quota.
 *
 * @example
 * ```ts
 * const kind: CreditKind = "overlay";
 * ```
 * @category Incentives
 */
export type CreditKind = "revenue" | "overlay";

/**
 * A condition on a credit's `attributes`: one attribute compared with `equals`, `in`, `gte`
 * and/or `lte` (all given must hold), or `all` / `any` of other filters. Numbers compare as
 * numbers, strings as strings (ISO dates therefore compare by date); a missing attribute never
 * matches.
 *
 * @example
 * ```ts
 * const filter: CreditFilter = { all: [{ attribute: "product", equals: "XScan 400" }, { attribute: "qty", gte: 10 }] };
 * ```
 * @category Incentives
 */
export type CreditFilter =
  | {
      readonly attribute: string;
      readonly equals?: string | number | boolean;
      readonly in?: readonly (string | number | boolean)[];
      readonly gte?: string | number;
      readonly lte?: string | number;
    }
  | { readonly all: readonly CreditFilter[] }
  | { readonly any: readonly CreditFilter[] };

/**
 * One band of a tier table: from `from` (inclusive) up to the next band's `from` (exclusive).
 * `from` is in minor units for `basis: "amount"` and a fraction of quota for `"attainment"`.
 *
 * @example
 * ```ts
 * const band: TierBand = { from: "1.2", rate: "0.16" };
 * ```
 * @category Incentives
 */
export interface TierBand {
  readonly from: DecimalInput;
  readonly rate: DecimalInput;
}

/**
 * A tier table. `marginal` pays each band's rate on the part of the base inside it;
 * `retroactive` pays the reached band's rate on all of it. `scope: "period"` (default) runs
 * the payee's credits through the bands in date order, `"credit"` starts each credit at zero.
 *
 * @example
 * ```ts
 * const tiers: TierTable = { mode: "marginal", basis: "attainment", bands: [{ from: 0, rate: "0.08" }, { from: 1, rate: "0.12" }] };
 * ```
 * @category Incentives
 */
export interface TierTable {
  readonly mode: "marginal" | "retroactive";
  readonly basis: "amount" | "attainment";
  readonly scope?: "period" | "credit";
  readonly bands: readonly TierBand[];
}

/**
 * A commission: a flat `rate` or `tiers` (exactly one) on the payee's share of each credit.
 *
 * @example
 * ```ts
 * const c: CommissionComponent = { kind: "commission", id: "base", rate: "0.05", gate: { minAttainment: "0.5" }, cap: { perCredit: 500000 } };
 * ```
 * @category Incentives
 */
export interface CommissionComponent {
  readonly kind: "commission";
  readonly id: string;
  /** Which split the component reads; default `revenue`. */
  readonly credit?: CreditKind;
  readonly rate?: DecimalInput;
  readonly tiers?: TierTable;
  /** Below this attainment (a fraction of quota, compared exactly) the component pays 0. */
  readonly gate?: { readonly minAttainment: DecimalInput };
  /** The most one credit can earn the payee (minor units), applied after the split. */
  readonly cap?: { readonly perCredit: number };
  /** Only credits matching this count for the component. */
  readonly filter?: CreditFilter;
}

/**
 * One measure of a bonus: its weight and the curve that turns its value into a payout factor
 * (the performance module's curve; a score of 1 is on target).
 *
 * @example
 * ```ts
 * const m: BonusMeasure = { key: "csat", weight: "0.3", curve: { threshold: { value: 4.05, score: 0.9 }, target: { value: 4.5, score: 1 } } };
 * ```
 * @category Incentives
 */
export interface BonusMeasure {
  /** `attainment` is computed from credits and quota; any other key is read from the input's `measures`. */
  readonly key: string;
  readonly weight: DecimalInput;
  readonly curve: ScoringCurve;
}

/**
 * A bonus: `targetIncentive × Σ weight × curve(value)`; the weights total exactly 1.
 *
 * @example
 * ```ts
 * const b: BonusComponent = { kind: "bonus", id: "q-bonus", targetIncentive: 1000000, measures: [{ key: "attainment", weight: 1, curve: { target: { value: 1, score: 1 } } }] };
 * ```
 * @category Incentives
 */
export interface BonusComponent {
  readonly kind: "bonus";
  readonly id: string;
  /** The bonus paid on target, in minor units. */
  readonly targetIncentive: number;
  readonly measures: readonly BonusMeasure[];
  /** `calendar-days` scales the target incentive by days employed in the period; default `none`. */
  readonly prorate?: "calendar-days" | "none";
}

/**
 * A SPIF: a fixed amount for each qualifying credit (`every`, default, weighted by the payee's
 * share) or once in the period when any credit qualifies (`once`).
 *
 * @example
 * ```ts
 * const s: SpifComponent = { kind: "spif", id: "scanner", amount: 25000, filter: { attribute: "qty", gte: 10 } };
 * ```
 * @category Incentives
 */
export interface SpifComponent {
  readonly kind: "spif";
  readonly id: string;
  readonly amount: number;
  readonly filter: CreditFilter;
  readonly mode?: "every" | "once";
  readonly credit?: CreditKind;
}

/**
 * A part of a plan that earns money.
 *
 * @example
 * ```ts
 * const parts: PlanComponent[] = [{ kind: "commission", id: "base", rate: "0.05" }];
 * ```
 * @category Incentives
 */
export type PlanComponent = CommissionComponent | BonusComponent | SpifComponent;

/**
 * A draw: pay guaranteed ahead of earnings.
 * - `style: "guarantee"` (default) pays at least `amount`: the top-up is `amount − earnings`;
 *   `"additive"` pays `amount` on top of earnings.
 * - `type: "recoverable"` adds what was advanced to the balance owed, recovered later from
 *   earnings above the draw (the Siebel rule); `"non-recoverable"` never owes it.
 * - `from` / `until` limit the periods the draw is given in; `recoverFrom` delays recovery to
 *   periods ending on or after it.
 *
 * @example
 * ```ts
 * const draw: DrawPolicy = { amount: 200000, type: "recoverable" };
 * ```
 * @category Incentives
 */
export interface DrawPolicy {
  readonly amount: number;
  readonly type: "recoverable" | "non-recoverable";
  readonly style?: "guarantee" | "additive";
  readonly from?: CalendarDate;
  readonly until?: CalendarDate;
  readonly recoverFrom?: CalendarDate;
}

/**
 * A clawback: a credit cancelled within `windowDays` (inclusive) of its date takes back what it
 * earned — all of it (`full`, default) or the unserved part of a term (`unserved-term`, the term
 * being `termMonths` or `termDays`, by default `windowDays` days).
 *
 * @example
 * ```ts
 * const clawback: ClawbackPolicy = { windowDays: 365, mode: "unserved-term", termMonths: 12 };
 * ```
 * @category Incentives
 */
export interface ClawbackPolicy {
  readonly windowDays: number;
  readonly mode?: "full" | "unserved-term";
  readonly termDays?: number;
  readonly termMonths?: number;
}

/**
 * The most a period pays; the excess is forfeited, or carried into the next period when
 * `payExcessLater` is set.
 *
 * @example
 * ```ts
 * const cap: PeriodCap = { perPeriod: 1000000, payExcessLater: true };
 * ```
 * @category Incentives
 */
export interface PeriodCap {
  readonly perPeriod: number;
  readonly payExcessLater?: boolean;
}

/**
 * An incentive plan. Amounts are minor units of `currency`; every line is rounded once with
 * `rounding` (default `half-even`).
 *
 * @example
 * ```ts
 * const plan: IncentivePlan = { id: "ka-2026", currency: "CNY", quota: { amount: 15000000 }, components: [{ kind: "commission", id: "base", rate: "0.05" }] };
 * ```
 * @category Incentives
 */
export interface IncentivePlan {
  readonly id: string;
  readonly currency: string;
  readonly rounding?: RoundingMode;
  /** The quota for one statement period, in minor units. */
  readonly quota?: { readonly amount: number; readonly prorate?: "calendar-days" | "none" };
  readonly components: readonly PlanComponent[];
  readonly draw?: DrawPolicy;
  readonly clawback?: ClawbackPolicy;
  readonly cap?: PeriodCap;
}

/**
 * One payee's share of a credit.
 *
 * @example
 * ```ts
 * const split: CreditSplit = { id: "li", share: "0.2", kind: "overlay" };
 * ```
 * @category Incentives
 */
export interface CreditSplit {
  readonly id: string;
  readonly share: DecimalInput;
  /** Default `revenue`. */
  readonly kind?: CreditKind;
}

/**
 * A credited sale (a won deal, an order, an invoice line; a negative amount is a credit note).
 * It counts in the period of its `date`; a cancelled credit earns nothing from the day it is
 * cancelled (`cancelledOn`; without it, never).
 *
 * @example
 * ```ts
 * const credit: Credit = { id: "d1", amount: 1234567, date: "2026-11-10", payees: [{ id: "zhang", share: 1 }] };
 * ```
 * @category Incentives
 */
export interface Credit {
  readonly id: string;
  readonly amount: number;
  readonly date: CalendarDate;
  readonly payees: readonly CreditSplit[];
  readonly status?: "won" | "cancelled";
  readonly cancelledOn?: CalendarDate;
  readonly attributes?: { readonly [name: string]: string | number | boolean };
}

/**
 * What a statement carries into the next period: the balance the payee owes (draws advanced,
 * negative earnings) and cap excess still to pay.
 *
 * @example
 * ```ts
 * const carry: PayoutCarry = { drawBalance: 50000, capExcess: 0 };
 * ```
 * @category Incentives
 */
export interface PayoutCarry {
  readonly drawBalance: number;
  readonly capExcess: number;
}

/**
 * What one credit has earned the payee in earlier statements (a clawback takes it back).
 *
 * @example
 * ```ts
 * const paid: PaidCredit = { creditId: "d1", amount: 50000 };
 * ```
 * @category Incentives
 */
export interface PaidCredit {
  readonly creditId: string;
  readonly amount: number;
}

/**
 * Employment dates; the quota (and bonuses that ask for it) is prorated by calendar days
 * employed inside the period.
 *
 * @example
 * ```ts
 * const e: Employment = { start: "2025-02-10" };
 * ```
 * @category Incentives
 */
export interface Employment {
  readonly start?: CalendarDate;
  readonly end?: CalendarDate;
}

/**
 * The input of one statement.
 *
 * @example
 * ```ts
 * const input: PayoutInput = { payeeId: "zhang", period: { start: "2026-10-01", end: "2026-12-31" }, credits: [] };
 * ```
 * @category Incentives
 */
export interface PayoutInput {
  readonly payeeId: string;
  readonly period: Period;
  readonly credits: readonly Credit[];
  /** Bonus measure values by key (exact decimals). */
  readonly measures?: { readonly [key: string]: DecimalInput };
  readonly employment?: Employment;
  readonly carry?: Partial<PayoutCarry>;
  readonly paidCredits?: readonly PaidCredit[];
}

/**
 * The kind of a statement line.
 * - `commission`, `bonus`, `spif`: a plan component's earnings for the period;
 * - `clawback`: what a cancelled credit earned, taken back;
 * - `cap-carry`: cap excess carried in from the last period; `cap`: the amount over the period cap;
 * - `deficit`: negative earnings moved to the balance owed, so nothing negative is paid;
 * - `draw`: the draw paid; `recovery`: balance owed recovered from earnings.
 *
 * @example
 * ```ts
 * const kind: PayoutLineKind = "clawback";
 * ```
 * @category Incentives
 */
export type PayoutLineKind = "commission" | "bonus" | "spif" | "clawback" | "cap-carry" | "cap" | "deficit" | "draw" | "recovery";

/**
 * One rounded line of a statement and how it was computed.
 *
 * @example
 * ```ts
 * const line: PayoutLine = { componentId: "base", kind: "commission", amount: 61728, explanation: { steps: [] } };
 * ```
 * @category Incentives
 */
export interface PayoutLine {
  readonly componentId: string;
  readonly kind: PayoutLineKind;
  readonly amount: number;
  /** The credit a clawback line reverses. */
  readonly creditId?: string;
  readonly explanation: Explanation;
}

/**
 * A rounded line's part that one credit earned (parts of a line sum to it exactly).
 *
 * @example
 * ```ts
 * const part: CreditPayout = { creditId: "d1", componentId: "base", amount: 5556 };
 * ```
 * @category Incentives
 */
export interface CreditPayout {
  readonly creditId: string;
  readonly componentId: string;
  readonly amount: number;
}

/**
 * One payee's statement for one period. Amounts are minor units of `currency`.
 *
 * @example
 * ```ts
 * statement.net; // what is paid
 * ```
 * @category Incentives
 */
export interface PayoutStatement {
  readonly planId: string;
  readonly payeeId: string;
  readonly period: Period;
  readonly currency: string;
  /** The (prorated) quota; `null` when the plan has none. */
  readonly quota: number | null;
  /** Revenue credited ÷ quota, as a number for display (exact in the explanation); `null` without a quota. */
  readonly attainment: number | null;
  /** Revenue credited to the payee in the period (minor units, exact when the shares make it whole). */
  readonly credited: string;
  readonly lines: readonly PayoutLine[];
  /** Component, clawback and cap lines: what the period earned before draws and balances. */
  readonly earnings: number;
  /** What is paid. */
  readonly net: number;
  readonly carry: PayoutCarry;
  readonly creditPayouts: readonly CreditPayout[];
  readonly explanation: Explanation;
}

/**
 * The input of a schedule: statements for consecutive periods, chained.
 *
 * @example
 * ```ts
 * const input: ScheduleInput = { payeeId: "zhang", periods: [{ start: "2026-10-01", end: "2026-10-31" }], credits: [] };
 * ```
 * @category Incentives
 */
export interface ScheduleInput {
  readonly payeeId: string;
  /** In order, not overlapping. */
  readonly periods: readonly Period[];
  readonly credits: readonly Credit[];
  /** Measure values per period, aligned with `periods`. */
  readonly measures?: readonly ({ readonly [key: string]: DecimalInput } | undefined)[];
  readonly employment?: Employment;
  /** Balances carried into the first period. */
  readonly carry?: Partial<PayoutCarry>;
  /** What credits earned before the first period. */
  readonly paidCredits?: readonly PaidCredit[];
}

/**
 * Statements for many payees in one period over one list of credits (a payroll run).
 *
 * @example
 * ```ts
 * const run: PayoutRunInput = { period: { start: "2026-10-01", end: "2026-12-31" }, credits: [], payees: [{ payeeId: "zhang" }] };
 * ```
 * @category Incentives
 */
export interface PayoutRunInput {
  readonly period: Period;
  readonly credits: readonly Credit[];
  readonly payees: readonly Omit<PayoutInput, "period" | "credits">[];
}
