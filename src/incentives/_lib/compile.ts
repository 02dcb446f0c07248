/**
 * Checks plans, credits and inputs, and reads them once into exact, ready-to-use forms. Every
 * problem is collected with its path, so one call reports all of them.
 * @internal
 * @module
 */
import {
  checkArray,
  checkCalendarDate,
  checkCurrency,
  checkDecimal,
  checkEnum,
  checkInteger,
  checkOptions,
  checkRecord,
  checkString,
  isRecord,
  report,
  shown,
  type Issues,
} from "../../core/_lib/check.js";
import { parseDec, type Dec } from "../../core/_lib/decimal.js";
import { isCalendarDate, toDayNumber } from "../../core/dates.js";
import type { Path } from "../../core/errors.js";
import { checkPeriod, type Period } from "../../core/periods.js";
import { ROUNDING_MODES, type RoundingMode } from "../../core/rounding.js";
import { checkCurve } from "../../performance/_lib/check.js";
import type { ScoringCurve } from "../../performance/types.js";
import type { Credit, CreditFilter, CreditKind, IncentivePlan, PaidCredit } from "../types.js";
import { fxAdd, fxDec, fxInt, fxMul, fxText, FX_ZERO, type Fx } from "../../core/_lib/fixed.js";

const CREDIT_KINDS: readonly CreditKind[] = ["revenue", "overlay"];
const MAX_MINOR = Number.MAX_SAFE_INTEGER;

/** A commission ready to compute. @internal */
export interface CommissionRule {
  readonly kind: "commission";
  readonly id: string;
  readonly index: number;
  readonly credit: CreditKind;
  readonly rate: Fx | undefined;
  readonly rateText: string | undefined;
  readonly tiers:
    | {
        readonly mode: "marginal" | "retroactive";
        readonly basis: "amount" | "attainment";
        readonly scope: "period" | "credit";
        readonly bands: readonly { readonly from: Fx; readonly rate: Fx; readonly fromText: string; readonly rateText: string }[];
      }
    | undefined;
  readonly gate: { readonly min: Fx; readonly text: string } | undefined;
  readonly capPerCredit: number | undefined;
  readonly filter: CreditFilter | undefined;
}

/** A bonus ready to compute. @internal */
export interface BonusRule {
  readonly kind: "bonus";
  readonly id: string;
  readonly index: number;
  readonly targetIncentive: number;
  readonly prorate: boolean;
  readonly measures: readonly { readonly key: string; readonly weight: Fx; readonly weightText: string; readonly curve: ScoringCurve }[];
}

/** A SPIF ready to compute. @internal */
export interface SpifRule {
  readonly kind: "spif";
  readonly id: string;
  readonly index: number;
  readonly amount: number;
  readonly filter: CreditFilter;
  readonly once: boolean;
  readonly credit: CreditKind;
}

/** A checked plan, read once. @internal */
export interface PlanRules {
  readonly plan: IncentivePlan;
  readonly rounding: RoundingMode;
  readonly quota: { readonly amount: number; readonly prorate: boolean } | undefined;
  readonly rules: readonly (CommissionRule | BonusRule | SpifRule)[];
  readonly draw:
    | {
        readonly amount: number;
        readonly recoverable: boolean;
        readonly additive: boolean;
        readonly from: number | undefined;
        readonly until: number | undefined;
        readonly recoverFrom: number | undefined;
      }
    | undefined;
  readonly clawback: { readonly windowDays: number; readonly unserved: boolean; readonly termDays: number | undefined; readonly termMonths: number | undefined } | undefined;
  readonly cap: { readonly perPeriod: number; readonly payExcessLater: boolean } | undefined;
}

/** One payee's split of a credit, read. @internal */
export interface SplitEntry {
  readonly credit: Credit;
  /** Position of the credit in the input list (ties in date order keep it). */
  readonly order: number;
  readonly day: number;
  readonly share: Fx;
  readonly shareText: string;
  /** The payee's part of the amount: `amount × share`, exact. */
  readonly base: Fx;
  readonly kind: CreditKind;
  /** Day the credit stopped earning, or `undefined` while it is won. `-Infinity` when cancelled without a date. */
  readonly cancelDay: number | undefined;
}

function fxOf(d: Dec): Fx {
  return fxDec(d);
}

function text(value: unknown): string {
  return typeof value === "string" ? value : String(value);
}

/** Checks whole minor units (a fraction is `validation.minor-units`). @internal */
export function checkMinor(value: unknown, path: Path, issues: Issues, opts: { min?: number } = {}): value is number {
  if (typeof value === "number" && Number.isFinite(value) && !Number.isInteger(value)) return report(issues, path, "validation.minor-units", { value: String(value) });
  return checkInteger(value, path, issues, opts.min === undefined ? {} : { min: opts.min, max: MAX_MINOR });
}

/** Checks a credit filter (depth-limited). @internal */
export function checkFilter(value: unknown, path: Path, issues: Issues, depth = 0): value is CreditFilter {
  if (!checkRecord(value, path, issues)) return false;
  if (depth > 16) return report(issues, path, "validation.range", { max: 16, value: depth });
  const before = issues.length;
  if ("all" in value || "any" in value) {
    const key = "all" in value ? "all" : "any";
    const list = value[key];
    if (checkArray(list, [...path, key], issues, { nonEmpty: true })) {
      for (let i = 0; i < list.length; i++) checkFilter(list[i], [...path, key, i], issues, depth + 1);
    }
    return issues.length === before;
  }
  checkString(value["attribute"], [...path, "attribute"], issues, { nonEmpty: true });
  const ops = ["equals", "in", "gte", "lte"].filter((k) => value[k] !== undefined);
  if (ops.length === 0) report(issues, path, "validation.one-of", { options: ["equals", "in", "gte", "lte"] });
  const eq = value["equals"];
  if (eq !== undefined && typeof eq !== "string" && typeof eq !== "boolean" && !(typeof eq === "number" && Number.isFinite(eq))) {
    report(issues, [...path, "equals"], "validation.type", { expected: "string", received: typeof eq });
  }
  const list = value["in"];
  if (list !== undefined && checkArray(list, [...path, "in"], issues, { nonEmpty: true })) {
    for (let i = 0; i < list.length; i++) {
      const x = list[i];
      if (typeof x !== "string" && typeof x !== "boolean" && !(typeof x === "number" && Number.isFinite(x))) report(issues, [...path, "in", i], "validation.type", { expected: "string", received: typeof x });
    }
  }
  for (const k of ["gte", "lte"] as const) {
    const bound = value[k];
    if (bound !== undefined && typeof bound !== "string" && !(typeof bound === "number" && Number.isFinite(bound))) {
      report(issues, [...path, k], "validation.type", { expected: "number", received: typeof bound });
    }
  }
  return issues.length === before;
}

function checkCreditKind(value: unknown, path: Path, issues: Issues): CreditKind {
  if (value === undefined) return "revenue";
  return checkEnum(value, CREDIT_KINDS, path, issues) ? value : "revenue";
}

function checkCommission(c: Record<string, unknown>, index: number, path: Path, issues: Issues, hasQuota: boolean): CommissionRule | undefined {
  const before = issues.length;
  const credit = checkCreditKind(c["credit"], [...path, "credit"], issues);
  let rate: Fx | undefined;
  let rules: CommissionRule["tiers"];
  const hasRate = c["rate"] !== undefined;
  const hasTiers = c["tiers"] !== undefined;
  if (hasRate === hasTiers) report(issues, path, "validation.one-of", { options: ["rate", "tiers"] });
  if (hasRate) {
    const d = checkDecimal(c["rate"], [...path, "rate"], issues);
    if (d !== undefined) rate = fxOf(d);
  }
  if (hasTiers && checkRecord(c["tiers"], [...path, "tiers"], issues)) {
    const t = c["tiers"];
    const tp = [...path, "tiers"];
    const modeOk = checkEnum(t["mode"], ["marginal", "retroactive"] as const, [...tp, "mode"], issues);
    const basisOk = checkEnum(t["basis"], ["amount", "attainment"] as const, [...tp, "basis"], issues);
    const scope = t["scope"] === undefined ? "period" : checkEnum(t["scope"], ["period", "credit"] as const, [...tp, "scope"], issues) ? (t["scope"] as "period" | "credit") : "period";
    if (basisOk && t["basis"] === "attainment" && !hasQuota) report(issues, [...tp, "basis"], "validation.requires", { requires: "quota" });
    const bands: { from: Fx; rate: Fx; fromText: string; rateText: string }[] = [];
    if (checkArray(t["bands"], [...tp, "bands"], issues, { nonEmpty: true })) {
      const list = t["bands"];
      let previous: Fx | undefined;
      let previousText = "";
      for (let i = 0; i < list.length; i++) {
        const bp = [...tp, "bands", i];
        const b = list[i];
        if (!checkRecord(b, bp, issues)) continue;
        const from = checkDecimal(b["from"], [...bp, "from"], issues, { nonNegative: true });
        const r = checkDecimal(b["rate"], [...bp, "rate"], issues);
        if (from === undefined || r === undefined) continue;
        const f = fxOf(from);
        if (previous !== undefined && fxAdd(f, { c: -previous.c, s: previous.s }).c <= 0n) {
          report(issues, [...bp, "from"], "validation.anchor-order", { value: text(b["from"]), previous: previousText, direction: "bands" });
        }
        previous = f;
        previousText = text(b["from"]);
        bands.push({ from: f, rate: fxOf(r), fromText: text(b["from"]), rateText: text(b["rate"]) });
      }
    }
    if (modeOk && basisOk) rules = { mode: t["mode"] as "marginal" | "retroactive", basis: t["basis"] as "amount" | "attainment", scope, bands };
  }
  let gate: CommissionRule["gate"];
  if (c["gate"] !== undefined && checkRecord(c["gate"], [...path, "gate"], issues)) {
    const d = checkDecimal(c["gate"]["minAttainment"], [...path, "gate", "minAttainment"], issues, { nonNegative: true });
    if (!hasQuota) report(issues, [...path, "gate"], "validation.requires", { requires: "quota" });
    if (d !== undefined) gate = { min: fxOf(d), text: text(c["gate"]["minAttainment"]) };
  }
  let capPerCredit: number | undefined;
  if (c["cap"] !== undefined && checkRecord(c["cap"], [...path, "cap"], issues)) {
    if (checkMinor(c["cap"]["perCredit"], [...path, "cap", "perCredit"], issues, { min: 0 })) capPerCredit = c["cap"]["perCredit"];
  }
  if (c["filter"] !== undefined) checkFilter(c["filter"], [...path, "filter"], issues);
  if (issues.length > before) return undefined;
  return {
    kind: "commission",
    id: c["id"] as string,
    index,
    credit,
    rate,
    rateText: hasRate ? text(c["rate"]) : undefined,
    tiers: rules,
    gate,
    capPerCredit,
    filter: c["filter"] as CreditFilter | undefined,
  };
}

function checkBonus(c: Record<string, unknown>, index: number, path: Path, issues: Issues, hasQuota: boolean): BonusRule | undefined {
  const before = issues.length;
  checkMinor(c["targetIncentive"], [...path, "targetIncentive"], issues, { min: 0 });
  let prorate = false;
  if (c["prorate"] !== undefined && checkEnum(c["prorate"], ["calendar-days", "none"] as const, [...path, "prorate"], issues)) prorate = c["prorate"] === "calendar-days";
  const measures: BonusRule["measures"][number][] = [];
  if (checkArray(c["measures"], [...path, "measures"], issues, { nonEmpty: true })) {
    const list = c["measures"];
    const keys = new Set<string>();
    let total: Fx = FX_ZERO;
    let allRead = true;
    for (let i = 0; i < list.length; i++) {
      const mp = [...path, "measures", i];
      const m = list[i];
      if (!checkRecord(m, mp, issues)) {
        allRead = false;
        continue;
      }
      if (checkString(m["key"], [...mp, "key"], issues, { nonEmpty: true })) {
        if (keys.has(m["key"])) report(issues, [...mp, "key"], "validation.duplicate", { value: shown(m["key"]) });
        keys.add(m["key"]);
        if (m["key"] === "attainment" && !hasQuota) report(issues, [...mp, "key"], "validation.requires", { requires: "quota" });
      }
      const w = checkDecimal(m["weight"], [...mp, "weight"], issues, { nonNegative: true });
      const curveOk = checkCurve(m["curve"], [...mp, "curve"], issues) && checkCurveDecimals(m["curve"] as ScoringCurve, [...mp, "curve"], issues);
      if (w === undefined) {
        allRead = false;
        continue;
      }
      total = fxAdd(total, fxOf(w));
      if (curveOk && typeof m["key"] === "string") measures.push({ key: m["key"], weight: fxOf(w), weightText: text(m["weight"]), curve: m["curve"] as ScoringCurve });
    }
    if (allRead && fxText(total) !== "1") report(issues, [...path, "measures"], "validation.exact-total", { expected: "1", value: fxText(total) });
  }
  if (issues.length > before) return undefined;
  return { kind: "bonus", id: c["id"] as string, index, targetIncentive: c["targetIncentive"] as number, prorate, measures };
}

/** Curve anchors are computed exactly here, so each must read as a decimal (1e300 does not). */
function checkCurveDecimals(curve: ScoringCurve, path: Path, issues: Issues): boolean {
  let ok = true;
  for (const name of ["threshold", "target", "stretch"] as const) {
    const anchor = curve[name];
    if (anchor === undefined) continue;
    for (const field of ["value", "score"] as const) {
      if (parseDec(anchor[field]) === undefined) ok = report(issues, [...path, name, field], "validation.decimal", { value: shown(anchor[field]) });
    }
  }
  return ok;
}

function checkSpif(c: Record<string, unknown>, index: number, path: Path, issues: Issues): SpifRule | undefined {
  const before = issues.length;
  checkMinor(c["amount"], [...path, "amount"], issues, { min: 0 });
  checkFilter(c["filter"], [...path, "filter"], issues);
  let once = false;
  if (c["mode"] !== undefined && checkEnum(c["mode"], ["every", "once"] as const, [...path, "mode"], issues)) once = c["mode"] === "once";
  const credit = checkCreditKind(c["credit"], [...path, "credit"], issues);
  if (issues.length > before) return undefined;
  return { kind: "spif", id: c["id"] as string, index, amount: c["amount"] as number, filter: c["filter"] as CreditFilter, once, credit };
}

function optionalDay(value: unknown, path: Path, issues: Issues): number | undefined {
  if (value === undefined) return undefined;
  return checkCalendarDate(value, path, issues) ? toDayNumber(value) : undefined;
}

/**
 * Checks a plan and reads it. Returns `undefined` when it has issues (they are in `issues`).
 * @internal
 */
export function readPlan(plan: unknown, path: Path, issues: Issues): PlanRules | undefined {
  if (!checkRecord(plan, path, issues)) return undefined;
  const before = issues.length;
  checkString(plan["id"], [...path, "id"], issues, { nonEmpty: true });
  checkCurrency(plan["currency"], [...path, "currency"], issues);
  let rounding: RoundingMode = "half-even";
  if (plan["rounding"] !== undefined && checkEnum(plan["rounding"], ROUNDING_MODES, [...path, "rounding"], issues)) rounding = plan["rounding"];
  let quota: PlanRules["quota"];
  if (plan["quota"] !== undefined && checkRecord(plan["quota"], [...path, "quota"], issues)) {
    const q = plan["quota"];
    const okAmount = checkMinor(q["amount"], [...path, "quota", "amount"], issues, { min: 0 });
    let prorate = false;
    if (q["prorate"] !== undefined && checkEnum(q["prorate"], ["calendar-days", "none"] as const, [...path, "quota", "prorate"], issues)) prorate = q["prorate"] === "calendar-days";
    if (okAmount) quota = { amount: q["amount"] as number, prorate };
  }
  const hasQuota = isRecord(plan["quota"]);
  const rules: (CommissionRule | BonusRule | SpifRule)[] = [];
  if (checkArray(plan["components"], [...path, "components"], issues, { nonEmpty: true })) {
    const list = plan["components"];
    const ids = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const cp = [...path, "components", i];
      const c = list[i];
      if (!checkRecord(c, cp, issues)) continue;
      if (checkString(c["id"], [...cp, "id"], issues, { nonEmpty: true })) {
        if (ids.has(c["id"])) report(issues, [...cp, "id"], "validation.duplicate", { value: shown(c["id"]) });
        ids.add(c["id"]);
      }
      if (!checkEnum(c["kind"], ["commission", "bonus", "spif"] as const, [...cp, "kind"], issues)) continue;
      const rule =
        c["kind"] === "commission" ? checkCommission(c, i, cp, issues, hasQuota) : c["kind"] === "bonus" ? checkBonus(c, i, cp, issues, hasQuota) : checkSpif(c, i, cp, issues);
      if (rule !== undefined) rules.push(rule);
    }
  }
  let draw: PlanRules["draw"];
  if (plan["draw"] !== undefined && checkRecord(plan["draw"], [...path, "draw"], issues)) {
    const d = plan["draw"];
    const dp = [...path, "draw"];
    const okAmount = checkMinor(d["amount"], [...dp, "amount"], issues, { min: 0 });
    const okType = checkEnum(d["type"], ["recoverable", "non-recoverable"] as const, [...dp, "type"], issues);
    let additive = false;
    if (d["style"] !== undefined && checkEnum(d["style"], ["guarantee", "additive"] as const, [...dp, "style"], issues)) additive = d["style"] === "additive";
    const from = optionalDay(d["from"], [...dp, "from"], issues);
    const until = optionalDay(d["until"], [...dp, "until"], issues);
    const recoverFrom = optionalDay(d["recoverFrom"], [...dp, "recoverFrom"], issues);
    if (from !== undefined && until !== undefined && until < from) report(issues, dp, "validation.period-order", { start: d["from"] as string, end: d["until"] as string });
    if (okAmount && okType) draw = { amount: d["amount"] as number, recoverable: d["type"] === "recoverable", additive, from, until, recoverFrom };
  }
  let clawback: PlanRules["clawback"];
  if (plan["clawback"] !== undefined && checkRecord(plan["clawback"], [...path, "clawback"], issues)) {
    const c = plan["clawback"];
    const cp = [...path, "clawback"];
    const okWindow = checkInteger(c["windowDays"], [...cp, "windowDays"], issues, { min: 0, max: 36600 });
    let unserved = false;
    if (c["mode"] !== undefined && checkEnum(c["mode"], ["full", "unserved-term"] as const, [...cp, "mode"], issues)) unserved = c["mode"] === "unserved-term";
    const okDays = c["termDays"] === undefined || checkInteger(c["termDays"], [...cp, "termDays"], issues, { min: 1, max: 36600 });
    const okMonths = c["termMonths"] === undefined || checkInteger(c["termMonths"], [...cp, "termMonths"], issues, { min: 1, max: 1200 });
    if (c["termDays"] !== undefined && c["termMonths"] !== undefined) report(issues, cp, "validation.one-of", { options: ["termDays", "termMonths"] });
    if (unserved && c["termDays"] === undefined && c["termMonths"] === undefined && okWindow && c["windowDays"] === 0) report(issues, [...cp, "windowDays"], "validation.range", { min: 1, value: 0 });
    if (okWindow && okDays && okMonths) clawback = { windowDays: c["windowDays"] as number, unserved, termDays: c["termDays"] as number | undefined, termMonths: c["termMonths"] as number | undefined };
  }
  let cap: PlanRules["cap"];
  if (plan["cap"] !== undefined && checkRecord(plan["cap"], [...path, "cap"], issues)) {
    const c = plan["cap"];
    const okCap = checkMinor(c["perPeriod"], [...path, "cap", "perPeriod"], issues, { min: 0 });
    if (c["payExcessLater"] !== undefined && typeof c["payExcessLater"] !== "boolean") report(issues, [...path, "cap", "payExcessLater"], "validation.type", { expected: "boolean", received: typeof c["payExcessLater"] });
    if (okCap) cap = { perPeriod: c["perPeriod"] as number, payExcessLater: c["payExcessLater"] === true };
  }
  if (issues.length > before) return undefined;
  return { plan: plan as unknown as IncentivePlan, rounding, quota, rules, draw, clawback, cap };
}

/**
 * Checks a list of credits (ids unique, revenue shares totalling exactly 1, cancellation dates
 * not before the credit) and returns its splits indexed by payee, in date order (ties keep
 * the input order). With `onlyPayee`, only that payee's splits are kept.
 * @internal
 */
export function readCredits(credits: unknown, path: Path, issues: Issues, onlyPayee?: string): Map<string, SplitEntry[]> | undefined {
  if (!checkArray(credits, path, issues)) return undefined;
  const before = issues.length;
  const byPayee = new Map<string, SplitEntry[]>();
  const ids = new Set<string>();
  for (let i = 0; i < credits.length; i++) {
    const c = credits[i];
    const mark = issues.length;
    if (!isWellFormedCredit(c)) {
      checkCreditSlowly(c, [...path, i], issues);
    } else {
      // fast path: types are right; check the rules that need arithmetic
      ruleChecks(c as Credit, path, i, issues);
    }
    const id = isRecord(c) ? c["id"] : undefined;
    if (typeof id === "string" && id !== "") {
      if (ids.has(id)) report(issues, [...path, i, "id"], "validation.duplicate", { value: shown(id) });
      ids.add(id);
    }
    if (issues.length > mark) continue;
    const credit = c as Credit;
    const day = dayOf(credit.date)!;
    const cancelDay = credit.status === "cancelled" ? (credit.cancelledOn === undefined ? -Infinity : dayOf(credit.cancelledOn)!) : undefined;
    for (let j = 0; j < credit.payees.length; j++) {
      const split = credit.payees[j]!;
      if (onlyPayee !== undefined && split.id !== onlyPayee) continue;
      const dec = parseDec(split.share)!;
      const share = fxDec(dec);
      const entry: SplitEntry = { credit, order: i, day, share, shareText: text(split.share), base: fxMul(fxInt(credit.amount), share), kind: split.kind ?? "revenue", cancelDay };
      const list = byPayee.get(split.id);
      if (list === undefined) byPayee.set(split.id, [entry]);
      else list.push(entry);
    }
  }
  if (issues.length > before) return undefined;
  for (const list of byPayee.values()) {
    // in date order; the sort is stable, so same-day credits keep their input order
    let sorted = true;
    for (let k = 1; k < list.length; k++) if (list[k]!.day < list[k - 1]!.day) (sorted = false), (k = list.length);
    if (!sorted) list.sort((a, b) => a.day - b.day);
  }
  return byPayee;
}

// Credits of a period share a few dozen dates: each is read once.
const dayCache = new Map<string, number | undefined>();

/** Day number of a `"YYYY-MM-DD"` text, or `undefined` when it is not a real date. */
function dayOf(text: string): number | undefined {
  if (dayCache.has(text)) return dayCache.get(text);
  const day = isCalendarDate(text) ? toDayNumber(text) : undefined;
  if (dayCache.size >= 4096) dayCache.clear();
  dayCache.set(text, day);
  return day;
}

function isWellFormedCredit(c: unknown): boolean {
  if (!isRecord(c)) return false;
  if (typeof c["id"] !== "string" || c["id"] === "" || !Number.isSafeInteger(c["amount"])) return false;
  if (typeof c["date"] !== "string" || dayOf(c["date"]) === undefined) return false;
  const status = c["status"];
  if (status !== undefined && status !== "won" && status !== "cancelled") return false;
  if (c["cancelledOn"] !== undefined && (typeof c["cancelledOn"] !== "string" || dayOf(c["cancelledOn"]) === undefined)) return false;
  if (c["attributes"] !== undefined && !isRecord(c["attributes"])) return false;
  const payees = c["payees"];
  if (!Array.isArray(payees) || payees.length === 0) return false;
  for (let j = 0; j < payees.length; j++) {
    const p: unknown = payees[j];
    if (!isRecord(p) || typeof p["id"] !== "string" || p["id"] === "") return false;
    const kind = p["kind"];
    if (kind !== undefined && kind !== "revenue" && kind !== "overlay") return false;
    const d = parseDec(p["share"]);
    if (d === undefined || d.coefficient <= 0n) return false;
  }
  return checkAttributes(c["attributes"], [], []);
}

function checkAttributes(value: unknown, path: Path, issues: Issues): boolean {
  if (value === undefined) return true;
  if (!checkRecord(value, path, issues)) return false;
  let ok = true;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (typeof v !== "string" && typeof v !== "boolean" && !(typeof v === "number" && Number.isFinite(v))) {
      ok = report(issues, [...path, key], "validation.type", { expected: "string", received: typeof v });
    }
  }
  return ok;
}

function checkCreditSlowly(c: unknown, path: Path, issues: Issues): void {
  if (!checkRecord(c, path, issues)) return;
  checkString(c["id"], [...path, "id"], issues, { nonEmpty: true });
  checkMinor(c["amount"], [...path, "amount"], issues);
  checkCalendarDate(c["date"], [...path, "date"], issues);
  if (c["status"] !== undefined) checkEnum(c["status"], ["won", "cancelled"] as const, [...path, "status"], issues);
  if (c["cancelledOn"] !== undefined) checkCalendarDate(c["cancelledOn"], [...path, "cancelledOn"], issues);
  checkAttributes(c["attributes"], [...path, "attributes"], issues);
  if (checkArray(c["payees"], [...path, "payees"], issues, { nonEmpty: true })) {
    const payees = c["payees"];
    for (let j = 0; j < payees.length; j++) {
      const pp = [...path, "payees", j];
      const p = payees[j];
      if (!checkRecord(p, pp, issues)) continue;
      checkString(p["id"], [...pp, "id"], issues, { nonEmpty: true });
      if (p["kind"] !== undefined) checkEnum(p["kind"], CREDIT_KINDS, [...pp, "kind"], issues);
      const d = checkDecimal(p["share"], [...pp, "share"], issues, { nonNegative: true });
      if (d !== undefined && d.coefficient === 0n) report(issues, [...pp, "share"], "validation.range", { min: 0, value: 0 });
    }
  }
  ruleChecksIfTyped(c, path, issues);
}

function ruleChecksIfTyped(c: Record<string, unknown>, path: Path, issues: Issues): void {
  // the arithmetic rules, only where the parts they need are well formed
  const payees = c["payees"];
  if (!Array.isArray(payees)) return;
  for (let j = 0; j < payees.length; j++) {
    const p: unknown = payees[j];
    if (!isRecord(p) || typeof p["id"] !== "string" || !((parseDec(p["share"])?.coefficient ?? 0n) > 0n)) return;
    if (p["kind"] !== undefined && p["kind"] !== "revenue" && p["kind"] !== "overlay") return;
  }
  ruleChecks(c as unknown as Credit, path.slice(0, -1), path[path.length - 1] as number, issues);
}

/** A share of exactly 1. */
function isWhole(share: unknown): boolean {
  const d = parseDec(share);
  return d !== undefined && d.scale === 0 && d.coefficient === 1n;
}

function ruleChecks(c: Credit, base: Path, index: number, issues: Issues): void {
  const at = (...rest: (string | number)[]): Path => [...base, index, ...rest];
  const payees = c.payees;
  if (payees.length === 1) {
    // the common case: one payee, nothing to add up or repeat
    const p = payees[0]!;
    if ((p.kind ?? "revenue") === "revenue" && !isWhole(p.share)) report(issues, at("payees"), "validation.exact-total", { expected: "1", value: fxText(fxDec(parseDec(p.share)!)) });
  } else {
    let revenue: Fx = FX_ZERO;
    let anyRevenue = false;
    const seen = new Set<string>();
    for (let j = 0; j < payees.length; j++) {
      const p = payees[j]!;
      const kind = p.kind ?? "revenue";
      const key = `${kind}\u0000${p.id}`;
      if (seen.has(key)) report(issues, at("payees", j, "id"), "validation.duplicate", { value: shown(p.id) });
      seen.add(key);
      if (kind === "revenue") {
        anyRevenue = true;
        revenue = fxAdd(revenue, fxDec(parseDec(p.share)!));
      }
    }
    if (anyRevenue && fxText(revenue) !== "1") report(issues, at("payees"), "validation.exact-total", { expected: "1", value: fxText(revenue) });
  }
  if (c.cancelledOn !== undefined) {
    if (c.status !== "cancelled") report(issues, at("cancelledOn"), "validation.requires", { requires: 'status: "cancelled"' });
    else if (typeof c.date === "string" && dayOf(c.date) !== undefined && dayOf(c.cancelledOn)! < dayOf(c.date)!) {
      report(issues, at("cancelledOn"), "validation.date-before", { value: c.cancelledOn, field: "date", limit: c.date });
    }
  }
}

/** Checks the per-payee parts of a payout input (measures, employment, carry, paid credits). @internal */
export function checkPayeeParts(input: Record<string, unknown>, path: Path, issues: Issues): void {
  checkString(input["payeeId"], [...path, "payeeId"], issues, { nonEmpty: true });
  const m = input["measures"];
  if (m !== undefined && checkRecord(m, [...path, "measures"], issues)) {
    for (const key of Object.keys(m)) checkDecimal(m[key], [...path, "measures", key], issues);
  }
  checkEmployment(input["employment"], [...path, "employment"], issues);
  const carry = input["carry"];
  if (carry !== undefined && checkRecord(carry, [...path, "carry"], issues)) {
    if (carry["drawBalance"] !== undefined) checkMinor(carry["drawBalance"], [...path, "carry", "drawBalance"], issues, { min: 0 });
    if (carry["capExcess"] !== undefined) checkMinor(carry["capExcess"], [...path, "carry", "capExcess"], issues, { min: 0 });
  }
  checkPaidCredits(input["paidCredits"], [...path, "paidCredits"], issues);
}

/** Checks employment dates. @internal */
export function checkEmployment(value: unknown, path: Path, issues: Issues): void {
  if (value === undefined || !checkRecord(value, path, issues)) return;
  const start = optionalDay(value["start"], [...path, "start"], issues);
  const end = optionalDay(value["end"], [...path, "end"], issues);
  if (start !== undefined && end !== undefined && end < start) report(issues, path, "validation.period-order", { start: value["start"] as string, end: value["end"] as string });
}

/** Checks paid credits. @internal */
export function checkPaidCredits(value: unknown, path: Path, issues: Issues): void {
  if (value === undefined || !checkArray(value, path, issues)) return;
  for (let i = 0; i < value.length; i++) {
    const p = value[i];
    if (!checkRecord(p, [...path, i], issues)) continue;
    checkString(p["creditId"], [...path, i, "creditId"], issues, { nonEmpty: true });
    checkMinor(p["amount"], [...path, i, "amount"], issues);
  }
}

/** What each credit has earned so far, summed by credit id. @internal */
export function paidByCredit(paid: readonly PaidCredit[] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (paid === undefined) return out;
  for (let i = 0; i < paid.length; i++) {
    const p = paid[i]!;
    out.set(p.creditId, (out.get(p.creditId) ?? 0) + p.amount);
  }
  return out;
}

/** Checks a period argument. @internal */
export function checkStatementPeriod(value: unknown, path: Path, issues: Issues): value is Period {
  return checkPeriod(value, path, issues);
}

export { checkOptions };
