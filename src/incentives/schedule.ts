/**
 * Statements for consecutive periods, chained.
 * @module
 */
import { checkArray, checkRecord, report, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { toDayNumber } from "../core/dates.js";
import { checkPeriod } from "../core/periods.js";
import { checkEmployment, checkMinor, checkPaidCredits, paidByCredit, readCredits, readPlan } from "./_lib/compile.js";
import { computeStatement } from "./_lib/statement.js";
import { checkMeasuresFor } from "./payout.js";
import { checkDecimal } from "../core/_lib/check.js";
import type { IncentivePlan, PayoutStatement, ScheduleInput } from "./types.js";

/**
 * One payee's statements for consecutive periods, each computed as {@link calculatePayout}
 * with what the one before carried: the draw balance owed, cap excess still to pay, and what
 * each credit has earned so far (so a credit cancelled later is clawed back exactly).
 * Chaining the statements by hand gives the same result.
 *
 * @throws {ValidationError} as {@link calculatePayout}, and when periods overlap or are out of
 * order or `measures` is not aligned with `periods`.
 * @example
 * ```ts
 * const { statements } = calculatePayoutSchedule(plan, {
 *   payeeId: "zhang",
 *   periods: [{ start: "2026-06-01", end: "2026-06-30" }, { start: "2026-07-01", end: "2026-07-31" }],
 *   credits,
 * });
 * statements.map((s) => s.net);
 * ```
 * @category Incentives
 */
export function calculatePayoutSchedule(plan: IncentivePlan, input: ScheduleInput): { statements: PayoutStatement[] } {
  const issues: Issues = [];
  const rules = readPlan(plan, ["plan"], issues);
  let entries = undefined as ReturnType<typeof readCredits>;
  if (checkRecord(input, ["input"], issues)) {
    const payeeOk = typeof input.payeeId === "string" && input.payeeId !== "";
    if (!payeeOk) report(issues, ["input", "payeeId"], input.payeeId === undefined ? "validation.required" : "validation.type", input.payeeId === undefined ? undefined : { expected: "string", received: typeof input.payeeId });
    if (checkArray(input.periods, ["input", "periods"], issues, { nonEmpty: true })) {
      let previousEnd: number | undefined;
      for (let i = 0; i < input.periods.length; i++) {
        if (!checkPeriod(input.periods[i], ["input", "periods", i], issues)) continue;
        const p = input.periods[i]!;
        if (previousEnd !== undefined && toDayNumber(p.start) <= previousEnd) report(issues, ["input", "periods", i, "start"], "validation.period-order", { start: input.periods[i - 1]!.end, end: p.start });
        previousEnd = toDayNumber(p.end);
      }
    }
    entries = readCredits(input.credits, ["input", "credits"], issues, payeeOk ? input.payeeId : undefined);
    checkEmployment(input.employment, ["input", "employment"], issues);
    checkPaidCredits(input.paidCredits, ["input", "paidCredits"], issues);
    const carry: unknown = input.carry;
    if (carry !== undefined && checkRecord(carry, ["input", "carry"], issues)) {
      for (const k of ["drawBalance", "capExcess"] as const) if (carry[k] !== undefined) checkMinor(carry[k], ["input", "carry", k], issues, { min: 0 });
    }
    const measures: unknown = input.measures;
    if (measures !== undefined && checkArray(measures, ["input", "measures"], issues)) {
      if (Array.isArray(input.periods) && measures.length !== input.periods.length) report(issues, ["input", "measures"], "validation.length", { min: input.periods.length, max: input.periods.length, value: measures.length });
      for (let i = 0; i < measures.length; i++) {
        const m: unknown = measures[i];
        if (m === undefined) continue;
        if (!checkRecord(m, ["input", "measures", i], issues)) continue;
        for (const key of Object.keys(m)) checkDecimal(m[key], ["input", "measures", i, key], issues);
      }
    }
    if (rules !== undefined && Array.isArray(input.periods)) {
      for (let i = 0; i < input.periods.length; i++) checkMeasuresFor(rules, Array.isArray(measures) ? measures[i] : undefined, ["input", "measures", i], issues);
    }
  }
  throwIfIssues(issues);
  const mine = entries!.get(input.payeeId) ?? [];
  const paid = paidByCredit(input.paidCredits);
  let carry = { drawBalance: input.carry?.drawBalance ?? 0, capExcess: input.carry?.capExcess ?? 0 };
  const statements: PayoutStatement[] = [];
  for (let i = 0; i < input.periods.length; i++) {
    const statement = computeStatement(
      rules!,
      { payeeId: input.payeeId, period: input.periods[i]!, entries: mine, measures: input.measures?.[i], employment: input.employment, carry, paid: new Map(paid) },
      ["input", "periods", i],
    );
    statements.push(statement);
    carry = statement.carry;
    for (const part of statement.creditPayouts) paid.set(part.creditId, (paid.get(part.creditId) ?? 0) + part.amount);
  }
  return { statements };
}
