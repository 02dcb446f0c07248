/**
 * Kudos: checking one before it is posted, and summing up a period's.
 * @module
 */
import { checkArray, checkIdList, checkInteger, checkOptions, checkRecord, checkString, shown, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { toDayNumber } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import { checkPeriod } from "../core/periods.js";
import { checkKudosItem, checkKudosList } from "./_lib/check.js";
import { compareCodePoints } from "./_lib/order.js";
import type { RecognitionFindingCode } from "./codes.js";
import type { Kudos, KudosCheckOptions, KudosMemberCounts, KudosSummary, KudosSummaryOptions, ValueCount } from "./types.js";

/**
 * Praise that says nothing about what was done, in English and Chinese. A message made only of
 * these phrases, one after another (ignoring case, spaces, punctuation and emoji), is generic praise.
 *
 * @example
 * ```ts
 * GENERIC_PRAISE.includes("辛苦了"); //=> true
 * ```
 * @category Recognition
 */
export const GENERIC_PRAISE: readonly string[] = Object.freeze([
  "great job", "good job", "nice job", "great work", "good work", "nice work", "well done", "keep it up", "keep up the good work",
  "you rock", "you are the best", "you're the best", "thank you", "thanks", "thx", "many thanks", "kudos", "congrats", "congratulations",
  "bravo", "awesome", "amazing", "excellent", "fantastic", "brilliant", "great", "good", "nice", "cool", "job", "work", "so", "very", "really", "much",
  "辛苦了", "辛苦啦", "辛苦", "很棒", "太棒了", "真棒", "最棒", "棒棒哒", "棒", "干得好", "干得漂亮", "做得好", "好样的", "了不起", "厉害", "优秀",
  "给力", "点赞", "赞", "牛", "666", "谢谢", "感谢", "多谢", "谢啦", "加油", "不错", "很好", "非常好", "太好了",
  "你", "您", "大家", "真", "太", "很", "非常", "了", "啦", "的", "呀", "哦",
]);

const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/** Letters and digits only, lower case. @internal */
function normalize(text: string): string {
  return (text.toLowerCase().match(LETTER_OR_DIGIT) ?? []).join("");
}

/** Letters and digits, a Chinese character counting as two. @internal */
function weightedLength(normalized: string): number {
  let n = 0;
  for (const ch of normalized) n += HAN.test(ch) ? 2 : 1;
  return n;
}

/** Can a (normalised, non-empty) message be cut entirely into generic phrases? One pass over it, trying each phrase at each reachable position. @internal */
function onlyGeneric(normalized: string, phrases: readonly string[]): boolean {
  // reachable[i]: the first i characters are a run of phrases
  const reachable = new Uint8Array(normalized.length + 1);
  reachable[0] = 1;
  for (let i = 0; i < normalized.length; i++) {
    if (reachable[i] === 0) continue;
    for (const phrase of phrases) if (normalized.startsWith(phrase, i)) reachable[i + phrase.length] = 1;
  }
  return reachable[normalized.length] === 1;
}

function phraseList(list: readonly string[]): string[] {
  const normalized = new Set<string>();
  for (const p of list) {
    const n = normalize(p);
    if (n !== "") normalized.add(n);
  }
  return [...normalized];
}

let defaultPhrases: string[] | undefined;

/**
 * Checks one kudos before it is posted. The findings, in this order:
 * - `recognition.kudos.self-praise` (error): the author is among the recipients;
 * - `recognition.kudos.no-value` (warning): no value tag;
 * - `recognition.kudos.unknown-value` (warning, one per tag): a tag not among `opts.values`, when given (tags compare exactly);
 * - `recognition.kudos.generic` (warning): the message is only generic praise ({@link GENERIC_PRAISE}: “great job!”, “辛苦了，很棒！”);
 * - `recognition.kudos.too-short` (warning): otherwise, a message shorter than `opts.minLength`
 *   (default 20), counting letters and digits only and a Chinese character as two — ten Chinese
 *   characters or twenty Latin letters are enough to say what was done.
 *
 * @throws {ValidationError} on a malformed kudos (a missing field, no recipient, a recipient or
 * tag listed twice) or options.
 * @example
 * ```ts
 * checkKudos({ id: "k-7", from: "m-li", to: ["m-wang"], date: "2026-11-20", message: "辛苦了！", values: [] }).map((f) => f.code);
 * //=> ["recognition.kudos.no-value", "recognition.kudos.generic"]
 * ```
 * @category Recognition
 */
export function checkKudos(kudos: Kudos, opts?: KudosCheckOptions): Finding<RecognitionFindingCode>[] {
  const issues: Issues = [];
  checkKudosItem(kudos, ["kudos"], issues);
  if (checkOptions(opts, ["opts"], issues) && opts !== undefined) {
    if (opts.values !== undefined) checkIdList(opts.values, ["opts", "values"], issues);
    if (opts.minLength !== undefined) checkInteger(opts.minLength, ["opts", "minLength"], issues, { min: 0 });
    if (opts.genericPhrases !== undefined && checkArray(opts.genericPhrases, ["opts", "genericPhrases"], issues)) {
      for (let i = 0; i < opts.genericPhrases.length; i++) checkString(opts.genericPhrases[i], ["opts", "genericPhrases", i], issues);
    }
  }
  throwIfIssues(issues);

  const findings: Finding<RecognitionFindingCode>[] = [];
  const self = kudos.to.indexOf(kudos.from);
  if (self >= 0) findings.push({ code: "recognition.kudos.self-praise", severity: "error", path: ["to", self], params: { id: kudos.id, memberId: kudos.from } });
  if (kudos.values.length === 0) findings.push({ code: "recognition.kudos.no-value", severity: "warning", path: ["values"], params: { id: kudos.id } });
  else if (opts?.values !== undefined) {
    const declared = new Set(opts.values);
    kudos.values.forEach((value, i) => {
      if (!declared.has(value)) findings.push({ code: "recognition.kudos.unknown-value", severity: "warning", path: ["values", i], params: { id: kudos.id, value, options: [...opts.values!] } });
    });
  }
  const normalized = normalize(kudos.message);
  const phrases = opts?.genericPhrases === undefined ? (defaultPhrases ??= phraseList(GENERIC_PRAISE)) : phraseList(opts.genericPhrases);
  const min = opts?.minLength ?? 20;
  if (normalized !== "" && onlyGeneric(normalized, phrases)) {
    findings.push({ code: "recognition.kudos.generic", severity: "warning", path: ["message"], params: { id: kudos.id, text: shown(kudos.message.trim()) } });
  } else {
    const count = weightedLength(normalized);
    if (count < min) findings.push({ code: "recognition.kudos.too-short", severity: "warning", path: ["message"], params: { id: kudos.id, count, min } });
  }
  return findings;
}

/**
 * Sums up the kudos dated within a period (both ends included): for each member, kudos
 * received (public and private), received publicly, and given; how many kudos carried each
 * value tag; and the top tags. A member never counts as receiving their own kudos, and a kudos
 * addressed only to its author counts as given by no one. Tag counts include private kudos.
 * Members are listed by id in code-point order, tags by count (most first) then by tag.
 * `topValues` keeps the tags ranked within `top` (default 3), ties included, so it may hold
 * more than `top` tags. One pass over the kudos.
 *
 * @throws {ValidationError} on malformed kudos (or two with the same id), period or options.
 * @example
 * ```ts
 * const k = (id: string, from: string, to: string[], values: string[]) => ({ id, from, to, date: "2026-11-20", message: "…", values });
 * const s = kudosSummary([k("k1", "m-li", ["m-wang"], ["customer-first"]), k("k2", "m-zhao", ["m-wang", "m-li"], ["teamwork", "customer-first"])], { period: { start: "2026-10-01", end: "2026-12-31" } });
 * s.members.find((m) => m.memberId === "m-wang"); //=> { memberId: "m-wang", received: 2, receivedPublicly: 2, given: 0 }
 * s.topValues; //=> ["customer-first", "teamwork"]
 * ```
 * @category Recognition
 */
export function kudosSummary(kudos: readonly Kudos[], opts: KudosSummaryOptions): KudosSummary {
  const issues: Issues = [];
  checkKudosList(kudos, ["kudos"], issues);
  if (checkRecord(opts, ["opts"], issues)) {
    checkPeriod(opts.period, ["opts", "period"], issues);
    if (opts.memberIds !== undefined) checkIdList(opts.memberIds, ["opts", "memberIds"], issues, { unique: true });
    if (opts.top !== undefined) checkInteger(opts.top, ["opts", "top"], issues, { min: 1 });
  }
  throwIfIssues(issues);

  const start = toDayNumber(opts.period.start);
  const end = toDayNumber(opts.period.end);
  const rows = new Map<string, { received: number; receivedPublicly: number; given: number }>();
  const row = (memberId: string) => {
    let r = rows.get(memberId);
    if (r === undefined) rows.set(memberId, (r = { received: 0, receivedPublicly: 0, given: 0 }));
    return r;
  };
  for (const id of opts.memberIds ?? []) row(id);
  const tags = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < kudos.length; i++) {
    const k = kudos[i]!;
    const day = toDayNumber(k.date);
    if (day < start || day > end) continue;
    total++;
    const isPublic = k.visibility !== "private";
    const author = row(k.from);
    let toOthers = false;
    for (const memberId of k.to) {
      if (memberId === k.from) continue;
      toOthers = true;
      const r = row(memberId);
      r.received++;
      if (isPublic) r.receivedPublicly++;
    }
    if (toOthers) author.given++;
    for (const tag of k.values) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const members: KudosMemberCounts[] = [...rows]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([memberId, r]) => ({ memberId, received: r.received, receivedPublicly: r.receivedPublicly, given: r.given }));
  const values: ValueCount[] = [...tags].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || compareCodePoints(a.value, b.value));
  const top = opts.top ?? 3;
  const topValues: string[] = [];
  for (let i = 0, rank = 1; i < values.length; i++) {
    if (i > 0 && values[i]!.count !== values[i - 1]!.count) rank = i + 1;
    if (rank > top) break;
    topValues.push(values[i]!.value);
  }
  return { period: { start: opts.period.start, end: opts.period.end }, kudos: total, members, values, topValues };
}
