/**
 * One payee's statement for one period, from a checked plan and checked inputs. The order is
 * the order a reader follows: quota, attainment, each component's line, clawbacks, the period
 * cap, then balances and the draw.
 * @internal
 * @module
 */
import { allocateMinor } from "../../core/allocate.js";
import { toDayNumber } from "../../core/dates.js";
import { ValidationError } from "../../core/errors.js";
import { step, type ExplanationStep } from "../../core/explain.js";
import type { MessageParams } from "../../core/messages/types.js";
import { toSafeNumber } from "../../core/money.js";
import type { Period } from "../../core/periods.js";
import type { RoundingMode } from "../../core/rounding.js";
import { parseDec } from "../../core/_lib/decimal.js";
import type { CreditPayout, Employment, PayoutCarry, PayoutLine, PayoutLineKind, PayoutStatement } from "../types.js";
import type { PlanRules, SplitEntry } from "./compile.js";
import { fxAdd, fxRound, fxText, FX_ZERO, rMul, rNumber, ratio, ratioOf, rRound, rText, type Fx, type Ratio } from "../../core/_lib/fixed.js";
import { bonusLine, clawbackLines, commissionLine, spifLine, type Context, type Part, type RawLine } from "./lines.js";
import { exactMoney, money, percentText, ratioMoney } from "./words.js";

/** Everything one statement needs besides the plan. @internal */
export interface StatementInput {
  readonly payeeId: string;
  readonly period: Period;
  /** The payee's splits, in date order (all of them; this function picks the period's). */
  readonly entries: readonly SplitEntry[];
  readonly measures: { readonly [key: string]: number | string } | undefined;
  readonly employment: Employment | undefined;
  readonly carry: PayoutCarry;
  readonly paid: ReadonlyMap<string, number>;
}


/** `value` when it is a safe integer; otherwise a `validation.overflow` error at `path`. */
function safeInteger(value: number, path: (string | number)[]): number {
  if (!Number.isSafeInteger(value)) throw new ValidationError([{ path, code: "validation.overflow" }]);
  return value;
}

/** `a + b` for safe integers, or a `validation.overflow` error at `path`. */
function safeSum(a: number, b: number, path: (string | number)[]): number {
  return safeInteger(a + b, path);
}

function roundLine(exact: Fx | Ratio, mode: RoundingMode, path: (string | number)[]): number {
  const r = "c" in exact ? fxRound(exact, mode) : rRound(exact, mode);
  return toSafeNumber(r, path);
}


/** Days employed inside the period, both ends included. */
function activeDays(startDay: number, endDay: number, employment: Employment | undefined): number {
  const from = employment?.start === undefined ? startDay : Math.max(startDay, toDayNumber(employment.start));
  const to = employment?.end === undefined ? endDay : Math.min(endDay, toDayNumber(employment.end));
  return Math.max(0, to - from + 1);
}

function counts(e: SplitEntry, startDay: number, endDay: number): boolean {
  return e.day >= startDay && e.day <= endDay && !(e.cancelDay !== undefined && e.cancelDay <= endDay);
}


/**
 * Splits a rounded line over the exact parts it was made of: each part's floor, then the
 * units left over to the largest fractional remainders (ties to the earlier part). The parts
 * sum to the line exactly, because the line is the rounded sum of the parts.
 */
function allocateLine(amount: number, parts: readonly Part[]): number[] {
  const n = parts.length;
  if (n === 0) return [];
  let scale = 0;
  for (let i = 0; i < n; i++) if (parts[i]!.exact.s > scale) scale = parts[i]!.exact.s;
  const unit = 10n ** BigInt(scale);
  const floors: bigint[] = new Array<bigint>(n);
  const fractions: bigint[] = new Array<bigint>(n);
  let sum = 0n;
  for (let i = 0; i < n; i++) {
    const p = parts[i]!.exact;
    const c = p.s === scale ? p.c : p.c * 10n ** BigInt(scale - p.s);
    let q = c / unit;
    let r = c - q * unit;
    if (r < 0n) (q -= 1n), (r += unit);
    floors[i] = q;
    fractions[i] = r;
    sum += q;
  }
  let left = BigInt(amount) - sum;
  const out: number[] = floors.map(Number);
  if (left > 0n) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (fractions[b]! > fractions[a]! ? 1 : fractions[b]! < fractions[a]! ? -1 : a - b));
    for (let k = 0; left > 0n && k < n; k++, left -= 1n) out[order[k]!]! += 1;
  }
  return out;
}

/**
 * A forfeited cap excess is split over what the credits earned, in proportion (largest
 * remainder), as negative `cap` parts, so the parts of a credit add up to what it was actually
 * paid and a later clawback takes back no more than that. Earnings no credit made (bonuses,
 * carried excess) take their share too; that share has no credit.
 */
function forfeit(parts: CreditPayout[], over: number, uncredited: number): void {
  const earned = new Map<string, number>();
  for (const p of parts) if (p.amount > 0) earned.set(p.creditId, (earned.get(p.creditId) ?? 0) + p.amount);
  if (earned.size === 0) return;
  const ids = [...earned.keys()];
  const shares = allocateMinor(over, [...ids.map((id) => parseDec(earned.get(id)!)!), parseDec(uncredited)!]);
  for (let k = 0; k < ids.length; k++) if (shares[k]! > 0) parts.push({ creditId: ids[k]!, componentId: "cap", amount: -shares[k]! });
}


/** Computes one statement. @internal */
export function computeStatement(rules: PlanRules, input: StatementInput, path: (string | number)[]): PayoutStatement {
  const currency = rules.plan.currency;
  const mode = rules.rounding;
  const startDay = toDayNumber(input.period.start);
  const endDay = toDayNumber(input.period.end);
  const periodLength = endDay - startDay + 1;
  const explain: ExplanationStep[] = [];

  // quota, prorated by calendar days employed
  const days = activeDays(startDay, endDay, input.employment);
  const prorateFactor = ratio(BigInt(days), BigInt(periodLength));
  let quota: number | null = null;
  if (rules.quota !== undefined) {
    if (rules.quota.prorate && days !== periodLength) {
      quota = roundLine(rMul(ratio(BigInt(rules.quota.amount), 1n), prorateFactor), mode, [...path, "quota"]);
      explain.push(
        step("incentives.quota.prorated", "round(quota × days employed / days)", {
          quota: money(rules.quota.amount, currency),
          employedDays: days,
          periodDays: periodLength,
          exact: ratioMoney(rMul(ratio(BigInt(rules.quota.amount), 1n), prorateFactor), currency),
          rounding: mode,
        }, money(quota, currency)),
      );
    } else {
      quota = rules.quota.amount;
      explain.push(step("incentives.quota.full", "quota", { quota: money(quota, currency) }, money(quota, currency)));
    }
  }

  // credits of the period; revenue credited and attainment
  const counted: SplitEntry[] = [];
  let credited = FX_ZERO;
  for (let i = 0; i < input.entries.length; i++) {
    const e = input.entries[i]!;
    if (!counts(e, startDay, endDay)) continue;
    counted.push(e);
    if (e.kind === "revenue") credited = fxAdd(credited, e.base);
  }
  let attainment: Ratio | null = null;
  if (quota !== null && quota > 0) {
    attainment = { n: ratioOf(credited).n, d: ratioOf(credited).d * BigInt(quota) };
    explain.push(step("incentives.attainment", "credited / quota", { credited: exactMoney(credited, currency), quota: money(quota, currency), count: counted.length, exact: rText(attainment) }, percentText(attainment)));
  } else if (quota !== null) {
    explain.push(step("incentives.quota.zero", "—", { quota: money(quota, currency) }, 0));
  }

  const ctx: Context = { rules, currency, counted, quota, credited, attainment, prorateFactor, measures: input.measures, path };
  const raw: RawLine[] = [];
  for (const rule of rules.rules) {
    raw.push(rule.kind === "commission" ? commissionLine(rule, ctx) : rule.kind === "bonus" ? bonusLine(rule, ctx) : spifLine(rule, ctx));
  }
  raw.push(...clawbackLines(input, rules, startDay, endDay, currency, explain));

  const lines: PayoutLine[] = [];
  const creditPayouts: CreditPayout[] = [];
  let earnings = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const amount = roundLine(r.exact, mode, [...path, "lines", i]);
    const exactText = "c" in r.exact ? exactMoney(r.exact, currency) : ratioMoney(r.exact, currency);
    const steps = [...r.steps, step("incentives.line.round", "round(Σ)", { componentId: r.componentId, exact: exactText, rounding: mode }, money(amount, currency))];
    lines.push(r.creditId === undefined ? { componentId: r.componentId, kind: r.kind, amount, explanation: { steps } } : { componentId: r.componentId, kind: r.kind, amount, creditId: r.creditId, explanation: { steps } });
    earnings = safeSum(earnings, amount, [...path, "lines", i]);
    if (r.kind === "clawback") {
      creditPayouts.push({ creditId: r.creditId!, componentId: r.componentId, amount });
      continue;
    }
    const split = allocateLine(amount, r.parts);
    for (let k = 0; k < split.length; k++) if (split[k] !== 0) creditPayouts.push({ creditId: r.parts[k]!.creditId, componentId: r.componentId, amount: split[k]! });
  }

  // the period cap, with excess carried in and out
  let capExcess = 0;
  let uncredited = Math.max(0, input.carry.capExcess); // earnings no credit made: carried excess and bonuses
  for (const l of lines) if (l.kind === "bonus" && l.amount > 0) uncredited += l.amount;
  const fixed = (componentId: string, kind: PayoutLineKind, amount: number, code: string, formula: string, inputs: MessageParams): void => {
    lines.push({ componentId, kind, amount, explanation: { steps: [step(code, formula, inputs, money(amount, currency))] } });
  };
  if (input.carry.capExcess > 0) {
    fixed("cap", "cap-carry", input.carry.capExcess, "incentives.cap.carried-in", "excess from the last period", { amount: money(input.carry.capExcess, currency) });
    earnings = safeSum(earnings, input.carry.capExcess, [...path, "carry", "capExcess"]);
  }
  if (rules.cap !== undefined && earnings > rules.cap.perPeriod) {
    const over = earnings - rules.cap.perPeriod;
    capExcess = rules.cap.payExcessLater ? over : 0;
    fixed("cap", "cap", -over, rules.cap.payExcessLater ? "incentives.cap.carried-out" : "incentives.cap.forfeited", "cap − earnings", { cap: money(rules.cap.perPeriod, currency), earnings: money(earnings, currency), over: money(over, currency) });
    earnings = rules.cap.perPeriod;
    if (!rules.cap.payExcessLater) forfeit(creditPayouts, over, uncredited);
  }

  // balances: negative earnings are owed, not paid; then the draw (the Siebel rule)
  let balance = input.carry.drawBalance;
  const guard = (value: number, at: string): number => safeInteger(value, [...path, at]);
  let payable = earnings;
  if (payable < 0) {
    fixed("balance", "deficit", -payable, "incentives.deficit", "−earnings", { earnings: money(payable, currency) });
    balance = guard(balance - payable, "carry");
    payable = 0;
  }
  const draw = rules.draw;
  const active = draw !== undefined && (draw.from === undefined || endDay >= draw.from) && (draw.until === undefined || startDay <= draw.until);
  const mayRecover = draw?.recoverFrom === undefined || endDay >= draw.recoverFrom;
  const owedBefore = balance;
  let recovered = 0;
  if (active && draw.additive) {
    fixed("draw", "draw", draw.amount, "incentives.draw.additive", "draw", { draw: money(draw.amount, currency), recoverable: draw.recoverable });
    if (draw.recoverable) balance = guard(balance + draw.amount, "carry");
    payable = guard(payable + draw.amount, "net");
  } else if (active) {
    recovered = mayRecover ? Math.min(balance, Math.max(0, payable - draw.amount)) : 0;
    if (recovered > 0) {
      fixed("draw", "recovery", -recovered, "incentives.draw.recovered", "min(balance, max(0, earnings − draw))", { balance: money(balance, currency), earnings: money(payable, currency), draw: money(draw.amount, currency), recovered: money(recovered, currency) });
      balance -= recovered;
      payable -= recovered;
    }
    if (payable < draw.amount) {
      const topUp = draw.amount - payable;
      fixed("draw", "draw", topUp, draw.recoverable ? "incentives.draw.advanced" : "incentives.draw.guaranteed", "draw − earnings", { draw: money(draw.amount, currency), earnings: money(payable, currency) });
      if (draw.recoverable) balance = guard(balance + topUp, "carry");
      payable = draw.amount;
    }
  } else if (balance > 0 && payable > 0 && mayRecover) {
    recovered = Math.min(balance, payable);
    fixed("balance", "recovery", -recovered, "incentives.balance.recovered", "min(balance, earnings)", { balance: money(balance, currency), earnings: money(payable, currency), recovered: money(recovered, currency) });
    balance -= recovered;
    payable -= recovered;
  }
  explain.push(
    step("incentives.statement.net", "Σ lines", { earnings: money(earnings, currency), owedBefore: money(owedBefore, currency), owedAfter: money(balance, currency), capExcess: money(capExcess, currency) }, money(payable, currency)),
  );
  let net = 0;
  for (const l of lines) net = safeSum(net, l.amount, [...path, "net"]);
  return {
    planId: rules.plan.id,
    payeeId: input.payeeId,
    period: { start: input.period.start, end: input.period.end },
    currency,
    quota,
    attainment: attainment === null ? null : rNumber(attainment),
    credited: fxText(credited),
    lines,
    earnings,
    net,
    carry: { drawBalance: balance, capExcess },
    creditPayouts,
    explanation: { steps: explain },
  };
}

