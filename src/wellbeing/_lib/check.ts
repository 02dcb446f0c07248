/**
 * Argument checks of the wellbeing module.
 * @internal
 * @module
 */
import { checkArray, checkBoolean, checkCalendarDate, checkInteger, checkNumber, checkRecord, checkString, report, shown, type Issues } from "../../core/_lib/check.js";
import type { Path } from "../../core/errors.js";
import { checkPeriod } from "../../core/periods.js";
import type { WellbeingPolicy } from "../types.js";

/** Checks a pulse's three answers of one dimension: integers 0–6. @internal */
function checkAnswers(value: unknown, path: Path, issues: Issues): void {
  if (!checkArray(value, path, issues)) return;
  if (value.length !== 3) {
    report(issues, path, "validation.length", { min: 3, max: 3 });
    return;
  }
  for (let i = 0; i < 3; i++) checkInteger(value[i], [...path, i], issues, { min: 0, max: 6 });
}

function checkWeeks(value: unknown, path: Path, issues: Issues): void {
  if (!checkArray(value, path, issues)) return;
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const w = value[i];
    const p = [...path, i];
    if (!checkRecord(w, p, issues)) continue;
    if (checkCalendarDate(w["weekStart"], [...p, "weekStart"], issues)) {
      const d = w["weekStart"] as string;
      if (seen.has(d)) report(issues, [...p, "weekStart"], "validation.duplicate", { value: d });
      seen.add(d);
    }
    const okHours = checkNumber(w["hours"], [...p, "hours"], issues, { min: 0, max: 168 });
    if (w["afterHoursHours"] !== undefined) {
      checkNumber(w["afterHoursHours"], [...p, "afterHoursHours"], issues, okHours ? { min: 0, max: w["hours"] as number } : { min: 0, max: 168 });
    }
  }
}

function checkLeave(value: unknown, path: Path, issues: Issues): void {
  if (!checkRecord(value, path, issues)) return;
  if (value["lastLeaveDay"] !== undefined) checkCalendarDate(value["lastLeaveDay"], [...path, "lastLeaveDay"], issues);
  if (value["trackedSince"] !== undefined) checkCalendarDate(value["trackedSince"], [...path, "trackedSince"], issues);
  const hasYear = value["year"] !== undefined;
  const hasEntitlement = value["entitlementDays"] !== undefined;
  if (hasYear) checkPeriod(value["year"], [...path, "year"], issues);
  if (hasEntitlement) checkNumber(value["entitlementDays"], [...path, "entitlementDays"], issues, { min: 0, max: 366 });
  if (hasYear && !hasEntitlement) report(issues, [...path, "year"], "validation.requires", { requires: "entitlementDays" });
  if (hasEntitlement && !hasYear) report(issues, [...path, "entitlementDays"], "validation.requires", { requires: "year" });
  if (value["takenDays"] !== undefined) {
    checkNumber(value["takenDays"], [...path, "takenDays"], issues, { min: 0, max: 366 });
    if (!hasEntitlement) report(issues, [...path, "takenDays"], "validation.requires", { requires: "entitlementDays" });
  }
}

function checkLoad(value: unknown, path: Path, issues: Issues): void {
  if (!checkRecord(value, path, issues)) return;
  // bounded so that every ratio is finite: load ≤ 10^15, capacity 0.001 to 10^15
  checkNumber(value["load"], [...path, "load"], issues, { min: 0, max: 1e15 });
  if (checkNumber(value["capacity"], [...path, "capacity"], issues, { min: 0, max: 1e15 }) && value["capacity"] < 0.001) {
    report(issues, [...path, "capacity"], "validation.range", { min: 0.001, max: 1e15, value: value["capacity"] });
  }
}

function checkPulses(value: unknown, path: Path, issues: Issues): void {
  if (!checkArray(value, path, issues)) return;
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const p = [...path, i];
    const pulse = value[i];
    if (!checkRecord(pulse, p, issues)) continue;
    if (checkCalendarDate(pulse["date"], [...p, "date"], issues)) {
      const d = pulse["date"] as string;
      if (seen.has(d)) report(issues, [...p, "date"], "validation.duplicate", { value: d });
      seen.add(d);
    }
    checkAnswers(pulse["exhaustion"], [...p, "exhaustion"], issues);
    checkAnswers(pulse["cynicism"], [...p, "cynicism"], issues);
    checkAnswers(pulse["efficacy"], [...p, "efficacy"], issues);
  }
}

/** Checks the members' data: a list with unique member ids. @internal */
export function checkMembers(value: unknown, path: Path, issues: Issues): void {
  if (!checkArray(value, path, issues)) return;
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const m = value[i];
    const p = [...path, i];
    if (!checkRecord(m, p, issues)) continue;
    if (checkString(m["memberId"], [...p, "memberId"], issues, { nonEmpty: true })) {
      const id = m["memberId"] as string;
      if (seen.has(id)) report(issues, [...p, "memberId"], "validation.duplicate", { value: shown(id) });
      seen.add(id);
    }
    if (m["teamId"] !== undefined) checkString(m["teamId"], [...p, "teamId"], issues, { nonEmpty: true });
    if (m["weeks"] !== undefined) checkWeeks(m["weeks"], [...p, "weeks"], issues);
    if (m["leave"] !== undefined) checkLeave(m["leave"], [...p, "leave"], issues);
    if (m["load"] !== undefined) checkLoad(m["load"], [...p, "load"], issues);
    if (m["pulses"] !== undefined) checkPulses(m["pulses"], [...p, "pulses"], issues);
  }
}

/** The policy with every default filled in. @internal */
export type ResolvedPolicy = { readonly [K in keyof WellbeingPolicy]-?: number };

const POLICY_RULES: readonly { readonly key: keyof WellbeingPolicy; readonly integer: boolean; readonly min: number; readonly max?: number }[] = [
  { key: "maxWeeklyHours", integer: false, min: 0, max: 168 },
  { key: "maxAfterHoursShare", integer: false, min: 0, max: 1 },
  { key: "hoursWindowWeeks", integer: true, min: 1, max: 520 },
  { key: "noLeaveMonths", integer: true, min: 1, max: 120 },
  { key: "unusedLeaveDays", integer: false, min: 0, max: 366 },
  { key: "maxLoadRatio", integer: false, min: 0 },
  { key: "exhaustionHigh", integer: true, min: 0, max: 18 },
  { key: "cynicismHigh", integer: true, min: 0, max: 18 },
  { key: "efficacyLow", integer: true, min: 0, max: 18 },
  { key: "pulseMaxAgeDays", integer: true, min: 0, max: 36600 },
];

/** Checks the policy part of an options object and fills in the defaults. @internal */
export function checkPolicy(opts: Record<string, unknown>, defaults: ResolvedPolicy, path: Path, issues: Issues): ResolvedPolicy {
  const out: Record<string, number> = { ...defaults };
  for (const { key, integer, min, max } of POLICY_RULES) {
    const v = opts[key];
    if (v === undefined) continue;
    const range = max === undefined ? { min } : { min, max };
    if (integer ? checkInteger(v, [...path, key], issues, range) : checkNumber(v, [...path, key], issues, range)) out[key] = v as number;
  }
  return out as ResolvedPolicy;
}

/** Checks goal results. @internal */
export function checkGoalResults(value: unknown, path: Path, issues: Issues): void {
  if (!checkArray(value, path, issues)) return;
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const r = value[i];
    const p = [...path, i];
    if (!checkRecord(r, p, issues)) continue;
    const okMember = checkString(r["memberId"], [...p, "memberId"], issues, { nonEmpty: true });
    const okGoal = r["goalId"] === undefined || checkString(r["goalId"], [...p, "goalId"], issues, { nonEmpty: true });
    if (checkPeriod(r["period"], [...p, "period"], issues) && okMember && okGoal) {
      // one result per member, goal and period
      const period = r["period"] as { start: string; end: string };
      const key = JSON.stringify([r["memberId"], r["goalId"] ?? null, period.start, period.end]);
      if (seen.has(key)) report(issues, [...p, "period"], "validation.duplicate", { value: `${period.start}..${period.end}` });
      seen.add(key);
    }
    if ((r["attainment"] === undefined) === (r["met"] === undefined)) report(issues, p, "validation.one-of", { options: ["attainment", "met"] });
    if (r["attainment"] !== undefined) checkNumber(r["attainment"], [...p, "attainment"], issues, { min: 0 });
    if (r["met"] !== undefined) checkBoolean(r["met"], [...p, "met"], issues);
  }
}
