/**
 * Payout statements: one payee and period ({@link calculatePayout}), or every payee of a
 * payroll run over one list of credits ({@link calculatePayouts}).
 * @module
 */
import { checkArray, checkRecord, report, shown, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Path } from "../core/errors.js";
import { checkPeriod } from "../core/periods.js";
import { checkPayeeParts, paidByCredit, readCredits, readPlan, type PlanRules, type SplitEntry } from "./_lib/compile.js";
import { computeStatement } from "./_lib/statement.js";
import type { IncentivePlan, PayoutInput, PayoutRunInput, PayoutStatement } from "./types.js";

/** Bonus measures other than `attainment` must be given. @internal */
export function checkMeasuresFor(rules: PlanRules, measures: unknown, path: Path, issues: Issues): void {
  for (const rule of rules.rules) {
    if (rule.kind !== "bonus") continue;
    for (const m of rule.measures) {
      if (m.key === "attainment") continue;
      const given = typeof measures === "object" && measures !== null && Object.prototype.hasOwnProperty.call(measures, m.key);
      if (!given) report(issues, [...path, m.key], "validation.required");
    }
  }
}

/**
 * One payee's statement for one period.
 *
 * - Only credits dated in the period and crediting the payee count; a credit cancelled on or
 *   before the period's end earns nothing (one cancelled later earned in its period, and a
 *   clawback takes it back when the plan has one).
 * - Each component gives one line, exact until it is rounded once with the plan's rounding.
 *   Clawback, cap, balance and draw lines follow; `net` (what is paid) is their sum.
 * - `creditPayouts` splits each rounded component line back over the credits that made it,
 *   by largest remainder, so the parts sum to the line exactly; a later clawback takes back
 *   exactly what a credit earned.
 * - Negative earnings (clawbacks larger than the period's earnings) are not paid as a negative
 *   amount: they join the balance owed (`carry.drawBalance`) and are recovered from later
 *   earnings.
 *
 * @throws {ValidationError} listing every problem in the plan and the input (bands out of
 * order, an attainment basis or gate without a quota, revenue shares not totalling exactly 1,
 * fractional minor units, a bonus measure without a value, ...).
 * @example
 * ```ts
 * const plan = { id: "p", currency: "CNY", components: [{ kind: "commission", id: "base", rate: "0.05" }] };
 * const statement = calculatePayout(plan, {
 *   payeeId: "zhang",
 *   period: { start: "2026-10-01", end: "2026-12-31" },
 *   credits: [{ id: "d1", amount: 1234567, date: "2026-11-10", payees: [{ id: "zhang", share: 1 }] }],
 * });
 * statement.net; //=> 61728
 * ```
 * @category Incentives
 */
export function calculatePayout(plan: IncentivePlan, input: PayoutInput): PayoutStatement {
  const issues: Issues = [];
  const rules = readPlan(plan, ["plan"], issues);
  let entries: SplitEntry[] = [];
  if (checkRecord(input, ["input"], issues)) {
    checkPayeeParts(input as unknown as Record<string, unknown>, ["input"], issues);
    checkPeriod(input.period, ["input", "period"], issues);
    const payeeId = typeof input.payeeId === "string" ? input.payeeId : undefined;
    const byPayee = readCredits(input.credits, ["input", "credits"], issues, payeeId);
    entries = payeeId === undefined ? [] : (byPayee?.get(payeeId) ?? []);
    if (rules !== undefined) checkMeasuresFor(rules, input.measures, ["input", "measures"], issues);
  }
  throwIfIssues(issues);
  return computeStatement(
    rules!,
    {
      payeeId: input.payeeId,
      period: input.period,
      entries,
      measures: input.measures,
      employment: input.employment,
      carry: { drawBalance: input.carry?.drawBalance ?? 0, capExcess: input.carry?.capExcess ?? 0 },
      paid: paidByCredit(input.paidCredits),
    },
    ["input"],
  );
}

/**
 * Statements for many payees in one period over one list of credits — a payroll run. Credits
 * are checked and indexed by payee once, so the run is linear in credits plus payees; each
 * statement equals {@link calculatePayout} for that payee.
 *
 * @throws {ValidationError} as {@link calculatePayout}, and for a payee listed twice.
 * @example
 * ```ts
 * const { statements } = calculatePayouts(plan, {
 *   period: { start: "2026-10-01", end: "2026-12-31" },
 *   credits,
 *   payees: [{ payeeId: "A" }, { payeeId: "B" }],
 * });
 * statements.map((s) => s.net);
 * ```
 * @category Incentives
 */
export function calculatePayouts(plan: IncentivePlan, run: PayoutRunInput): { statements: PayoutStatement[] } {
  const issues: Issues = [];
  const rules = readPlan(plan, ["plan"], issues);
  let byPayee: Map<string, SplitEntry[]> | undefined;
  if (checkRecord(run, ["run"], issues)) {
    checkPeriod(run.period, ["run", "period"], issues);
    byPayee = readCredits(run.credits, ["run", "credits"], issues);
    if (checkArray(run.payees, ["run", "payees"], issues)) {
      const seen = new Set<string>();
      for (let i = 0; i < run.payees.length; i++) {
        const p: unknown = run.payees[i];
        if (!checkRecord(p, ["run", "payees", i], issues)) continue;
        checkPayeeParts(p, ["run", "payees", i], issues);
        const id = p["payeeId"];
        if (typeof id === "string") {
          if (seen.has(id)) report(issues, ["run", "payees", i, "payeeId"], "validation.duplicate", { value: shown(id) });
          seen.add(id);
        }
        if (rules !== undefined) checkMeasuresFor(rules, p["measures"], ["run", "payees", i, "measures"], issues);
      }
    }
  }
  throwIfIssues(issues);
  const statements: PayoutStatement[] = new Array<PayoutStatement>(run.payees.length);
  for (let i = 0; i < run.payees.length; i++) {
    const p = run.payees[i]!;
    statements[i] = computeStatement(
      rules!,
      {
        payeeId: p.payeeId,
        period: run.period,
        entries: byPayee!.get(p.payeeId) ?? [],
        measures: p.measures,
        employment: p.employment,
        carry: { drawBalance: p.carry?.drawBalance ?? 0, capExcess: p.carry?.capExcess ?? 0 },
        paid: paidByCredit(p.paidCredits),
      },
      ["run", "payees", i],
    );
  }
  return { statements };
}
