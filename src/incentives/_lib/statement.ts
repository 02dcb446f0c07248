/**
 * One payee's statement for one period, from a checked plan and checked inputs. The order is
 * the order a reader follows: quota, attainment, each component's line, clawbacks, the period
 * cap, then balances and the draw.
 * @internal
 * @module
 */
import { currencyExponent } from "../../core/currency.js";
import { toDayNumber } from "../../core/dates.js";
import { step, type ExplanationStep } from "../../core/explain.js";
import type { MessageParams, MessageParamValue } from "../../core/messages/types.js";
import { toSafeNumber } from "../../core/money.js";
import { ValidationError } from "../../core/errors.js";
import type { Period } from "../../core/periods.js";
import { divideRoundedBig, type RoundingMode } from "../../core/rounding.js";
import { parseDec, type Dec } from "../../core/_lib/decimal.js";
import { allocateMinor } from "../../core/allocate.js";
import { civilFromDayNumber } from "../../core/_lib/civil.js";
import type { CreditPayout, Employment, PayoutCarry, PayoutLine, PayoutLineKind, PayoutStatement } from "../types.js";
import { matchesFilter } from "./filter.js";
import type { BonusRule, CommissionRule, PlanRules, SpifRule, SplitEntry } from "./compile.js";
import { scoreExact } from "./curve.js";
import {
  fxAdd,
  fxCmp,
  fxDec,
  fxInt,
  fxMul,
  fxNeg,
  fxRound,
  fxSub,
  fxText,
  fxTrim,
  FX_ZERO,
  rCmp,
  rAdd,
  rMul,
  rNumber,
  ratio,
  ratioOf,
  rRound,
  rReduce,
  rText,
  type Fx,
  type Ratio,
} from "./exact.js";

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

interface Part {
  readonly creditId: string;
  readonly exact: Fx;
}

interface RawLine {
  readonly componentId: string;
  readonly kind: PayoutLineKind;
  readonly exact: Fx | Ratio;
  readonly parts: readonly Part[];
  readonly steps: ExplanationStep[];
  readonly creditId?: string;
}

const ONE: Ratio = { n: 1n, d: 1n };

/**
 * An exact amount of minor units for an explanation: money when it is a whole number of minor
 * units, otherwise its exact decimal in major units with the currency code (`"55.55565 CNY"`).
 */
function exactMoney(value: Fx, currency: string): MessageParamValue {
  // most amounts in a statement are whole minor units: no text to build
  const unit = value.s === 0 ? 1n : 10n ** BigInt(value.s);
  if (value.c % unit === 0n) {
    const whole = value.s === 0 ? value.c : value.c / unit;
    if (whole >= -MAX_SAFE && whole <= MAX_SAFE) return { amount: Number(whole), currency };
  }
  const t = fxTrim(value);
  return `${fxText({ c: t.c, s: t.s + exponentOf(currency) })} ${currency}`;
}

const exponents = new Map<string, number>();

function exponentOf(currency: string): number {
  let e = exponents.get(currency);
  if (e === undefined) {
    e = currencyExponent(currency) ?? 2;
    exponents.set(currency, e);
  }
  return e;
}

/** A fraction of minor units for an explanation; a fraction that is not a decimal shows 8 places and "…". */
function ratioMoney(value: Ratio, currency: string): MessageParamValue {
  const r = rReduce(value);
  if (r.d === 1n && r.n >= -MAX_SAFE && r.n <= MAX_SAFE) return { amount: Number(r.n), currency };
  const exponent = currencyExponent(currency) ?? 2;
  const major = { n: r.n, d: r.d * 10n ** BigInt(exponent) };
  const text = rText(major);
  if (!text.includes("/")) return `${text} ${currency}`;
  const scaled = (major.n * 10n ** 8n) / major.d;
  return `≈${fxText({ c: scaled, s: 8 })}… ${currency}`;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** `value` when it is a safe integer; otherwise a `validation.overflow` error at `path`. */
function safeInteger(value: number, path: (string | number)[]): number {
  if (!Number.isSafeInteger(value)) throw new ValidationError([{ path, code: "validation.overflow" }]);
  return value;
}

/** `a + b` for safe integers, or a `validation.overflow` error at `path`. */
function safeSum(a: number, b: number, path: (string | number)[]): number {
  return safeInteger(a + b, path);
}

function money(amount: number, currency: string): { amount: number; currency: string } {
  return { amount, currency };
}

function roundLine(exact: Fx | Ratio, mode: RoundingMode, path: (string | number)[]): number {
  const r = "c" in exact ? fxRound(exact, mode) : rRound(exact, mode);
  return toSafeNumber(r, path);
}

function dateOf(day: number): string {
  const c = civilFromDayNumber(day);
  return `${String(c.year).padStart(4, "0")}-${String(c.month).padStart(2, "0")}-${String(c.day).padStart(2, "0")}`;
}

/** A ratio as a percentage: exact when it terminates within two decimals (`"130%"`), otherwise `"≈16.92%"`. */
function percentText(r: Ratio): string {
  const hundred = { n: r.n * 100n, d: r.d };
  const exact = rText(hundred);
  if (!exact.includes("/") && (exact.split(".")[1]?.length ?? 0) <= 2) return `${exact}%`;
  const scaled = divideRoundedBig(hundred.n * 100n, hundred.d, "half-even");
  return `≈${fxText({ c: scaled, s: 2 })}%`;
}

/** Days employed inside the period, both ends included. */
function activeDays(startDay: number, endDay: number, employment: Employment | undefined): number {
  const from = employment?.start === undefined ? startDay : Math.max(startDay, toDayNumber(employment.start));
  const to = employment?.end === undefined ? endDay : Math.min(endDay, toDayNumber(employment.end));
  return Math.max(0, to - from + 1);
}

/** Pays a marginal table on the slice `[lo, hi)` of a running total (`hi < lo` pays negative). */
function marginalSlices(
  bands: NonNullable<CommissionRule["tiers"]>["bands"],
  edges: readonly Fx[],
  lo: Fx,
  hi: Fx,
  currency: string,
  steps: ExplanationStep[] | undefined,
): Fx {
  if (fxCmp(hi, lo) < 0) {
    const inner: ExplanationStep[] | undefined = steps === undefined ? undefined : [];
    const paid = fxNeg(marginalSlices(bands, edges, hi, lo, currency, inner));
    if (steps !== undefined && inner !== undefined) for (const s of inner) steps.push({ ...s, inputs: { ...s.inputs, negative: true } });
    return paid;
  }
  let total = FX_ZERO;
  for (let k = 0; k < bands.length; k++) {
    const from = edges[k]!;
    const to = k + 1 < bands.length ? edges[k + 1] : undefined;
    const a = fxCmp(lo, from) > 0 ? lo : from;
    const b = to === undefined || fxCmp(hi, to) < 0 ? hi : to;
    if (fxCmp(b, a) <= 0) continue;
    const portion = fxSub(b, a);
    const pay = fxMul(portion, bands[k]!.rate);
    total = fxAdd(total, pay);
    if (steps !== undefined) {
      steps.push(
        step(
          "incentives.commission.band",
          "portion × rate",
          { from: exactMoney(a, currency), to: exactMoney(b, currency), portion: exactMoney(portion, currency), rate: bands[k]!.rateText },
          exactMoney(pay, currency),
        ),
      );
    }
  }
  return total;
}

/** The band a value falls in (half-open bands), or −1 below the first. */
function bandIndex(edges: readonly Fx[], value: Fx): number {
  let found = -1;
  for (let k = 0; k < edges.length; k++) {
    if (fxCmp(value, edges[k]!) >= 0) found = k;
    else break;
  }
  return found;
}

function counts(e: SplitEntry, startDay: number, endDay: number): boolean {
  return e.day >= startDay && e.day <= endDay && !(e.cancelDay !== undefined && e.cancelDay <= endDay);
}


interface Context {
  readonly rules: PlanRules;
  readonly currency: string;
  readonly counted: readonly SplitEntry[];
  readonly quota: number | null;
  readonly credited: Fx;
  readonly attainment: Ratio | null;
  readonly prorateFactor: Ratio;
  readonly measures: { readonly [key: string]: number | string } | undefined;
  readonly path: (string | number)[];
}

function commissionLine(rule: CommissionRule, ctx: Context): RawLine {
  const { currency } = ctx;
  const steps: ExplanationStep[] = [];
  const parts: Part[] = [];
  // the gate: credited ≥ minAttainment × quota, compared exactly
  if (rule.gate !== undefined) {
    if (ctx.quota === null || ctx.quota === 0) {
      steps.push(step("incentives.gate.no-quota", "—", { componentId: rule.id, minAttainment: rule.gate.text }, false));
      return { componentId: rule.id, kind: "commission", exact: FX_ZERO, parts, steps };
    }
    const needed = fxMul(rule.gate.min, fxInt(ctx.quota));
    const passed = fxCmp(ctx.credited, needed) >= 0;
    steps.push(
      step(passed ? "incentives.gate.passed" : "incentives.gate.failed", "credited ≥ minAttainment × quota", {
        componentId: rule.id,
        credited: exactMoney(ctx.credited, currency),
        minAttainment: rule.gate.text,
        needed: exactMoney(needed, currency),
      }, passed),
    );
    if (!passed) return { componentId: rule.id, kind: "commission", exact: FX_ZERO, parts, steps };
  }
  const entries: SplitEntry[] = [];
  for (let i = 0; i < ctx.counted.length; i++) {
    const e = ctx.counted[i]!;
    if (e.kind === rule.credit && (rule.filter === undefined || matchesFilter(rule.filter, e.credit))) entries.push(e);
  }
  const tiers = rule.tiers;
  let edges: Fx[] = [];
  if (tiers !== undefined) {
    if (tiers.basis === "attainment") {
      if (ctx.quota === null || ctx.quota === 0) {
        steps.push(step("incentives.quota.none", "—", { componentId: rule.id }, 0));
        return { componentId: rule.id, kind: "commission", exact: FX_ZERO, parts, steps };
      }
      const q = fxInt(ctx.quota);
      edges = tiers.bands.map((b) => fxMul(b.from, q));
    } else {
      edges = tiers.bands.map((b) => b.from);
    }
  }
  let running = FX_ZERO;
  const exacts: Fx[] = [];
  const creditInputs: Record<string, MessageParams[string]>[] = [];
  const creditSubs: ExplanationStep[][] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const b = e.base;
    let earned: Fx;
    const sub: ExplanationStep[] = [];
    const inputs: Record<string, MessageParams[string]> = {
      creditId: e.credit.id,
      date: e.credit.date,
      amount: money(e.credit.amount, currency),
      share: e.shareText,
      base: exactMoney(b, currency),
    };
    if (tiers === undefined) {
      earned = fxMul(b, rule.rate!);
      inputs["rate"] = rule.rateText!;
    } else if (tiers.scope === "credit") {
      const negative = b.c < 0n;
      const size = negative ? fxNeg(b) : b;
      if (tiers.mode === "marginal") {
        earned = marginalSlices(tiers.bands, edges, FX_ZERO, size, currency, sub);
      } else {
        const k = bandIndex(edges, size);
        earned = k < 0 ? FX_ZERO : fxMul(size, tiers.bands[k]!.rate);
        inputs["rate"] = k < 0 ? "0" : tiers.bands[k]!.rateText;
      }
      if (negative) {
        earned = fxNeg(earned);
        for (let k = 0; k < sub.length; k++) sub[k] = { ...sub[k]!, inputs: { ...sub[k]!.inputs, negative: true } };
      }
    } else if (tiers.mode === "marginal") {
      const next = fxAdd(running, b);
      inputs["runningFrom"] = exactMoney(running, currency);
      inputs["runningTo"] = exactMoney(next, currency);
      earned = marginalSlices(tiers.bands, edges, running, next, currency, sub);
      running = next;
    } else {
      // retroactive over the period: the rate is known once the total is; applied below
      running = fxAdd(running, b);
      earned = b;
    }
    exacts.push(earned);
    creditInputs.push(inputs);
    creditSubs.push(sub);
  }
  if (tiers !== undefined && tiers.mode === "retroactive" && tiers.scope === "period") {
    const k = bandIndex(edges, running);
    const rate = k < 0 ? FX_ZERO : tiers.bands[k]!.rate;
    steps.push(
      k < 0
        ? step("incentives.commission.below-bands", "total below the first band", { componentId: rule.id, total: exactMoney(running, currency), from: exactMoney(edges[0]!, currency) }, exactMoney(FX_ZERO, currency))
        : step("incentives.commission.retroactive", "total × rate of the band reached", {
            componentId: rule.id,
            total: exactMoney(running, currency),
            from: exactMoney(edges[k]!, currency),
            rate: tiers.bands[k]!.rateText,
          }, exactMoney(fxMul(running, rate), currency)),
    );
    for (let i = 0; i < exacts.length; i++) exacts[i] = fxMul(exacts[i]!, rate);
  }
  const formula = tiers === undefined ? "amount × share × rate" : "amount × share → bands";
  const cap = rule.capPerCredit === undefined ? undefined : fxInt(rule.capPerCredit);
  const floor = cap === undefined ? undefined : fxNeg(cap);
  let total = FX_ZERO;
  for (let i = 0; i < entries.length; i++) {
    let earned = exacts[i]!;
    const inputs = creditInputs[i]!;
    let code = "incentives.commission.credit";
    if (cap !== undefined && (fxCmp(earned, cap) > 0 || fxCmp(earned, floor!) < 0)) {
      inputs["cap"] = money(rule.capPerCredit!, currency);
      inputs["uncapped"] = exactMoney(earned, currency);
      earned = fxCmp(earned, cap) > 0 ? cap : floor!;
      code = "incentives.commission.credit-capped";
    }
    total = fxAdd(total, earned);
    parts.push({ creditId: entries[i]!.credit.id, exact: earned });
    const sub = creditSubs[i]!;
    steps.push(step(code, formula, inputs, exactMoney(earned, currency), sub.length > 0 ? { steps: sub } : {}));
  }
  return { componentId: rule.id, kind: "commission", exact: total, parts, steps };
}

function bonusLine(rule: BonusRule, ctx: Context): RawLine {
  const { currency } = ctx;
  const steps: ExplanationStep[] = [];
  let factor: Ratio = { n: 0n, d: 1n };
  for (const m of rule.measures) {
    let value: Ratio;
    let valueText: string;
    if (m.key === "attainment") {
      value = ctx.attainment ?? { n: 0n, d: 1n };
      valueText = ctx.attainment === null ? "0" : percentText(ctx.attainment);
    } else {
      const raw = ctx.measures![m.key]!;
      value = ratioOf(fxDec(parseDec(raw)!));
      valueText = typeof raw === "string" ? raw : String(raw);
    }
    const score = scoreExact(m.curve, value);
    const part = rMul(score, ratioOf(m.weight));
    factor = rAdd(factor, part);
    steps.push(step("incentives.bonus.measure", "weight × curve(value)", { key: m.key, value: valueText, score: rText(score), weight: m.weightText }, rText(part)));
  }
  let target: Ratio = ratio(BigInt(rule.targetIncentive), 1n);
  if (rule.prorate && rCmp(ctx.prorateFactor, ONE) !== 0) {
    target = rMul(target, ctx.prorateFactor);
    steps.push(step("incentives.bonus.prorate", "targetIncentive × days employed / days", { targetIncentive: money(rule.targetIncentive, currency), fraction: rText(ctx.prorateFactor) }, ratioMoney(target, currency)));
  }
  const exact = rMul(target, factor);
  steps.push(step("incentives.bonus.total", "targetIncentive × Σ weight × score", { targetIncentive: ratioMoney(target, currency), factor: rText(factor) }, ratioMoney(exact, currency)));
  return { componentId: rule.id, kind: "bonus", exact, parts: [], steps };
}

function spifLine(rule: SpifRule, ctx: Context): RawLine {
  const { currency } = ctx;
  const steps: ExplanationStep[] = [];
  const parts: Part[] = [];
  let total = FX_ZERO;
  for (let i = 0; i < ctx.counted.length; i++) {
    const e = ctx.counted[i]!;
    if (e.kind !== rule.credit || !matchesFilter(rule.filter, e.credit)) continue;
    if (rule.once) {
      // once in the period, on the first qualifying credit, weighted by the payee's share like
      // every other SPIF, so a split deal pays one SPIF in total
      total = fxMul(fxInt(rule.amount), e.share);
      parts.push({ creditId: e.credit.id, exact: total });
      steps.push(step("incentives.spif.once", "amount × share, once in the period", { creditId: e.credit.id, date: e.credit.date, amount: money(rule.amount, currency), share: e.shareText }, exactMoney(total, currency)));
      break;
    }
    const earned = fxMul(fxInt(rule.amount), e.share);
    total = fxAdd(total, earned);
    parts.push({ creditId: e.credit.id, exact: earned });
    steps.push(step("incentives.spif.credit", "amount × share", { creditId: e.credit.id, date: e.credit.date, amount: money(rule.amount, currency), share: e.shareText }, exactMoney(earned, currency)));
  }
  if (parts.length === 0) steps.push(step("incentives.spif.none", "—", { componentId: rule.id }, 0));
  return { componentId: rule.id, kind: "spif", exact: total, parts, steps };
}

/** Whole calendar months from `from` to `to` (a month counts once its day is reached). */
function monthsServed(fromDay: number, toDay: number): number {
  const a = civilFromDayNumber(fromDay);
  const b = civilFromDayNumber(toDay);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (b.day < a.day) months -= 1;
  return Math.max(0, months);
}

function clawbackLines(input: StatementInput, rules: PlanRules, startDay: number, endDay: number, currency: string, explain: ExplanationStep[]): RawLine[] {
  const policy = rules.clawback;
  const lines: RawLine[] = [];
  if (policy === undefined) return lines;
  const seen = new Set<string>();
  for (let i = 0; i < input.entries.length; i++) {
    const e = input.entries[i]!;
    const id = e.credit.id;
    if (seen.has(id) || e.cancelDay === undefined || e.cancelDay === -Infinity || e.cancelDay < startDay || e.cancelDay > endDay) continue;
    seen.add(id);
    const paid = input.paid.get(id) ?? 0;
    if (paid === 0) continue;
    const days = e.cancelDay - e.day;
    const inputs = { creditId: id, date: e.credit.date, cancelledOn: e.credit.cancelledOn!, days, windowDays: policy.windowDays, paid: money(paid, currency) };
    if (days > policy.windowDays) {
      explain.push(step("incentives.clawback.outside-window", "days > windowDays", inputs, 0));
      continue;
    }
    if (!policy.unserved) {
      lines.push({ componentId: "clawback", kind: "clawback", creditId: id, exact: fxInt(-paid), parts: [{ creditId: id, exact: fxInt(-paid) }], steps: [step("incentives.clawback.full", "−paid", inputs, money(-paid, currency))] });
      continue;
    }
    let unserved: Ratio;
    let termText: string;
    if (policy.termMonths !== undefined) {
      const served = monthsServed(e.day, e.cancelDay);
      unserved = ratio(BigInt(Math.max(0, policy.termMonths - served)), BigInt(policy.termMonths));
      termText = `${Math.min(served, policy.termMonths)}/${policy.termMonths}`;
    } else {
      const term = policy.termDays ?? policy.windowDays;
      unserved = ratio(BigInt(Math.max(0, term - days)), BigInt(term));
      termText = `${Math.min(days, term)}/${term}`;
    }
    const exact = rMul(ratio(BigInt(-paid), 1n), unserved);
    lines.push({
      componentId: "clawback",
      kind: "clawback",
      creditId: id,
      exact,
      parts: [],
      steps: [step("incentives.clawback.unserved", "−paid × unserved / term", { ...inputs, served: termText, unserved: rText(unserved) }, ratioMoney(exact, currency))],
    });
  }
  return lines;
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
  const shares = allocateMinor(over, [...ids.map((id) => decOfInteger(earned.get(id)!)), decOfInteger(uncredited)]);
  for (let k = 0; k < ids.length; k++) if (shares[k]! > 0) parts.push({ creditId: ids[k]!, componentId: "cap", amount: -shares[k]! });
}

function decOfInteger(n: number): Dec {
  return { coefficient: BigInt(n), scale: 0, small: n };
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

export { dateOf };
