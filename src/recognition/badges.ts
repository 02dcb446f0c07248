/**
 * Badges as data: which members have newly earned which badges, and why.
 * @module
 */
import { dayNumberFromCivil, daysInMonth } from "../core/_lib/civil.js";
import { checkCalendarDate, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { parseDec, pow10n, type Dec } from "../core/_lib/decimal.js";
import { fromDayNumber, toDayNumber, type CalendarDate } from "../core/dates.js";
import { step, type ExplanationStep } from "../core/explain.js";
import { periodContaining, type Period } from "../core/periods.js";
import { decText } from "./_lib/decimal-text.js";
import { checkAwardRecords, checkDefinitions, checkFacts, monthNumber } from "./_lib/check.js";
import { compareCodePoints, keyPart } from "./_lib/order.js";
import type { AttainmentStreakCriterion, AwardRecord, BadgeAward, BadgeCriterion, BadgeDefinition, BadgeFacts, CountCriterion } from "./types.js";

interface Fact {
  readonly day: number;
  readonly id: string;
}

interface MonthFigure {
  readonly month: number;
  readonly value: Dec;
}

interface MemberFacts {
  readonly "won-deal": Fact[];
  readonly "kudos-received": Fact[];
  readonly "kudos-given": Fact[];
  readonly attainment: MonthFigure[];
}

interface Occurrence {
  readonly period?: Period;
  readonly day: number;
  readonly evidence: readonly string[];
  readonly step: ExplanationStep;
}

function compareDec(a: Dec, b: Dec): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.coefficient * pow10n(scale - a.scale);
  const y = b.coefficient * pow10n(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const monthText = (m: number) => `${pad(Math.floor(m / 12), 4)}-${pad((m % 12) + 1, 2)}`;
const monthStart = (m: number) => `${monthText(m)}-01`;
function monthEndDay(m: number): number {
  const year = Math.floor(m / 12);
  const month = (m % 12) + 1;
  return dayNumberFromCivil(year, month, daysInMonth(year, month));
}

const PERIOD_IN_KEY = /:(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

const byDayThenId = (a: Fact, b: Fact) => a.day - b.day || compareCodePoints(a.id, b.id);

/** Each member's facts dated on or before `asOf`, sorted. @internal */
function gatherFacts(facts: BadgeFacts, asOf: number): Map<string, MemberFacts> {
  const members = new Map<string, MemberFacts>();
  const of = (memberId: string) => {
    let m = members.get(memberId);
    if (m === undefined) members.set(memberId, (m = { "won-deal": [], "kudos-received": [], "kudos-given": [], attainment: [] }));
    return m;
  };
  const attainment = facts.attainment ?? [];
  for (let i = 0; i < attainment.length; i++) {
    const a = attainment[i]!;
    const month = monthNumber(a.month)!;
    if (monthEndDay(month) <= asOf) of(a.memberId).attainment.push({ month, value: parseDec(a.value)! });
  }
  const deals = facts.deals ?? [];
  for (let i = 0; i < deals.length; i++) {
    const d = deals[i]!;
    const day = toDayNumber(d.wonOn);
    if (day <= asOf) of(d.memberId)["won-deal"].push({ day, id: d.id });
  }
  const kudos = facts.kudos ?? [];
  for (let i = 0; i < kudos.length; i++) {
    const k = kudos[i]!;
    const day = toDayNumber(k.date);
    if (k.visibility === "private" || day > asOf) continue;
    let toOthers = false;
    for (const memberId of k.to) {
      if (memberId === k.from) continue;
      toOthers = true;
      of(memberId)["kudos-received"].push({ day, id: k.id });
    }
    if (toOthers) of(k.from)["kudos-given"].push({ day, id: k.id });
  }
  for (const m of members.values()) {
    m["won-deal"].sort(byDayThenId);
    m["kudos-received"].sort(byDayThenId);
    m["kudos-given"].sort(byDayThenId);
    m.attainment.sort((a, b) => a.month - b.month);
  }
  return members;
}

/** Every time a count criterion is met: once in all, or once per period with enough facts. @internal */
function countOccurrences(c: CountCriterion, memberId: string, facts: MemberFacts): Occurrence[] {
  const events = facts[c.fact];
  const hit = (from: number, count: number, period?: Period): Occurrence => {
    const deciding = events[from + c.atLeast - 1]!;
    const date = fromDayNumber(deciding.day);
    const inputs = { memberId, fact: c.fact, threshold: c.atLeast, count, ...(period === undefined ? {} : { start: period.start, end: period.end }) };
    return {
      ...(period === undefined ? {} : { period }),
      day: deciding.day,
      evidence: events.slice(from, from + c.atLeast).map((e) => e.id),
      step: step("recognition.badge.count", "count(fact) ≥ atLeast", inputs, date),
    };
  };
  if (c.within === undefined) return events.length >= c.atLeast ? [hit(0, events.length)] : [];
  const found: Occurrence[] = [];
  for (let i = 0; i < events.length; ) {
    const period = periodContaining(c.within, fromDayNumber(events[i]!.day), 1, 1);
    const last = toDayNumber(period.end);
    let j = i;
    while (j < events.length && events[j]!.day <= last) j++;
    if (j - i >= c.atLeast) found.push(hit(i, j - i, period));
    i = j;
  }
  return found;
}

/**
 * Every run of `months` consecutive qualifying months, runs not overlapping. Months already in
 * an awarded run (`consumed`) break runs, so awards stay the same however far back the facts go.
 * @internal
 */
function streakOccurrences(c: AttainmentStreakCriterion, memberId: string, facts: MemberFacts, consumed: (month: number) => boolean): Occurrence[] {
  const atLeast = parseDec(c.atLeast)!;
  const found: Occurrence[] = [];
  let run: MonthFigure[] = [];
  for (const figure of facts.attainment) {
    if (consumed(figure.month)) {
      run = [];
      continue;
    }
    if (compareDec(figure.value, atLeast) >= 0) {
      if (run.length > 0 && run[run.length - 1]!.month !== figure.month - 1) run = [];
      run.push(figure);
    } else {
      run = [];
    }
    if (run.length === c.months) {
      const first = run[0]!.month;
      const last = figure.month;
      const day = monthEndDay(last);
      const inputs = { memberId, threshold: decText(atLeast), periods: c.months, start: monthText(first), end: monthText(last), values: run.map((r) => decText(r.value)) };
      found.push({
        period: { start: monthStart(first), end: fromDayNumber(day) },
        day,
        evidence: run.map((r) => monthText(r.month)),
        step: step("recognition.badge.streak", "attainment ≥ atLeast in each of n consecutive months", inputs, fromDayNumber(day)),
      });
      run = [];
    }
  }
  return found;
}

const NOTHING_CONSUMED = (): boolean => false;

function leafOccurrences(c: AttainmentStreakCriterion | CountCriterion, memberId: string, facts: MemberFacts, consumed: (month: number) => boolean = NOTHING_CONSUMED): Occurrence[] {
  return c.kind === "count" ? countOccurrences(c, memberId, facts) : streakOccurrences(c, memberId, facts, consumed);
}

function combine(parts: readonly Occurrence[], memberId: string, period?: Period): Occurrence {
  let day = parts[0]!.day;
  const evidence = new Set<string>();
  for (const p of parts) {
    day = Math.max(day, p.day);
    for (const id of p.evidence) evidence.add(id);
  }
  const inputs = { memberId, count: parts.length };
  return {
    ...(period === undefined ? {} : { period }),
    day,
    evidence: [...evidence],
    step: step("recognition.badge.all", "max(date each criterion was met)", inputs, fromDayNumber(day), { steps: parts.map((p) => p.step) }),
  };
}

/** When a criterion was first met, if ever. @internal */
function firstMet(c: BadgeCriterion, memberId: string, facts: MemberFacts): Occurrence | undefined {
  if (!("all" in c)) return leafOccurrences(c, memberId, facts)[0];
  const parts: Occurrence[] = [];
  for (const child of c.all) {
    const o = firstMet(child, memberId, facts);
    if (o === undefined) return undefined;
    parts.push(o);
  }
  return combine(parts, memberId);
}

/** Each period in which a per-period criterion is met. @internal */
function metPerPeriod(c: BadgeCriterion, memberId: string, facts: MemberFacts, consumed: (month: number) => boolean): Occurrence[] {
  if (!("all" in c)) return leafOccurrences(c, memberId, facts, consumed);
  const lists = c.all.map((child) => new Map(metPerPeriod(child, memberId, facts, consumed).map((o) => [o.period!.start, o] as const)));
  const found: Occurrence[] = [];
  for (const [start, o] of lists[0]!) {
    const parts = [o];
    for (let k = 1; k < lists.length && parts.length === k; k++) {
      const other = lists[k]!.get(start);
      if (other !== undefined) parts.push(other);
    }
    if (parts.length === lists.length) found.push(combine(parts, memberId, o.period));
  }
  return found;
}

/**
 * The badges members have newly earned by `asOf`. Only facts dated on or before `asOf` count
 * (a month's attainment once the month has ended) and only public kudos; a kudos never counts
 * for its author as received.
 *
 * - A `never`-repeat badge (the default) is earned once, on the day its criterion was first met;
 *   it is not awarded again to a member who holds it in `alreadyAwarded` under any key.
 * - A `per-period` badge is earned once per period in which its criterion is met: each calendar
 *   month, quarter or year of its `within`, or each run of `months` months of an attainment
 *   streak (runs do not overlap: six months running earn a three-month badge twice).
 * - Every award has an idempotency `key` (see {@link BadgeAward}); an award whose key is in
 *   `alreadyAwarded` is not made again. So passing back what was awarded makes the next call
 *   return nothing new until new facts arrive.
 *
 * Awards come in a fixed order: by `earnedOn`, then by the definition's position in
 * `definitions`, then by member id and key in code-point order. Earlier periods that were
 * never awarded are awarded now (a backfill), each with its own `earnedOn`.
 *
 * @throws {ValidationError} on malformed definitions (ids must be unique; a per-period badge needs
 * a criterion with a period), facts (kudos ids unique, one attainment figure per member and month,
 * each deal once per member), `asOf` or awards.
 * @example
 * ```ts
 * const firstDeal = { id: "first-deal", name: { en: "First deal", "zh-CN": "首单" }, criteria: { kind: "count", fact: "won-deal", atLeast: 1 } } as const;
 * const facts = { deals: [{ memberId: "m-li", id: "D-2041", wonOn: "2026-11-03" }, { memberId: "m-li", id: "D-2055", wonOn: "2026-11-19" }] };
 * const awards = awardBadges([firstDeal], facts, "2026-11-28");
 * awards.map((a) => [a.key, a.earnedOn, a.evidence]); //=> [["first-deal:m-li", "2026-11-03", ["D-2041"]]]
 * awardBadges([firstDeal], facts, "2026-11-28", awards); //=> []
 * ```
 * @category Recognition
 */
export function awardBadges(
  definitions: readonly BadgeDefinition[],
  facts: BadgeFacts,
  asOf: CalendarDate,
  alreadyAwarded: readonly AwardRecord[] = [],
): BadgeAward[] {
  const issues: Issues = [];
  checkDefinitions(definitions, ["definitions"], issues);
  checkFacts(facts, ["facts"], issues);
  checkCalendarDate(asOf, ["asOf"], issues);
  checkAwardRecords(alreadyAwarded, ["alreadyAwarded"], issues);
  throwIfIssues(issues);

  const members = gatherFacts(facts, toDayNumber(asOf));
  const keys = new Set<string>();
  const holders = new Set<string>();
  // the periods already awarded for each badge and member, read back from the award keys
  const awardedPeriods = new Map<string, { start: string; end: string }[]>();
  for (let i = 0; i < alreadyAwarded.length; i++) {
    const a = alreadyAwarded[i]!;
    keys.add(a.key);
    const holder = `${a.badgeId}\u0000${a.memberId}`;
    holders.add(holder);
    const m = PERIOD_IN_KEY.exec(a.key);
    if (m !== null) {
      const list = awardedPeriods.get(holder) ?? [];
      list.push({ start: m[1]!, end: m[2]! });
      awardedPeriods.set(holder, list);
    }
  }

  const found: { award: BadgeAward; day: number; order: number }[] = [];
  definitions.forEach((def, order) => {
    const perPeriod = def.repeat === "per-period";
    for (const [memberId, memberFacts] of members) {
      if (!perPeriod && holders.has(`${def.id}\u0000${memberId}`)) continue;
      const base = `${keyPart(def.id)}:${keyPart(memberId)}`;
      const periods = awardedPeriods.get(`${def.id}\u0000${memberId}`) ?? [];
      const consumed = (month: number): boolean => {
        const start = monthStart(month);
        return periods.some((p) => p.start <= start && start <= p.end);
      };
      const occurrences = perPeriod ? metPerPeriod(def.criteria, memberId, memberFacts, consumed) : [firstMet(def.criteria, memberId, memberFacts)];
      for (const o of occurrences) {
        if (o === undefined) continue;
        const key = perPeriod ? `${base}:${o.period!.start}..${o.period!.end}` : base;
        if (keys.has(key)) continue;
        const earnedOn = fromDayNumber(o.day);
        const period = perPeriod ? { start: o.period!.start, end: o.period!.end } : undefined;
        const earned = step("recognition.badge.earned", "earnedOn = the day the criterion was met", { id: def.id, memberId, ...(period ?? {}) }, earnedOn);
        const award: BadgeAward = {
          badgeId: def.id,
          memberId,
          key,
          earnedOn,
          ...(period === undefined ? {} : { period }),
          evidence: [...o.evidence],
          explanation: { steps: [o.step, earned] },
        };
        found.push({ award, day: o.day, order });
      }
    }
  });
  found.sort((a, b) => a.day - b.day || a.order - b.order || compareCodePoints(a.award.memberId, b.award.memberId) || compareCodePoints(a.award.key, b.award.key));
  return found.map((f) => f.award);
}
