/**
 * Disputes: a payee's challenge to one line of a statement.
 * @module
 */
import { checkArray, checkCalendarDate, checkCurrency, checkInteger, checkRecord, checkString, report, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { checkPeriod } from "../core/periods.js";
import type { CalendarDate } from "../core/dates.js";
import { ValidationError } from "../core/errors.js";
import type { Period } from "../core/periods.js";
import type { PayoutLineKind, PayoutStatement } from "./types.js";

/**
 * A dispute raised on one statement line. It copies what the line said, so it stays readable
 * after statements are recomputed; the conflicts module gives it a workflow.
 *
 * @example
 * ```ts
 * const d: DisputeRecord = {
 *   id: "p/zhang/2026-10-01/0", planId: "p", payeeId: "zhang", period: { start: "2026-10-01", end: "2026-12-31" }, currency: "CNY",
 *   line: { index: 0, componentId: "base", kind: "commission", amount: 61728 },
 *   raisedBy: "zhang", raisedOn: "2027-01-05", reason: "Deal d2 is missing", expectedAmount: 71728, difference: 10000, status: "open",
 * };
 * ```
 * @category Incentives
 */
export interface DisputeRecord {
  readonly id: string;
  readonly planId: string;
  readonly payeeId: string;
  readonly period: Period;
  readonly currency: string;
  readonly line: { readonly index: number; readonly componentId: string; readonly kind: PayoutLineKind; readonly amount: number; readonly creditId?: string };
  readonly raisedBy: string;
  readonly raisedOn: CalendarDate;
  readonly reason: string;
  /** What the payee believes the line should be (minor units), when they say. */
  readonly expectedAmount: number | null;
  /** `expectedAmount − line amount`, when an expected amount is given. */
  readonly difference: number | null;
  readonly status: "open";
}

/**
 * What the payee says about the line.
 *
 * @example
 * ```ts
 * const claim: DisputeClaim = { line: 0, raisedBy: "zhang", raisedOn: "2027-01-05", reason: "Deal d2 is missing", expectedAmount: 71728 };
 * ```
 * @category Incentives
 */
export interface DisputeClaim {
  /** Index of the disputed line in `statement.lines`. */
  readonly line: number;
  readonly raisedBy: string;
  readonly raisedOn: CalendarDate;
  readonly reason: string;
  readonly expectedAmount?: number;
  /** Your own id; default `planId/payeeId/periodStart/lineIndex`. */
  readonly id?: string;
}

function difference(expected: number, amount: number): number {
  const d = expected - amount;
  if (!Number.isSafeInteger(d)) throw new ValidationError([{ path: ["claim", "expectedAmount"], code: "validation.overflow" }]);
  return d;
}

/**
 * Opens a dispute on one line of a statement (Xactly's "inquiry", Oracle's dispute object):
 * the record names the statement, copies the line and keeps the payee's reason and the amount
 * they expected.
 *
 * @throws {ValidationError} when the statement has no such line, the date is not a date, the
 * reason is empty or the expected amount is not whole minor units.
 * @example
 * ```ts
 * disputeStatementLine(statement, { line: 0, raisedBy: "zhang", raisedOn: "2027-01-05", reason: "Deal d2 is missing", expectedAmount: 71728 }).difference;
 * //=> 10000
 * ```
 * @category Incentives
 */
export function disputeStatementLine(statement: PayoutStatement, claim: DisputeClaim): DisputeRecord {
  const issues: Issues = [];
  let lineCount = -1;
  if (checkRecord(statement, ["statement"], issues)) {
    checkString(statement["planId"], ["statement", "planId"], issues);
    checkCurrency(statement["currency"], ["statement", "currency"], issues);
    checkString(statement["payeeId"], ["statement", "payeeId"], issues);
    checkPeriod(statement["period"], ["statement", "period"], issues);
    if (checkArray(statement["lines"], ["statement", "lines"], issues)) lineCount = statement.lines.length;
  }
  if (checkRecord(claim, ["claim"], issues)) {
    if (checkInteger(claim["line"], ["claim", "line"], issues, { min: 0 }) && lineCount >= 0 && claim.line >= lineCount) {
      report(issues, ["claim", "line"], "validation.range", { min: 0, max: lineCount - 1, value: claim.line });
    }
    checkString(claim["raisedBy"], ["claim", "raisedBy"], issues, { nonEmpty: true });
    checkCalendarDate(claim["raisedOn"], ["claim", "raisedOn"], issues);
    checkString(claim["reason"], ["claim", "reason"], issues, { nonEmpty: true });
    if (claim["expectedAmount"] !== undefined) checkInteger(claim["expectedAmount"], ["claim", "expectedAmount"], issues);
    if (claim["id"] !== undefined) checkString(claim["id"], ["claim", "id"], issues, { nonEmpty: true });
  }
  throwIfIssues(issues);
  const line = statement.lines[claim.line]!;
  if (!checkRecord(line, ["statement", "lines", claim.line], issues) || !Number.isSafeInteger(line.amount)) {
    report(issues, ["statement", "lines", claim.line], "validation.invalid");
    throwIfIssues(issues);
  }
  const expected = claim.expectedAmount ?? null;
  return {
    id: claim.id ?? `${statement.planId}/${statement.payeeId}/${statement.period.start}/${claim.line}`,
    planId: statement.planId,
    payeeId: statement.payeeId,
    period: { start: statement.period.start, end: statement.period.end },
    currency: statement.currency,
    line: {
      index: claim.line,
      componentId: line.componentId,
      kind: line.kind,
      amount: line.amount,
      ...(line.creditId === undefined ? {} : { creditId: line.creditId }),
    },
    raisedBy: claim.raisedBy,
    raisedOn: claim.raisedOn,
    reason: claim.reason,
    expectedAmount: expected,
    difference: expected === null ? null : difference(expected, line.amount),
    status: "open",
  };
}
