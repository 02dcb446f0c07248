/**
 * Is a piece of feedback specific and about behaviour? Heuristic checks: warnings, not errors.
 * @module
 */
import { checkInteger, checkOptions, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { toDayNumber } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import { checkEntry, ownDay } from "./_lib/check.js";
import type { FeedbackFindingCode } from "./codes.js";
import type { FeedbackEntry } from "./types.js";

/**
 * Words that label the person instead of describing what they did (Chinese and English). A
 * heuristic list: it finds the common cases, and an app can add its own.
 *
 * @example
 * ```ts
 * PERSONAL_JUDGEMENT_WORDS.includes("态度有问题"); //=> true
 * ```
 * @category Feedback
 */
export const PERSONAL_JUDGEMENT_WORDS: readonly string[] = Object.freeze([
  "懒", "态度有问题", "态度不好", "态度差", "不靠谱", "没责任心", "不负责任", "太笨", "愚蠢", "马虎", "粗心大意", "自私",
  "能力差", "没能力", "不专业", "玻璃心", "情商低", "混日子",
  "lazy", "careless", "sloppy", "incompetent", "unprofessional", "bad attitude", "attitude problem", "selfish", "stupid",
  "unreliable", "arrogant", "rude", "not a team player",
]);

/**
 * Options of {@link checkFeedbackQuality}.
 *
 * @example
 * ```ts
 * const opts: FeedbackQualityOptions = { staleAfterDays: 14, extraJudgementWords: ["躺平"] };
 * ```
 * @category Feedback
 */
export interface FeedbackQualityOptions {
  /** Feedback given more than this many days after `occurredOn` is stale; default 21. */
  readonly staleAfterDays?: number;
  /** More words that label a person, added to {@link PERSONAL_JUDGEMENT_WORDS}. */
  readonly extraJudgementWords?: readonly string[];
}

// Phrases that contain a label but deny it ("he never slacks off"): removed before matching.
const DENIALS = ["从不偷懒", "从来不偷懒", "不偷懒", "没偷懒", "没有偷懒", "不懒", "一点也不懒", "not lazy", "never lazy", "not careless"];

const SBI = ["situation", "behavior", "impact"] as const;
const TEXTS = ["situation", "behavior", "impact", "request"] as const;
const LATIN = /^[a-z ]+$/;

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === "";
}

function findWord(text: string, word: string): boolean {
  if (!LATIN.test(word)) return text.includes(word);
  // Latin words match whole words only ("lazy" but not "blazy"), in any case
  const lower = text.toLowerCase();
  let from = 0;
  for (let i = lower.indexOf(word, from); i >= 0; i = lower.indexOf(word, from)) {
    const before = i === 0 ? "" : lower[i - 1]!;
    const after = lower[i + word.length] ?? "";
    if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) return true;
    from = i + 1;
  }
  return false;
}

/**
 * The share of the three SBI parts (situation, behavior, impact) that are filled: 0, 1/3, 2/3 or 1.
 *
 * @throws {ValidationError} when `entry` is not a feedback entry.
 * @example
 * ```ts
 * sbiCompleteness({ id: "x", from: "mgr", to: "a", at: "2024-03-06T10:00:00+08:00", kind: "constructive", visibility: "private", situation: "Tuesday QBR with Acme", behavior: "presented renewal numbers without the churn caveat" });
 * //=> 0.6666666666666666
 * ```
 * @category Feedback
 */
export function sbiCompleteness(entry: FeedbackEntry): number {
  const issues: Issues = [];
  checkEntry(entry, ["entry"], issues);
  throwIfIssues(issues);
  let filled = 0;
  for (const part of SBI) if (!blank(entry[part])) filled++;
  return filled / 3;
}

/**
 * Checks one piece of feedback against the Situation–Behavior–Impact model (CCL):
 * - `feedback.sbi.missing-situation` / `-behavior` / `-impact`: a part is empty (a warning for
 *   constructive feedback, information for praise);
 * - `feedback.constructive.no-request`: constructive feedback that does not say what to do next;
 * - `feedback.personal-judgement`: a word that labels the person (懒, 态度有问题, lazy, ...)
 *   instead of describing behaviour, once per word found;
 * - `feedback.stale`: given more than `staleAfterDays` (21) after `occurredOn`, counting the day
 *   of `at` in its own offset.
 *
 * @throws {ValidationError} when `entry` is not a feedback entry or an option is bad.
 * @example
 * ```ts
 * checkFeedbackQuality({ id: "x", from: "mgr", to: "a", at: "2026-11-20T10:00:00+08:00", kind: "constructive", visibility: "private", situation: "Tuesday QBR with Acme", behavior: "presented renewal numbers without the churn caveat", request: "lead with the risk next time" })
 *   .map((f) => f.code); //=> ["feedback.sbi.missing-impact"]
 * ```
 * @category Feedback
 */
export function checkFeedbackQuality(entry: FeedbackEntry, opts: FeedbackQualityOptions = {}): Finding<FeedbackFindingCode>[] {
  const issues: Issues = [];
  checkEntry(entry, ["entry"], issues);
  if (checkOptions(opts, ["opts"], issues)) {
    if (opts?.staleAfterDays !== undefined) checkInteger(opts.staleAfterDays, ["opts", "staleAfterDays"], issues, { min: 0 });
    const extra = opts?.extraJudgementWords;
    if (extra !== undefined && (!Array.isArray(extra) || extra.some((w) => typeof w !== "string" || w.trim() === ""))) {
      issues.push({ path: ["opts", "extraJudgementWords"], code: "validation.type", params: { expected: "array", received: Array.isArray(extra) ? "array" : typeof extra } });
    }
  }
  throwIfIssues(issues);
  const findings: Finding<FeedbackFindingCode>[] = [];
  const constructive = entry.kind === "constructive";
  for (const part of SBI) {
    if (blank(entry[part])) findings.push({ code: `feedback.sbi.missing-${part}`, severity: constructive ? "warning" : "info", path: [part], params: { id: entry.id, kind: entry.kind } });
  }
  if (constructive && blank(entry.request)) findings.push({ code: "feedback.constructive.no-request", severity: "warning", path: ["request"], params: { id: entry.id } });
  const words = [...PERSONAL_JUDGEMENT_WORDS, ...(opts?.extraJudgementWords ?? []).map((w) => w.trim().toLowerCase())];
  const found = new Set<string>();
  for (const field of TEXTS) {
    let text = entry[field];
    if (text === undefined) continue;
    text = text.toLowerCase();
    for (const denial of DENIALS) text = text.split(denial).join(" ");
    for (const word of words) {
      if (found.has(word) || !findWord(text, word)) continue;
      found.add(word);
      findings.push({ code: "feedback.personal-judgement", severity: "warning", path: [field], params: { id: entry.id, word, field } });
    }
  }
  if (entry.occurredOn !== undefined) {
    const lag = toDayNumber(ownDay(entry.at)) - toDayNumber(entry.occurredOn);
    const limit = opts?.staleAfterDays ?? 21;
    if (lag > limit) findings.push({ code: "feedback.stale", severity: "warning", path: ["at"], params: { id: entry.id, days: lag, limit, occurredOn: entry.occurredOn } });
  }
  return findings;
}
