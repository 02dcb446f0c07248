/**
 * Goal drafts from a sentence in Chinese or English.
 * @module
 */
import { parseCivil, daysInMonth, formatCivil } from "../core/_lib/civil.js";
import { checkCalendarDate, checkInteger, checkRecord, checkString, report, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { decToString, parseDec } from "../core/_lib/decimal.js";
import { fromDayNumber, isCalendarDate, toDayNumber, weekdayOf, type CalendarDate } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import { periodContaining } from "../core/periods.js";
import type { GoalFindingCode } from "./codes.js";
import { findConjunction } from "./_lib/text.js";
import { DEFAULT_SMART_POLICY } from "./smart.js";
import type { Goal, GoalDirection, GoalMetric } from "./types.js";

/**
 * A goal as read from a sentence: everything {@link Goal} has except the id, with whatever
 * could not be read left undefined, and `findings` saying what was assumed or is missing.
 *
 * @example
 * ```ts
 * const draft: GoalDraft = draftGoalFromText("本月销售额达到50万元", { asOf: "2026-11-28" });
 * draft.metric?.target; //=> 500000
 * ```
 * @category Goals
 */
export interface GoalDraft extends Omit<Goal, "id"> {
  /** What was read or assumed (`goals.draft.*` codes), and what is missing. */
  readonly findings: readonly Finding<GoalFindingCode>[];
}

/**
 * Options of {@link draftGoalFromText}.
 *
 * @example
 * ```ts
 * const opts: DraftOptions = { asOf: "2026-11-28", fiscalYearStartMonth: 4 };
 * ```
 * @category Goals
 */
export interface DraftOptions {
  /** The day the sentence is written: relative periods (本月, next quarter, Q1) resolve from it. */
  readonly asOf: CalendarDate;
  /** First month of the fiscal year for quarters, halves and years (default 1). */
  readonly fiscalYearStartMonth?: number;
  /** First day of the week (default 1, Monday). */
  readonly weekStartsOn?: number;
}

type F = Finding<GoalFindingCode>;

const DEFAULT_CONJUNCTIONS = DEFAULT_SMART_POLICY.conjunctions;

interface Ctx {
  readonly asOf: CalendarDate;
  readonly today: number;
  readonly fiscal: number;
  readonly weekStartsOn: number;
}

interface PeriodHit {
  readonly start: CalendarDate;
  readonly due: CalendarDate;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const WEEKDAY: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

function endOfMonth(year: number, month: number): CalendarDate {
  return formatCivil(year, month, daysInMonth(year, month));
}

/** The `n`-th quarter (length 3), half (6) or the whole year (12) of the fiscal year that starts in `fiscalYear`. */
function partOfFiscalYear(fiscalYear: number, fiscal: number, length: number, n: number): PeriodHit {
  const startMonth = fiscalYear * 12 + (fiscal - 1) + (n - 1) * length;
  const endMonth = startMonth + length - 1;
  return { start: formatCivil(Math.floor(startMonth / 12), (startMonth % 12) + 1, 1), due: endOfMonth(Math.floor(endMonth / 12), (endMonth % 12) + 1) };
}

/** The fiscal year (by the calendar year it starts in) that contains `date`. */
function fiscalYearOf(date: CalendarDate, fiscal: number): number {
  const { year, month } = parseCivil(date)!;
  return month >= fiscal ? year : year - 1;
}

/** The nearest `n`-th quarter or half that has not ended by `asOf`. */
function nearestPart(ctx: Ctx, length: number, n: number): PeriodHit {
  const fy = fiscalYearOf(ctx.asOf, ctx.fiscal);
  const part = partOfFiscalYear(fy, ctx.fiscal, length, n);
  return toDayNumber(part.due) >= ctx.today ? part : partOfFiscalYear(fy + 1, ctx.fiscal, length, n);
}

function shiftedPeriod(ctx: Ctx, kind: "week" | "month" | "quarter" | "year", step: number): PeriodHit {
  let p = periodContaining(kind, ctx.asOf, ctx.fiscal, ctx.weekStartsOn);
  for (let i = 0; i < step; i++) p = periodContaining(kind, fromDayNumber(toDayNumber(p.end) + 1), ctx.fiscal, ctx.weekStartsOn);
  return { start: p.start, due: p.end };
}

/** A deadline: the goal runs from `asOf` to `due`. */
function deadline(ctx: Ctx, due: CalendarDate): PeriodHit {
  return { start: toDayNumber(due) >= ctx.today ? ctx.asOf : due, due };
}

/** A month and day without a year: this year's if it has not passed, else next year's. */
function upcoming(ctx: Ctx, month: number, day: number): CalendarDate | undefined {
  const year = parseCivil(ctx.asOf)!.year;
  for (const y of [year, year + 1]) {
    if (day <= daysInMonth(y, month)) {
      const date = formatCivil(y, month, day);
      if (toDayNumber(date) >= ctx.today) return date;
    }
  }
  return undefined;
}

type Resolver = (m: RegExpExecArray, ctx: Ctx) => PeriodHit | undefined;

const QN = "(?:Q\\s*([1-4])|第?\\s*([一二三四1-4])\\s*季度)";
const quarterNumber = (m: RegExpExecArray, a: number, b: number) => Number(m[a] ?? CN_DIGIT[m[b] ?? ""] ?? 0);

// The period expressions, most specific first. Each resolves to a span from the day of writing.
const PERIODS: readonly (readonly [RegExp, Resolver])[] = [
  [/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/, (m, ctx) => {
    const date = formatCivil(Number(m[1]), Number(m[2]), Number(m[3]));
    return isCalendarDate(date) ? deadline(ctx, date) : undefined;
  }],
  [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/, (m, ctx) => {
    const date = formatCivil(Number(m[1]), Number(m[2]), Number(m[3]));
    return isCalendarDate(date) ? deadline(ctx, date) : undefined;
  }],
  [/(?:end of|by the end of|by end of)\s+Q([1-4])\s+(\d{4})/i, (m, ctx) => deadline(ctx, partOfFiscalYear(Number(m[2]), ctx.fiscal, 3, Number(m[1])).due)],
  [new RegExp(`(\\d{4})\\s*年?\\s*${QN}`, "i"), (m, ctx) => partOfFiscalYear(Number(m[1]), ctx.fiscal, 3, quarterNumber(m, 2, 3))],
  [/Q([1-4])\s*(?:FY)?\s*(\d{4})/i, (m, ctx) => partOfFiscalYear(Number(m[2]), ctx.fiscal, 3, Number(m[1]))],
  [/(\d{4})\s*年?\s*(?:H([12])|([上下])半年)/i, (m, ctx) => partOfFiscalYear(Number(m[1]), ctx.fiscal, 6, m[2] !== undefined ? Number(m[2]) : m[3] === "上" ? 1 : 2)],
  [/H([12])\s*(?:FY)?\s*(\d{4})/i, (m, ctx) => partOfFiscalYear(Number(m[2]), ctx.fiscal, 6, Number(m[1]))],
  [/(?<![A-Za-z0-9])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/, (m, ctx) => {
    const date = upcoming(ctx, Number(m[1]), Number(m[2]));
    return date === undefined ? undefined : deadline(ctx, date);
  }],
  [new RegExp(`(?<![A-Za-z0-9])${QN}`, "i"), (m, ctx) => nearestPart(ctx, 3, quarterNumber(m, 1, 2))],
  [/(?<![A-Za-z0-9])H([12])(?![0-9])|([上下])半年/i, (m, ctx) => nearestPart(ctx, 6, m[1] !== undefined ? Number(m[1]) : m[2] === "上" ? 1 : 2)],
  [/下个?月|next month/i, (_m, ctx) => shiftedPeriod(ctx, "month", 1)],
  [/月底前?|月末前?|by (?:the )?end of (?:the |this )?month/i, (_m, ctx) => deadline(ctx, shiftedPeriod(ctx, "month", 0).due)],
  [/本月|这个月|這個月|当月|this month/i, (_m, ctx) => shiftedPeriod(ctx, "month", 0)],
  [/下个?季度?|next quarter/i, (_m, ctx) => shiftedPeriod(ctx, "quarter", 1)],
  [/季度?末前?|季底前?|by (?:the )?end of (?:the |this )?quarter/i, (_m, ctx) => deadline(ctx, shiftedPeriod(ctx, "quarter", 0).due)],
  [/本季度?|这个季度|這個季度|当季|this quarter/i, (_m, ctx) => shiftedPeriod(ctx, "quarter", 0)],
  [/([本这這下]?)[个個]?(?:周|週|星期)([一二三四五六日天])(?:之?前|以前)/, (m, ctx) => {
    // that weekday of this week (of next week once it has passed), or of next week after 下
    let day = toDayNumber(shiftedPeriod(ctx, "week", m[1] === "下" ? 1 : 0).start);
    while (weekdayOf(fromDayNumber(day)) !== WEEKDAY[m[2]!]) day++;
    if (day < ctx.today) day += 7;
    return deadline(ctx, fromDayNumber(day));
  }],
  [/下[个個]?[周週]|next week/i, (_m, ctx) => shiftedPeriod(ctx, "week", 1)],
  [/本[周週]|这[周週]|這[周週]|this week/i, (_m, ctx) => shiftedPeriod(ctx, "week", 0)],
  [/年底前?|年末前?|by (?:the )?end of (?:the |this )?year|by year[- ]end|year[- ]end/i, (_m, ctx) => deadline(ctx, `${String(parseCivil(ctx.asOf)!.year).padStart(4, "0")}-12-31`)],
  [/明年|next year/i, (_m, ctx) => shiftedPeriod(ctx, "year", 1)],
  [/今年|本年度?|this year/i, (_m, ctx) => shiftedPeriod(ctx, "year", 0)],
  [/(\d{4})\s*年(?!\s*\d)|(?:in|for|FY)\s*(\d{4})(?!-)/i, (m, ctx) => {
    return partOfFiscalYear(Number(m[1] ?? m[2]), ctx.fiscal, 12, 1);
  }],
  // a recurring goal (每月, weekly) is read as its current period; one goal per period
  [/每个?月|每月度|\bmonthly\b|\b(?:per|each|every) month\b/i, (_m, ctx) => shiftedPeriod(ctx, "month", 0)],
  [/每个?季度?|\bquarterly\b|\b(?:per|each|every) quarter\b/i, (_m, ctx) => shiftedPeriod(ctx, "quarter", 0)],
  [/每[周週]|\bweekly\b|\b(?:per|each|every) week\b/i, (_m, ctx) => shiftedPeriod(ctx, "week", 0)],
  [/\bby\s+(?:the\s+)?(\w+)\s+(\d{1,2}),?\s+(\d{4})/i, (m, ctx) => {
    const month = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
    if (month === 0) return undefined;
    const date = formatCivil(Number(m[3]), month, Number(m[2]));
    return isCalendarDate(date) ? deadline(ctx, date) : undefined;
  }],
];

function findPeriod(text: string, ctx: Ctx): { hit: PeriodHit; text: string; index: number } | undefined {
  for (const [pattern, resolve] of PERIODS) {
    const m = pattern.exec(text);
    if (m === null) continue;
    const hit = resolve(m, ctx);
    // a year 0000 or 10000 is not a date this library can hold: read no period rather than a wrong one
    if (hit !== undefined && isCalendarDate(hit.start) && isCalendarDate(hit.due)) return { hit, text: m[0], index: m.index };
  }
  return undefined;
}

// ---------- numbers, units and directions ----------

const MULTIPLIERS: Record<string, number> = { 千: 3, 万: 4, 萬: 4, 十万: 5, 百万: 6, 千万: 7, 亿: 8, 億: 8, 万亿: 12, k: 3, K: 3, M: 6, million: 6, mn: 6, bn: 9, billion: 9 };
const CURRENCY_WORDS: readonly [RegExp, string, boolean][] = [
  // pattern, ISO code, whether reading it is an assumption (a bare symbol)
  [/^(?:元|块|塊|人民币|人民幣|CNY|RMB)$/i, "CNY", false],
  [/^(?:美元|USD|US\$)$/i, "USD", false],
  [/^¥$/, "CNY", true],
  [/^\$$/, "USD", true],
  [/^(?:港元|港币|HKD)$/i, "HKD", false],
  [/^(?:欧元|EUR|€)$/i, "EUR", false],
];
const COUNT_WORDS = /^(?:家|个|個|次|笔|筆|份|位|单|單|件|人|名|场|場|通|户|戶|calls?|customers?|clients?|deals?|accounts?|visits?|meetings?|contracts?|leads?|logos?|orders?)$/i;
const HOUR_WORDS = /^(?:小时|小時|h|hrs?|hours?)$/i;
const DAY_WORDS = /^(?:天|days?)$/i;
const MINUTE_WORDS = /^(?:分钟|分鐘|min|mins|minutes?)$/i;
const PERCENT_WORDS = /^(?:%|percent|pct|个百分点|個百分點)$/i;

const NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
const TOKEN = new RegExp(
  `(US\\$|[¥$€]|CNY|RMB|USD|HKD|EUR)?\\s*(${NUMBER})\\s*(万亿|十万|百万|千万|千|万|萬|亿|億|k|K|M(?![a-z])|million|mn|bn|billion)?\\s*` +
    `(%|个百分点|個百分點|percent|pct|元|块|塊|人民币|人民幣|美元|港元|港币|欧元|CNY|RMB|USD|HKD|EUR|小时|小時|hours?|hrs?|h(?![a-z])|分钟|分鐘|minutes?|mins?|天|days?|分(?![钟鐘])|家|个|個|次|笔|筆|份|位|单|單|件|人|名|场|場|通|户|戶|calls?|customers?|clients?|deals?|accounts?|visits?|meetings?|contracts?|leads?|logos?|orders?)?`,
  "gi",
);

interface NumberToken {
  readonly index: number;
  readonly end: number;
  readonly raw: string;
  readonly value: number;
  readonly unit: string | undefined;
  readonly unitAssumed: boolean;
  readonly multiplier: string | undefined;
  readonly percent: boolean;
}

/** `digits × 10^exponent`, exactly (1.2 万 is 12000, not 12000.000000000002); `undefined` when out of range. */
function scaled(digits: string, exponent: number): number | undefined {
  const dec = parseDec(digits.replace(/,/g, ""));
  if (dec === undefined) return undefined;
  const scale = dec.scale - exponent;
  const shifted = scale >= 0 ? { coefficient: dec.coefficient, scale, small: undefined } : { coefficient: dec.coefficient * 10n ** BigInt(-scale), scale: 0, small: undefined };
  return Number(decToString(shifted));
}

function unitOf(prefix: string | undefined, word: string | undefined): { unit: string | undefined; assumed: boolean } {
  for (const candidate of [word, prefix]) {
    if (candidate === undefined) continue;
    for (const [pattern, code, assumed] of CURRENCY_WORDS) if (pattern.test(candidate)) return { unit: code, assumed };
  }
  if (word === undefined) return { unit: undefined, assumed: false };
  if (PERCENT_WORDS.test(word)) return { unit: "percent", assumed: false };
  if (HOUR_WORDS.test(word)) return { unit: "hours", assumed: false };
  if (DAY_WORDS.test(word)) return { unit: "days", assumed: false };
  if (MINUTE_WORDS.test(word)) return { unit: "minutes", assumed: false };
  if (word === "分") return { unit: "score", assumed: true };
  if (COUNT_WORDS.test(word)) return { unit: "count", assumed: true };
  return { unit: undefined, assumed: false };
}

const MULTIPLE = /^\s*(?:x|×|倍)/i;

function numberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    // "10x revenue", "翻3倍": a multiple of an unstated value, not a target
    if (m[3] === undefined && m[4] === undefined && MULTIPLE.test(text.slice(m.index + m[0].length))) continue;
    const multiplier = m[3];
    const value = scaled(m[2]!, multiplier === undefined ? 0 : (MULTIPLIERS[multiplier] ?? 0));
    if (value === undefined) continue; // a number too long to read exactly is left unread
    const { unit, assumed } = unitOf(m[1], m[4]);
    tokens.push({
      index: m.index,
      end: m.index + m[0].length,
      raw: m[0].trim(),
      value,
      unit,
      unitAssumed: assumed,
      multiplier,
      percent: unit === "percent",
    });
  }
  return tokens;
}

const DECREASE = /降低|降到|降至|下降|缩短|縮短|减少|減少|压缩|壓縮|压降|\b(?:reduce[sd]?|reducing|decrease[sd]?|lower|cut|shorten|decline|drop)\b/i;
const AT_LEAST = /≥|>=|不少于|不少於|不低于|不低於|至少|以上|\bat least\b|\bno less than\b|\bminimum\b/i;
const AT_MOST = /≤|<=|不超过|不超過|不高于|不高於|至多|以下|以内|以內|\bat most\b|\bno more than\b|\bbelow\b|\bunder\b/i;
const INCREASE = /提升|提高|增加|增长|增長|达到|達到|突破|新增|新签|新簽|开拓|開拓|拓展|签约|簽約|签订|簽訂|完成|成交|拜访|拜訪|\b(?:raise[sd]?|increase[sd]?|grow|reach|achieve|close|sell|win|sign|add|boost|make|hit|generate|book)\b/i;
const FROM_TO = new RegExp(`(?:从|由|from)\\s*[^\\d]{0,6}?(${NUMBER})(?:\\([^)]*\\)|（[^）]*）|[^\\d(（]){0,16}?(?:到|至|to)\\s*[^\\d]{0,4}?(${NUMBER})`, "i");
const ARROW = new RegExp(`(${NUMBER})[^\\d→]{0,6}?\\s*(?:→|->|⟶)\\s*[^\\d]{0,4}?(${NUMBER})`);
const TARGET_CUE = /(?:达到|達到|提升至|提升到|提高到|提高至|增加到|增长到|降至|降到|缩短到|縮短到|减少到|控制在|为|為|到|至|\bto\b|\breach\b|≥|>=|≤|<=)\s*$/i;

/**
 * Reads a goal from a sentence in Chinese or English, for a form to pre-fill: the target and
 * baseline (numbers with 万/亿/k/M and thousands separators, percentages in points, currencies
 * in major units with their ISO code), the direction (提升/增加/达到/raise vs 降低/缩短/减少/reduce;
 * 不少于/at least and 不超过/at most for thresholds), and the span (本月, 下个月, 本季度, Q1,
 * H1 2027, 今年, 年底前, by 2027-06-30, end of Q2 2027 …).
 *
 * A named period is the nearest one that has not ended (on 2026-11-28, "Q1" is Q1 2027); a
 * year (2027年, 今年, 明年) is that whole (fiscal) year; a deadline (by 2027-06-30, 月底前) runs
 * from `asOf`, and 年底 is 31 December, the calendar year's end, whatever the fiscal year. A target with no decreasing word is an increase. Whatever cannot be read stays
 * undefined; `findings` report every assumption and what is missing. It never throws on odd
 * text, only on arguments of the wrong type.
 *
 * @throws {ValidationError} when `text` is not a string or `opts.asOf` is not a date.
 * @example
 * ```ts
 * const d = draftGoalFromText("将客户投诉平均响应时间从48小时缩短到24小时，年底前完成", { asOf: "2026-11-28" });
 * d.metric; //=> { unit: "hours", direction: "decrease", baseline: 48, target: 24 }
 * d.due;    //=> "2026-12-31"
 * draftGoalFromText("Q1 新签客户 20 家", { asOf: "2026-11-28" }).start; //=> "2027-01-01"
 * ```
 * @category Goals
 */
export function draftGoalFromText(text: string, opts: DraftOptions): GoalDraft {
  const issues: Issues = [];
  checkString(text, ["text"], issues);
  if (typeof text === "string" && text.length > 2000) report(issues, ["text"], "validation.length", { max: 2000, value: text.length });
  if (checkRecord(opts, ["opts"], issues)) {
    checkCalendarDate(opts.asOf, ["opts", "asOf"], issues);
    if (opts.fiscalYearStartMonth !== undefined) checkInteger(opts.fiscalYearStartMonth, ["opts", "fiscalYearStartMonth"], issues, { min: 1, max: 12 });
    if (opts.weekStartsOn !== undefined) checkInteger(opts.weekStartsOn, ["opts", "weekStartsOn"], issues, { min: 0, max: 6 });
  }
  throwIfIssues(issues);

  const findings: F[] = [];
  const title = text.trim();
  // full-width letters, digits and ％ to ASCII, but the Chinese comma stays a comma between
  // clauses (NFKC would turn "20，300万" into the number 20,300)
  const normal = title.replace(/，/g, "\u0000").normalize("NFKC").replace(/\u0000/g, "，");
  const ctx: Ctx = { asOf: opts.asOf, today: toDayNumber(opts.asOf), fiscal: opts.fiscalYearStartMonth ?? 1, weekStartsOn: opts.weekStartsOn ?? 1 };

  // 1. the span; its words are blanked out so their digits are not read as measures
  const period = findPeriod(normal, ctx);
  let rest = normal;
  if (period !== undefined) {
    rest = normal.slice(0, period.index) + " ".repeat(period.text.length) + normal.slice(period.index + period.text.length);
    findings.push({ code: "goals.draft.period", severity: "info", params: { text: period.text.trim(), start: period.hit.start, due: period.hit.due } });
  } else {
    findings.push({ code: "goals.draft.no-period", severity: "warning" });
  }

  // 2. two goals joined in one sentence: read the first, say so
  const joined = findConjunction(rest, DEFAULT_CONJUNCTIONS);
  if (joined !== undefined) {
    rest = rest.slice(0, joined.index);
    findings.push({ code: "goals.draft.compound", severity: "warning", params: { conjunction: joined.word } });
  }

  // 3. the numbers, then which is the baseline and which the target
  const tokens = numberTokens(rest);
  const at = (index: number) => tokens.find((t) => t.index <= index && index < t.end) ?? tokens.find((t) => t.index >= index);
  let baselineToken: NumberToken | undefined;
  let targetToken: NumberToken | undefined;
  const fromTo = FROM_TO.exec(rest) ?? ARROW.exec(rest);
  if (fromTo !== null) {
    baselineToken = at(fromTo.index + fromTo[0].indexOf(fromTo[1]!, fromTo[0].search(/\d/)));
    targetToken = at(fromTo.index + fromTo[0].lastIndexOf(fromTo[2]!));
  }
  if (targetToken === undefined) {
    targetToken = tokens.find((t) => TARGET_CUE.test(rest.slice(Math.max(0, t.index - 8), t.index))) ?? tokens.find((t) => t.unit !== undefined) ?? tokens[tokens.length - 1];
  }

  // 4. the direction
  let direction: GoalDirection | undefined;
  if (baselineToken !== undefined && targetToken !== undefined && baselineToken !== targetToken && baselineToken.value !== targetToken.value) {
    direction = targetToken.value > baselineToken.value ? "increase" : "decrease";
  } else if (DECREASE.test(rest)) direction = "decrease";
  else if (AT_LEAST.test(rest)) direction = "maintain-at-least";
  else if (AT_MOST.test(rest)) direction = "maintain-at-most";
  else if (INCREASE.test(rest)) direction = "increase";
  else if (targetToken !== undefined) {
    direction = "increase";
    findings.push({ code: "goals.draft.assumed-increase", severity: "info" });
  }

  // 5. the unit, from the target or the baseline
  const unitToken = targetToken?.unit !== undefined ? targetToken : baselineToken?.unit !== undefined ? baselineToken : undefined;
  const unit = unitToken?.unit;
  for (const t of [baselineToken, targetToken]) {
    if (t === undefined) continue;
    if (t.multiplier !== undefined) findings.push({ code: "goals.draft.multiplier", severity: "info", params: { text: t.raw, value: t.value } });
  }
  if (unitToken !== undefined && unitToken.unitAssumed) findings.push({ code: "goals.draft.assumed-unit", severity: "info", params: { unit: unitToken.unit! } });
  if (unit === "percent" && targetToken !== undefined) findings.push({ code: "goals.draft.percent-points", severity: "info", params: { text: targetToken.raw, value: targetToken.value } });
  if (targetToken === undefined) findings.push({ code: "goals.draft.no-target", severity: "warning" });

  const metricParts: { -readonly [K in keyof GoalMetric]: GoalMetric[K] } = {};
  if (unit !== undefined) metricParts.unit = unit;
  if (direction !== undefined) metricParts.direction = direction;
  if (baselineToken !== undefined && baselineToken !== targetToken) metricParts.baseline = baselineToken.value;
  if (targetToken !== undefined) metricParts.target = targetToken.value;
  const hasMetric = Object.keys(metricParts).length > 0;
  return {
    title,
    ...(hasMetric ? { metric: metricParts } : {}),
    ...(period === undefined ? {} : { start: period.hit.start, due: period.hit.due }),
    findings,
  };
}
