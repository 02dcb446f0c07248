/**
 * Burnout-risk signals per member, from data the team already has: hours, leave, workload and
 * pulse answers on the three ICD-11 dimensions. Each signal stands alone, with its reasons.
 * @module
 */
import { deepFreeze } from "../core/_lib/freeze.js";
import { checkCalendarDate, checkRecord, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { civilFromDayNumber, dayNumberFromCivil, daysInMonth } from "../core/_lib/civil.js";
import { toDayNumber, type CalendarDate } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import { parseDec } from "../core/_lib/decimal.js";
import { fxAdd, fxCmp, fxDec, fxMul, fxSub, FX_ZERO, type Fx } from "../core/_lib/fixed.js";
import { checkMembers, checkPolicy, type ResolvedPolicy } from "./_lib/check.js";
import type { WellbeingFindingCode } from "./codes.js";
import type { BurnoutSignal, BurnoutSignalOptions, BurnoutSignalReport, BurnoutSubscales, MemberBurnoutSignals, MemberWellbeingData, WellbeingPolicy } from "./types.js";


/** The exact decimal a checked, finite number prints as (49.9 is 499/10), so a mean of exactly 50 is not "more than 50". */
const exact = (x: number): Fx => fxDec(parseDec(x)!);

/** The exact sum of a list of numbers. */
function sum(xs: readonly number[]): Fx {
  let total = FX_ZERO;
  for (const x of xs) total = fxAdd(total, exact(x));
  return total;
}

/**
 * The default thresholds of {@link burnoutSignals}, all **[HEURISTIC]** and none of them a
 * clinical cut-off:
 *
 * | setting | default | reading |
 * | --- | --- | --- |
 * | `maxWeeklyHours` | 50 | mean hours a week over the window above 50 |
 * | `maxAfterHoursShare` | 0.2 | more than a fifth of the hours outside working hours |
 * | `hoursWindowWeeks` | 4 | the last four completed weeks |
 * | `noLeaveMonths` | 6 | no leave for six months |
 * | `unusedLeaveDays` | 5 | a working week of leave earned so far and not taken |
 * | `maxLoadRatio` | 1 | any load over capacity |
 * | `exhaustionHigh` | 12 | exhaustion subscale ≥ 12 of 18 (on average "about once a week" on each item) |
 * | `cynicismHigh` | 9 | cynicism subscale ≥ 9 of 18 (on average "a few times a month") |
 * | `efficacyLow` | 6 | efficacy subscale ≤ 6 of 18 (on average "about once a month" or less) |
 * | `pulseMaxAgeDays` | 90 | a pulse older than a quarter raises nothing |
 *
 * @example
 * ```ts
 * DEFAULT_WELLBEING_POLICY.maxWeeklyHours; //=> 50
 * DEFAULT_WELLBEING_POLICY.exhaustionHigh; //=> 12
 * ```
 * @category Wellbeing
 */
export const DEFAULT_WELLBEING_POLICY = deepFreeze({
  maxWeeklyHours: 50,
  maxAfterHoursShare: 0.2,
  hoursWindowWeeks: 4,
  noLeaveMonths: 6,
  unusedLeaveDays: 5,
  maxLoadRatio: 1,
  exhaustionHigh: 12,
  cynicismHigh: 9,
  efficacyLow: 6,
  pulseMaxAgeDays: 90,
} as const satisfies Required<WellbeingPolicy>);

type F = Finding<WellbeingFindingCode>;

/** One decimal, for numbers shown in messages only (results stay unrounded). */
const oneDecimal = (x: number): number => Math.round(x * 10) / 10;

/** The day number `months` calendar months before `day` (the day of month clamped), or -Infinity before year 1. */
function monthsBefore(day: number, months: number): number {
  const { year, month, day: dom } = civilFromDayNumber(day);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < 1) return -Infinity;
  return dayNumberFromCivil(y, m, Math.min(dom, daysInMonth(y, m)));
}

const sum3 = (a: readonly number[]): number => a[0]! + a[1]! + a[2]!;

/** Checks the arguments of {@link burnoutSignals}; returns the resolved policy. @internal */
export function checkBurnoutArgs(members: unknown, opts: unknown, issues: Issues): ResolvedPolicy {
  checkMembers(members, ["members"], issues);
  if (!checkRecord(opts, ["opts"], issues)) return DEFAULT_WELLBEING_POLICY;
  checkCalendarDate(opts["asOf"], ["opts", "asOf"], issues);
  return checkPolicy(opts, DEFAULT_WELLBEING_POLICY, ["opts"], issues);
}

/** The signals of one member (arguments already checked). @internal */
export function memberSignals(m: MemberWellbeingData, index: number, asOf: CalendarDate, policy: ResolvedPolicy): MemberBurnoutSignals {
  const today = toDayNumber(asOf);
  const findings: F[] = [];
  const signals = new Set<BurnoutSignal>();
  const memberId = m.memberId;
  const base = ["members", index] as const;
  const row: { -readonly [K in keyof MemberBurnoutSignals]?: MemberBurnoutSignals[K] } = { memberId };
  if (m.teamId !== undefined) row.teamId = m.teamId;

  // Hours: completed weeks (last day on or before asOf) whose last day falls in the window.
  if (m.weeks !== undefined) {
    const lastEnd = today;
    const firstEnd = today - 7 * policy.hoursWindowWeeks + 1;
    let weeks = 0, hours = 0, afterWeeks = 0, afterHours = 0, afterBase = 0;
    const hourList: number[] = [];
    const afterList: number[] = [];
    const baseList: number[] = [];
    for (const w of m.weeks) {
      const end = toDayNumber(w.weekStart) + 6;
      if (end < firstEnd || end > lastEnd) continue;
      weeks++;
      hours += w.hours;
      hourList.push(w.hours);
      if (w.afterHoursHours !== undefined) {
        afterWeeks++;
        afterHours += w.afterHoursHours;
        afterBase += w.hours;
        afterList.push(w.afterHoursHours);
        baseList.push(w.hours);
      }
    }
    if (weeks > 0) {
      const meanHours = hours / weeks;
      const share = afterWeeks > 0 && afterBase > 0 ? afterHours / afterBase : undefined;
      row.hours = share === undefined ? { weeks, meanHours } : { weeks, meanHours, afterHoursShare: share };
      // decided exactly: Σ hours > limit × weeks
      if (fxCmp(sum(hourList), fxMul(exact(policy.maxWeeklyHours), exact(weeks))) > 0) {
        signals.add("long-hours");
        findings.push({ code: "wellbeing.hours.long", severity: "warning", path: [...base, "weeks"], params: { memberId, meanHours: oneDecimal(meanHours), limit: policy.maxWeeklyHours, weeks } });
      }
      if (share !== undefined && fxCmp(sum(afterList), fxMul(exact(policy.maxAfterHoursShare), sum(baseList))) > 0) {
        signals.add("after-hours");
        findings.push({
          code: "wellbeing.hours.after-hours", severity: "warning", path: [...base, "weeks"],
          params: { memberId, percent: oneDecimal(share * 100), limitPercent: oneDecimal(policy.maxAfterHoursShare * 100), weeks: afterWeeks },
        });
      }
    }
  }

  // Leave: months without leave, and leave earned so far this leave year but not taken.
  if (m.leave !== undefined) {
    const l = m.leave;
    const leave: { lastLeaveDay?: CalendarDate; daysWithoutLeave?: number; accruedDays?: number; unusedDays?: number } = {};
    const from = l.lastLeaveDay ?? l.trackedSince;
    if (l.lastLeaveDay !== undefined) leave.lastLeaveDay = l.lastLeaveDay;
    if (from !== undefined && toDayNumber(from) <= today) {
      // a lastLeaveDay after asOf is leave already booked: nothing to flag
      const days = today - toDayNumber(from);
      leave.daysWithoutLeave = days;
      if (toDayNumber(from) <= monthsBefore(today, policy.noLeaveMonths)) {
        signals.add("no-leave");
        findings.push({
          code: "wellbeing.leave.none-recently", severity: "warning", path: [...base, "leave", l.lastLeaveDay !== undefined ? "lastLeaveDay" : "trackedSince"],
          params: l.lastLeaveDay !== undefined ? { memberId, lastLeaveDay: l.lastLeaveDay, days, months: policy.noLeaveMonths } : { memberId, since: from, days, months: policy.noLeaveMonths },
        });
      }
    }
    if (l.year !== undefined && l.entitlementDays !== undefined) {
      const start = toDayNumber(l.year.start);
      const length = toDayNumber(l.year.end) - start + 1;
      const elapsed = Math.min(Math.max(today - start + 1, 0), length);
      const taken = l.takenDays ?? 0;
      // accrued = entitlement × elapsed / length, compared without dividing
      const unusedTimesLength = l.entitlementDays * elapsed - taken * length;
      leave.accruedDays = (l.entitlementDays * elapsed) / length;
      leave.unusedDays = unusedTimesLength / length;
      const unusedExact = fxSub(fxMul(exact(l.entitlementDays), exact(elapsed)), fxMul(exact(taken), exact(length)));
      if (unusedExact.c > 0n && fxCmp(unusedExact, fxMul(exact(policy.unusedLeaveDays), exact(length))) >= 0) {
        signals.add("unused-leave");
        findings.push({
          code: "wellbeing.leave.unused", severity: "info", path: [...base, "leave"],
          params: { memberId, accruedDays: oneDecimal(leave.accruedDays), takenDays: taken, unusedDays: oneDecimal(leave.unusedDays), limit: policy.unusedLeaveDays },
        });
      }
    }
    if (Object.keys(leave).length > 0) row.leave = leave;
  }

  // Workload against capacity.
  if (m.load !== undefined) {
    const { load, capacity } = m.load;
    row.load = { load, capacity, ratio: load / capacity };
    if (fxCmp(exact(load), fxMul(exact(capacity), exact(policy.maxLoadRatio))) > 0) {
      signals.add("over-capacity");
      findings.push({ code: "wellbeing.load.over-capacity", severity: "warning", path: [...base, "load"], params: { memberId, load, capacity, percent: oneDecimal((load / capacity) * 100) } });
    }
  }

  // The latest pulse on or before asOf: three subscales, each on its own.
  if (m.pulses !== undefined) {
    let latest = -1;
    for (let k = 0; k < m.pulses.length; k++) {
      const d = m.pulses[k]!.date;
      if (toDayNumber(d) <= today && (latest < 0 || d > m.pulses[latest]!.date)) latest = k;
    }
    if (latest >= 0) {
      const p = m.pulses[latest]!;
      const age = today - toDayNumber(p.date);
      const stale = age > policy.pulseMaxAgeDays;
      const sub: BurnoutSubscales = { date: p.date, exhaustion: sum3(p.exhaustion), cynicism: sum3(p.cynicism), efficacy: sum3(p.efficacy), stale };
      row.pulse = sub;
      const path = [...base, "pulses", latest];
      if (stale) {
        findings.push({ code: "wellbeing.pulse.stale", severity: "info", path, params: { memberId, date: p.date, days: age, limit: policy.pulseMaxAgeDays } });
      } else {
        if (sub.exhaustion >= policy.exhaustionHigh) {
          signals.add("exhaustion");
          findings.push({ code: "wellbeing.pulse.exhaustion-high", severity: "warning", path: [...path, "exhaustion"], params: { memberId, date: p.date, score: sub.exhaustion, threshold: policy.exhaustionHigh } });
        }
        if (sub.cynicism >= policy.cynicismHigh) {
          signals.add("cynicism");
          findings.push({ code: "wellbeing.pulse.cynicism-high", severity: "warning", path: [...path, "cynicism"], params: { memberId, date: p.date, score: sub.cynicism, threshold: policy.cynicismHigh } });
        }
        if (sub.efficacy <= policy.efficacyLow) {
          signals.add("low-efficacy");
          findings.push({ code: "wellbeing.pulse.efficacy-low", severity: "warning", path: [...path, "efficacy"], params: { memberId, date: p.date, score: sub.efficacy, threshold: policy.efficacyLow } });
        }
      }
    }
  }

  row.signals = SIGNAL_ORDER.filter((s) => signals.has(s));
  row.findings = findings;
  return row as MemberBurnoutSignals;
}

/** Every signal kind, in report order. @internal */
export const SIGNAL_ORDER: readonly BurnoutSignal[] = Object.freeze(["long-hours", "after-hours", "no-leave", "unused-leave", "over-capacity", "exhaustion", "cynicism", "low-efficacy"]);

/**
 * Burnout-risk signals per member, from data the team already has. Each signal is reported on
 * its own with the numbers behind it and a finding that explains it; there is **no total score
 * and no diagnosis** (burnout is an occupational phenomenon in ICD-11, and the three dimensions
 * are reported separately, as the Maslach inventory's subscales are). Every threshold is a
 * **[HEURISTIC]** of {@link DEFAULT_WELLBEING_POLICY}, not a clinical cut-off.
 *
 * | signal | finding | from |
 * | --- | --- | --- |
 * | `long-hours` | `wellbeing.hours.long` | mean hours of the completed weeks (a week's last day, `weekStart` + 6, on or before `asOf`) in the last `hoursWindowWeeks` × 7 days > `maxWeeklyHours` |
 * | `after-hours` | `wellbeing.hours.after-hours` | Σ after-hours / Σ hours of those weeks that give after-hours > `maxAfterHoursShare` |
 * | `no-leave` | `wellbeing.leave.none-recently` | `lastLeaveDay` (else `trackedSince`) on or before the same day `noLeaveMonths` calendar months before `asOf` (day clamped to the month's end); a day after `asOf` is booked leave and raises nothing |
 * | `unused-leave` | `wellbeing.leave.unused` (info) | entitlement × (days of the leave year elapsed, inclusive) / (days in it) − taken ≥ `unusedLeaveDays` |
 * | `over-capacity` | `wellbeing.load.over-capacity` | load > capacity × `maxLoadRatio` |
 * | `exhaustion` | `wellbeing.pulse.exhaustion-high` | exhaustion subscale of the latest pulse ≥ `exhaustionHigh` |
 * | `cynicism` | `wellbeing.pulse.cynicism-high` | cynicism subscale ≥ `cynicismHigh` |
 * | `low-efficacy` | `wellbeing.pulse.efficacy-low` | efficacy subscale ≤ `efficacyLow` (reversed: high efficacy is less risk) |
 *
 * The pulse counted is the latest on or before `asOf`; when it is older than `pulseMaxAgeDays`
 * its subscales are shown with `stale: true` and a `wellbeing.pulse.stale` note, and it raises
 * no signal. Missing data raises nothing. Numbers in results are unrounded (means, shares,
 * ratios: one division each); numbers in finding params are rounded to one decimal for reading.
 *
 * @param members - what the team knows about each member; ids unique
 * @param opts - `asOf` and any thresholds to change
 * @throws {ValidationError} naming every bad path: answers not integers 0–6 or not three per
 * dimension, hours outside 0–168 or after-hours above hours, a repeated week or pulse date, a
 * zero capacity, a leave year without an entitlement (or the reverse), thresholds out of range.
 * @example
 * ```ts
 * const r = burnoutSignals([{ memberId: "m-wang", pulses: [{ date: "2026-11-20", exhaustion: [5, 4, 5], cynicism: [2, 3, 1], efficacy: [4, 3, 5] }] }], { asOf: "2026-11-28" });
 * r.members[0].pulse; //=> { date: "2026-11-20", exhaustion: 14, cynicism: 6, efficacy: 12, stale: false }
 * r.members[0].signals; //=> ["exhaustion"]
 * ```
 * @category Wellbeing
 */
export function burnoutSignals(members: readonly MemberWellbeingData[], opts: BurnoutSignalOptions): BurnoutSignalReport {
  const issues: Issues = [];
  const policy = checkBurnoutArgs(members, opts, issues);
  throwIfIssues(issues);
  return { asOf: opts.asOf, members: members.map((m, i) => memberSignals(m, i, opts.asOf, policy)) };
}
