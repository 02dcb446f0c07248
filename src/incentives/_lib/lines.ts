/**
 * The lines of a statement, one kind at a time: a commission (flat or tiered), a bonus, a SPIF,
 * and clawbacks. Each returns its exact amount, the parts credits made of it, and its steps;
 * the statement rounds it.
 * @internal
 * @module
 */
import { civilFromDayNumber } from "../../core/_lib/civil.js";
import { parseDec } from "../../core/_lib/decimal.js";
import { step, type ExplanationStep } from "../../core/explain.js";
import type { MessageParams } from "../../core/messages/types.js";
import type { PayoutLineKind } from "../types.js";
import type { BonusRule, CommissionRule, PlanRules, SpifRule, SplitEntry } from "./compile.js";
import { scoreExact } from "./curve.js";
import { fxAdd, fxCmp, fxDec, fxInt, fxMul, fxNeg, fxSub, FX_ZERO, rAdd, rCmp, ratio, ratioOf, rMul, rText, type Fx, type Ratio } from "../../core/_lib/fixed.js";
import { matchesFilter } from "./filter.js";
import type { StatementInput } from "./statement.js";
import { exactMoney, money, percentText, ratioMoney } from "./words.js";

export interface Part {
  readonly creditId: string;
  readonly exact: Fx;
}

export interface RawLine {
  readonly componentId: string;
  readonly kind: PayoutLineKind;
  readonly exact: Fx | Ratio;
  readonly parts: readonly Part[];
  readonly steps: ExplanationStep[];
  readonly creditId?: string;
}

const ONE: Ratio = { n: 1n, d: 1n };

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

export interface Context {
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

export function commissionLine(rule: CommissionRule, ctx: Context): RawLine {
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

export function bonusLine(rule: BonusRule, ctx: Context): RawLine {
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

export function spifLine(rule: SpifRule, ctx: Context): RawLine {
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

export function clawbackLines(input: StatementInput, rules: PlanRules, startDay: number, endDay: number, currency: string, explain: ExplanationStep[]): RawLine[] {
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

