/**
 * Early signs of conflict in data the team already keeps: feedback, task handoffs and
 * survey scores.
 * @module
 */
import { deepFreeze } from "../core/_lib/freeze.js";
import { checkArray, checkCalendarDate, checkInteger, checkNumber, checkRecord, checkString, isRecord, report, shown, throwIfIssues, typeName, type Issues } from "../core/_lib/check.js";
import { parseCivil } from "../core/_lib/civil.js";
import { fromDayNumber, toDayNumber, type CalendarDate } from "../core/dates.js";
import type { Path } from "../core/errors.js";
import type { Finding } from "../core/findings.js";
import { checkInstant, instantToEpochMilliseconds, isInstant, type Instant } from "../core/instants.js";
import { checkPeriod, type Period } from "../core/periods.js";
import { checkEntry, checkLog, isWellFormedEntry, ownDay } from "../feedback/_lib/check.js";
import type { FeedbackEntry, FeedbackLog } from "../feedback/types.js";
import type { ConflictAdviceFindingCode } from "./codes.js";

/**
 * A task passed from one person to another (an assignee change in Trello, Asana or the CRM).
 * `at` is a calendar date or, better when several handoffs share a day, an instant.
 *
 * @example
 * ```ts
 * const h: TaskHandoff = { taskId: "T-17", fromId: "li", toId: "wang", at: "2026-11-02T10:00:00+08:00" };
 * ```
 * @category Conflicts
 */
export interface TaskHandoff {
  readonly taskId: string;
  readonly fromId: string;
  readonly toId: string;
  readonly at: CalendarDate | Instant;
}

/**
 * One survey result of a team (a pulse score, favourability, eNPS ...): for a day (`date`) or
 * for a period (`period`, dated by its last day). Give exactly one of the two.
 *
 * @example
 * ```ts
 * const s: TeamSurveyScore = { teamId: "east", period: { start: "2026-10-01", end: "2026-10-31" }, score: 72 };
 * ```
 * @category Conflicts
 */
export interface TeamSurveyScore {
  /** The team; scores without one form a single unnamed team. */
  readonly teamId?: string;
  readonly date?: CalendarDate;
  readonly period?: Period;
  /** On the scale of the policy's `surveyScale` (0–100 unless set). */
  readonly score: number;
}

/**
 * The data {@link detectConflictSignals} reads, all optional and all plain JSON.
 *
 * @example
 * ```ts
 * const input: ConflictSignalInput = {
 *   feedback: { entries: [], retractions: [] },
 *   handoffs: [{ taskId: "T-17", fromId: "li", toId: "wang", at: "2026-11-02" }],
 *   surveys: [{ teamId: "east", date: "2026-10-31", score: 72 }],
 * };
 * ```
 * @category Conflicts
 */
export interface ConflictSignalInput {
  /** A feedback log (its retractions are honoured) or a bare list of entries. Only constructive entries count. */
  readonly feedback?: FeedbackLog | readonly FeedbackEntry[];
  readonly handoffs?: readonly TaskHandoff[];
  readonly surveys?: readonly TeamSurveyScore[];
}

/**
 * The thresholds of {@link detectConflictSignals}. Every number is a **[HEURISTIC]** default
 * with no research behind it: tune it to the team.
 *
 * @example
 * ```ts
 * const strict: ConflictSignalPolicy = { repeatedFeedbackMin: 2, surveyScale: { min: -100, max: 100 } };
 * ```
 * @category Conflicts
 */
export interface ConflictSignalPolicy {
  /** Days, ending on `asOf`, in which feedback counts (default 30). */
  readonly feedbackWindowDays?: number;
  /** Constructive entries from one giver to one receiver in the window that make a signal (default 3, at least 2). */
  readonly repeatedFeedbackMin?: number;
  /** Constructive entries in *each* direction between two people that make a mutual signal (default 2). */
  readonly mutualFeedbackMin?: number;
  /** Days, ending on `asOf`, in which handoffs count (default 14). */
  readonly handoffWindowDays?: number;
  /** Round trips (A→B→A) of one task between two people that make a signal (default 2). */
  readonly pingPongMinRoundTrips?: number;
  /** Consecutive falls of a team's score, ending with its latest, that make a signal (default 2). */
  readonly surveyDropsInARow?: number;
  /** A fall between a team's last two scores of at least this share of the scale's span makes a signal (default 0.1: 10 points on 0–100, 20 on eNPS's −100…100). */
  readonly surveySharpDrop?: number;
  /** The survey scale (default `{ min: 0, max: 100 }`); scores outside it are rejected. */
  readonly surveyScale?: { readonly min: number; readonly max: number };
}

/**
 * The options of {@link detectConflictSignals}: the day to look from, and the policy.
 *
 * @example
 * ```ts
 * const opts: ConflictSignalOptions = { asOf: "2026-11-28", handoffWindowDays: 7 };
 * ```
 * @category Conflicts
 */
export interface ConflictSignalOptions extends ConflictSignalPolicy {
  readonly asOf: CalendarDate;
}

/**
 * The default thresholds of {@link detectConflictSignals}, all **[HEURISTIC]**: three pieces of
 * constructive feedback from one person to another within 30 days; two each way for a mutual
 * signal; two round trips of a task within 14 days; two falls in a row, or one fall of a tenth
 * of the scale, in a team's survey score on a 0–100 scale.
 *
 * @example
 * ```ts
 * DEFAULT_CONFLICT_SIGNAL_POLICY.repeatedFeedbackMin; //=> 3
 * ```
 * @category Conflicts
 */
export const DEFAULT_CONFLICT_SIGNAL_POLICY = deepFreeze({
  feedbackWindowDays: 30,
  repeatedFeedbackMin: 3,
  mutualFeedbackMin: 2,
  handoffWindowDays: 14,
  pingPongMinRoundTrips: 2,
  surveyDropsInARow: 2,
  surveySharpDrop: 0.1,
  surveyScale: { min: 0, max: 100 },
} as const satisfies Required<ConflictSignalPolicy>);

type Resolved = { readonly [K in keyof Required<ConflictSignalPolicy>]: K extends "surveyScale" ? { readonly min: number; readonly max: number } : number };
type F = Finding<ConflictAdviceFindingCode>;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const pairKey = (a: string, b: string): string => JSON.stringify(a < b ? [a, b] : [b, a]);
/** Rounds away binary noise (0.39999999999999997 → 0.4) for numbers shown to people. */
const tidy = (x: number): number => Number(x.toPrecision(12));

const INTEGER_POLICY: readonly { readonly key: Exclude<keyof ConflictSignalPolicy, "surveySharpDrop" | "surveyScale">; readonly min: number }[] = [
  { key: "feedbackWindowDays", min: 1 },
  { key: "repeatedFeedbackMin", min: 2 },
  { key: "mutualFeedbackMin", min: 1 },
  { key: "handoffWindowDays", min: 1 },
  { key: "pingPongMinRoundTrips", min: 1 },
  { key: "surveyDropsInARow", min: 1 },
];

/**
 * Checks the options; returns the policy with defaults filled in when it is good, and the survey
 * scale whenever that part is good (the scores are checked against it).
 */
function checkOpts(opts: unknown, issues: Issues): { policy: Resolved | undefined; scale: Resolved["surveyScale"] | undefined } {
  if (!checkRecord(opts, ["opts"], issues)) return { policy: undefined, scale: undefined };
  const before = issues.length;
  checkCalendarDate(opts["asOf"], ["opts", "asOf"], issues);
  const out: Record<string, unknown> = { ...DEFAULT_CONFLICT_SIGNAL_POLICY };
  for (const { key, min } of INTEGER_POLICY) {
    const v = opts[key];
    if (v !== undefined && checkInteger(v, ["opts", key], issues, { min })) out[key] = v;
  }
  const sharp = opts["surveySharpDrop"];
  if (sharp !== undefined && checkNumber(sharp, ["opts", "surveySharpDrop"], issues, { min: 0, max: 1 })) out["surveySharpDrop"] = sharp;
  const scale = opts["surveyScale"];
  let scaleOk = scale === undefined;
  if (scale !== undefined && checkRecord(scale, ["opts", "surveyScale"], issues)) {
    const okMin = checkNumber(scale["min"], ["opts", "surveyScale", "min"], issues);
    const okMax = checkNumber(scale["max"], ["opts", "surveyScale", "max"], issues);
    if (okMin && okMax) {
      const [min, max] = [scale["min"] as number, scale["max"] as number];
      if (max < min) report(issues, ["opts", "surveyScale", "max"], "validation.range", { value: max, min });
      else if (max === min) report(issues, ["opts", "surveyScale", "max"], "validation.invalid");
      else {
        out["surveyScale"] = { min, max };
        scaleOk = true;
      }
    }
  }
  const resolved = out as Resolved;
  return { policy: issues.length === before ? resolved : undefined, scale: scaleOk ? resolved.surveyScale : undefined };
}

/** Is this text a calendar date or an instant? Reports which it fails to be. */
function checkWhen(value: unknown, path: Path, issues: Issues): boolean {
  if (!checkString(value, path, issues)) return false;
  if (!value.includes("T")) return parseCivil(value) !== undefined || report(issues, path, "validation.calendar-date", { value: shown(value) });
  return checkInstant(value, path, issues) !== undefined;
}

function checkHandoffs(value: unknown, path: Path, issues: Issues): void {
  if (!checkArray(value, path, issues)) return;
  for (let i = 0; i < value.length; i++) {
    const h = value[i];
    const p = [...path, i];
    if (!checkRecord(h, p, issues)) continue;
    checkString(h["taskId"], [...p, "taskId"], issues, { nonEmpty: true });
    const okFrom = checkString(h["fromId"], [...p, "fromId"], issues, { nonEmpty: true });
    const okTo = checkString(h["toId"], [...p, "toId"], issues, { nonEmpty: true });
    if (okFrom && okTo && h["fromId"] === h["toId"]) report(issues, [...p, "toId"], "validation.same-as", { other: "fromId", value: h["toId"] as string });
    checkWhen(h["at"], [...p, "at"], issues);
  }
}

function checkSurveys(value: unknown, path: Path, issues: Issues, scale: { readonly min: number; readonly max: number } | undefined): void {
  if (!checkArray(value, path, issues)) return;
  const seen = new Map<string | undefined, Set<string>>();
  for (let i = 0; i < value.length; i++) {
    const s = value[i];
    const p = [...path, i];
    if (!checkRecord(s, p, issues)) continue;
    const okTeam = s["teamId"] === undefined || checkString(s["teamId"], [...p, "teamId"], issues, { nonEmpty: true });
    let point: string | undefined;
    if ((s["date"] === undefined) === (s["period"] === undefined)) report(issues, p, "validation.one-of", { options: ["date", "period"] });
    else if (s["date"] !== undefined) point = checkCalendarDate(s["date"], [...p, "date"], issues) ? (s["date"] as string) : undefined;
    else point = checkPeriod(s["period"], [...p, "period"], issues) ? (s["period"] as Period).end : undefined;
    checkNumber(s["score"], [...p, "score"], issues, scale ?? {});
    if (point === undefined || !okTeam) continue;
    // two scores of one team for the same day cannot be put in order
    const team = s["teamId"] as string | undefined;
    let days = seen.get(team);
    if (days === undefined) seen.set(team, (days = new Set()));
    if (days.has(point)) report(issues, [...p, s["date"] !== undefined ? "date" : "period"], "validation.duplicate", { value: point });
    days.add(point);
  }
}

/**
 * Early signals of conflict for the manager, from data the team already has, as findings with
 * the people and the numbers in `params` and `path` naming the input list they come from.
 * Nothing here says anyone is at fault: each is a reason to talk to people, early.
 *
 * - **Repeated constructive feedback** (`conflict.signal.feedback-repeated`, info): one giver
 *   gave one receiver at least `repeatedFeedbackMin` (3) constructive entries within the
 *   `feedbackWindowDays` (30) days ending on `asOf`. Only `kind: "constructive"` counts; praise
 *   and retracted entries never do; an entry's day is the date of its `at` in its own offset.
 *   Params: `giverId`, `receiverId`, `count`, `windowDays`, `first`, `last` (days), `entryIds`.
 * - **Mutual** (`conflict.signal.feedback-mutual`, warning): two people each gave the other at
 *   least `mutualFeedbackMin` (2) constructive entries in that window. It comes in addition to
 *   any one-way signal, never instead of one. Params: `personA` < `personB` (by id), `countAB`,
 *   `countBA`, `windowDays`, `entryIds`.
 * - **Ping-pong** (`conflict.signal.handoff-ping-pong`, warning): a task went back and forth
 *   between the same two people at least `pingPongMinRoundTrips` (2) times within the
 *   `handoffWindowDays` (14) days ending on `asOf`. A task's handoffs are put in time order
 *   (by day; on one day, date-only handoffs first, then instants by the moment); a run of
 *   handoffs each going straight back to the person who passed it on (A→B, B→A, A→B, ...) of
 *   length n counts ⌊n/2⌋ round trips: A→B→A is one, A→B→A→B→A two. Runs broken by a third
 *   person add up for the pair. Params: `taskId`, `personA` (who first handed it on in the
 *   window), `personB`, `roundTrips`, `handoffs` (between the two in the window), `first`,
 *   `last`, `windowDays`.
 * - **Declining survey score** (`conflict.signal.survey-declining`, warning): a team's latest
 *   score on or before `asOf` is the end of at least `surveyDropsInARow` (2) falls in a row
 *   (an unchanged score breaks the run). Params: `teamId` (absent for the unnamed team),
 *   `drops` (the whole run), `from`, `since`, `to`, `latest`.
 * - **Sharp drop** (`conflict.signal.survey-drop`, warning): the latest score is below the one
 *   before by at least `surveySharpDrop` (0.1) × the span of `surveyScale` (0–100): 10 points.
 *   Params: `teamId`, `from`, `previous`, `to`, `latest`, `drop`, `threshold` (points).
 *   A survey for a period is dated by its last day; scores dated after `asOf` do not count.
 *
 * Windows include both ends: with 30 days and `asOf` 2026-11-30, entries from 2026-11-01 on
 * count and 2026-10-31 is one day outside. Findings come in a fixed order, whatever the order of
 * the input: repeated feedback (by giver, then receiver), mutual feedback (by the pair), ping-pong
 * (by task, then pair), then survey signals by team (the unnamed team first), declining before
 * drop. Each pass is linear in its input, apart from sorting each task's and team's own records.
 *
 * @param input - feedback, handoffs and survey scores, each optional
 * @param opts - `asOf` and any thresholds to change (see {@link DEFAULT_CONFLICT_SIGNAL_POLICY})
 * @throws {ValidationError} naming every malformed path: a bad feedback entry, a handoff to the
 * same person or with a bad date, a survey with both or neither of `date` and `period`, two
 * scores of one team on one day, a score off the scale, a bad threshold or `asOf`.
 * @example
 * ```ts
 * const handoffs = [
 *   { taskId: "T-17", fromId: "li", toId: "wang", at: "2026-11-20" },
 *   { taskId: "T-17", fromId: "wang", toId: "li", at: "2026-11-21" },
 *   { taskId: "T-17", fromId: "li", toId: "wang", at: "2026-11-24" },
 *   { taskId: "T-17", fromId: "wang", toId: "li", at: "2026-11-25" },
 * ];
 * detectConflictSignals({ handoffs }, { asOf: "2026-11-28" });
 * //=> [{ code: "conflict.signal.handoff-ping-pong", severity: "warning", path: ["input", "handoffs"],
 * //      params: { taskId: "T-17", personA: "li", personB: "wang", roundTrips: 2, handoffs: 4, first: "2026-11-20", last: "2026-11-25", windowDays: 14 } }]
 * ```
 * @category Conflicts
 */
export function detectConflictSignals(input: ConflictSignalInput, opts: ConflictSignalOptions): F[] {
  // the options first (their scale checks the scores), but their issues are listed after the input's
  const optIssues: Issues = [];
  const { policy, scale } = checkOpts(opts, optIssues);
  const issues: Issues = [];
  let retracted: ReadonlySet<string> = new Set();
  if (checkRecord(input, ["input"], issues)) {
    const feedback: unknown = input["feedback"];
    if (Array.isArray(feedback)) {
      for (let i = 0; i < feedback.length; i++) if (!isWellFormedEntry(feedback[i])) checkEntry(feedback[i], ["input", "feedback", i], issues);
    } else if (isRecord(feedback)) retracted = checkLog(feedback, ["input", "feedback"], issues);
    else if (feedback !== undefined) report(issues, ["input", "feedback"], "validation.type", { expected: "object", received: typeName(feedback) });
    if (input["handoffs"] !== undefined) checkHandoffs(input["handoffs"], ["input", "handoffs"], issues);
    if (input["surveys"] !== undefined) checkSurveys(input["surveys"], ["input", "surveys"], issues, scale);
  }
  throwIfIssues([...issues, ...optIssues]);
  const p = policy!;
  const asOf = toDayNumber(opts.asOf);
  const findings: F[] = [];
  if (input.feedback !== undefined) {
    const isLog = !Array.isArray(input.feedback);
    const entries = isLog ? (input.feedback as FeedbackLog).entries : (input.feedback as readonly FeedbackEntry[]);
    findings.push(...feedbackSignals(entries, retracted, asOf, p, isLog ? ["input", "feedback", "entries"] : ["input", "feedback"]));
  }
  if (input.handoffs !== undefined) findings.push(...pingPongSignals(input.handoffs, asOf, p));
  if (input.surveys !== undefined) findings.push(...surveySignals(input.surveys, asOf, p));
  return findings;
}

interface Given {
  readonly id: string;
  readonly day: number;
  readonly ms: number;
}

function feedbackSignals(entries: readonly FeedbackEntry[], retracted: ReadonlySet<string>, asOf: number, p: Resolved, path: Path): F[] {
  const from = asOf - p.feedbackWindowDays + 1;
  const flows = new Map<string, { giverId: string; receiverId: string; given: Given[] }>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.kind !== "constructive" || retracted.has(e.id)) continue;
    const day = toDayNumber(ownDay(e.at));
    if (day < from || day > asOf) continue;
    const key = JSON.stringify([e.from, e.to]);
    let flow = flows.get(key);
    if (flow === undefined) flows.set(key, (flow = { giverId: e.from, receiverId: e.to, given: [] }));
    flow.given.push({ id: e.id, day, ms: instantToEpochMilliseconds(e.at) });
  }
  const inOrder = [...flows.values()].sort((a, b) => byText(a.giverId, b.giverId) || byText(a.receiverId, b.receiverId));
  for (const flow of inOrder) flow.given.sort((a, b) => a.ms - b.ms || byText(a.id, b.id));
  const ids = (given: readonly Given[]) => given.map((g) => g.id);
  const repeated: F[] = [];
  const mutual: F[] = [];
  for (const flow of inOrder) {
    const { giverId, receiverId, given } = flow;
    if (given.length >= p.repeatedFeedbackMin) {
      repeated.push({
        code: "conflict.signal.feedback-repeated",
        severity: "info",
        path,
        params: { giverId, receiverId, count: given.length, windowDays: p.feedbackWindowDays, first: fromDayNumber(given[0]!.day), last: fromDayNumber(given[given.length - 1]!.day), entryIds: ids(given) },
      });
    }
    if (giverId < receiverId) {
      const back = flows.get(JSON.stringify([receiverId, giverId]));
      if (back !== undefined && given.length >= p.mutualFeedbackMin && back.given.length >= p.mutualFeedbackMin) {
        mutual.push({
          code: "conflict.signal.feedback-mutual",
          severity: "warning",
          path,
          params: { personA: giverId, personB: receiverId, countAB: given.length, countBA: back.given.length, windowDays: p.feedbackWindowDays, entryIds: [...ids(given), ...ids(back.given)] },
        });
      }
    }
  }
  return [...repeated, ...mutual];
}

interface Pass {
  readonly fromId: string;
  readonly toId: string;
  readonly day: number;
  /** 0 for a date, 1 for an instant: on one day, date-only handoffs come first. */
  readonly timed: number;
  readonly ms: number;
}

function pingPongSignals(handoffs: readonly TaskHandoff[], asOf: number, p: Resolved): F[] {
  const from = asOf - p.handoffWindowDays + 1;
  const tasks = new Map<string, Pass[]>();
  for (let i = 0; i < handoffs.length; i++) {
    const h = handoffs[i]!;
    const timed = isInstant(h.at);
    const day = toDayNumber(timed ? ownDay(h.at) : h.at);
    if (day < from || day > asOf) continue;
    let list = tasks.get(h.taskId);
    if (list === undefined) tasks.set(h.taskId, (list = []));
    list.push({ fromId: h.fromId, toId: h.toId, day, timed: timed ? 1 : 0, ms: timed ? instantToEpochMilliseconds(h.at) : 0 });
  }
  const out: F[] = [];
  for (const taskId of [...tasks.keys()].sort(byText)) {
    const list = tasks.get(taskId)!.sort((a, b) => a.day - b.day || a.timed - b.timed || a.ms - b.ms || byText(a.fromId, b.fromId) || byText(a.toId, b.toId));
    const pairs = new Map<string, { personA: string; personB: string; roundTrips: number; handoffs: number; first: number; last: number }>();
    let run = 0;
    let runPair = "";
    const close = () => {
      if (run > 0) pairs.get(runPair)!.roundTrips += Math.floor(run / 2);
    };
    for (let i = 0; i < list.length; i++) {
      const h = list[i]!;
      const key = pairKey(h.fromId, h.toId);
      const pair = pairs.get(key);
      if (pair === undefined) pairs.set(key, { personA: h.fromId, personB: h.toId, roundTrips: 0, handoffs: 1, first: h.day, last: h.day });
      else {
        pair.handoffs++;
        pair.last = h.day;
      }
      const prev = i > 0 ? list[i - 1]! : undefined;
      if (prev !== undefined && prev.fromId === h.toId && prev.toId === h.fromId) run++;
      else {
        close();
        run = 1;
        runPair = key;
      }
    }
    close();
    const found = [...pairs.values()].filter((x) => x.roundTrips >= p.pingPongMinRoundTrips);
    found.sort((a, b) => byText(a.personA, b.personA) || byText(a.personB, b.personB));
    for (const x of found) {
      out.push({
        code: "conflict.signal.handoff-ping-pong",
        severity: "warning",
        path: ["input", "handoffs"],
        params: { taskId, personA: x.personA, personB: x.personB, roundTrips: x.roundTrips, handoffs: x.handoffs, first: fromDayNumber(x.first), last: fromDayNumber(x.last), windowDays: p.handoffWindowDays },
      });
    }
  }
  return out;
}

function surveySignals(surveys: readonly TeamSurveyScore[], asOf: number, p: Resolved): F[] {
  const teams = new Map<string | undefined, { day: number; score: number }[]>();
  for (const s of surveys) {
    const day = toDayNumber(s.date ?? s.period!.end);
    if (day > asOf) continue;
    let list = teams.get(s.teamId);
    if (list === undefined) teams.set(s.teamId, (list = []));
    list.push({ day, score: s.score });
  }
  const span = p.surveyScale.max - p.surveyScale.min;
  const threshold = p.surveySharpDrop * span;
  // the unnamed team first (sort() would put undefined last without asking the comparator)
  const named = [...teams.keys()].filter((t): t is string => t !== undefined).sort(byText);
  const order = teams.has(undefined) ? [undefined, ...named] : named;
  const out: F[] = [];
  for (const teamId of order) {
    const list = teams.get(teamId)!.sort((a, b) => a.day - b.day);
    const team = teamId === undefined ? {} : { teamId };
    const n = list.length;
    const latest = list[n - 1]!;
    let drops = 0;
    while (drops < n - 1 && list[n - 1 - drops]!.score < list[n - 2 - drops]!.score) drops++;
    if (drops >= p.surveyDropsInARow) {
      const start = list[n - 1 - drops]!;
      out.push({
        code: "conflict.signal.survey-declining",
        severity: "warning",
        path: ["input", "surveys"],
        params: { ...team, drops, from: start.score, to: latest.score, since: fromDayNumber(start.day), latest: fromDayNumber(latest.day) },
      });
    }
    if (n >= 2) {
      const previous = list[n - 2]!;
      const drop = previous.score - latest.score;
      // a relative tolerance, so a fall of exactly the threshold (3.8 → 3.4 on 1–5) counts
      if (drop > 0 && drop >= threshold - span * 1e-9) {
        out.push({
          code: "conflict.signal.survey-drop",
          severity: "warning",
          path: ["input", "surveys"],
          params: { ...team, from: previous.score, to: latest.score, drop: tidy(drop), threshold: tidy(threshold), previous: fromDayNumber(previous.day), latest: fromDayNumber(latest.day) },
        });
      }
    }
  }
  return out;
}
