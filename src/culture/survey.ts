/**
 * Survey summaries that protect small groups.
 * @module
 */
import { checkArray, checkIdList, checkInteger, checkRecord, checkString, isRecord, report, shown, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { DEFAULT_MIN_GROUP_SIZE, suppression } from "./privacy.js";
import { enpsOf } from "./enps.js";
import { favourabilityOf } from "./favourability.js";
import type { QuestionResult, SuppressionReason, SurveyResponse, SurveyResults, SurveySummary } from "./types.js";

/**
 * Options of {@link summarizeSurvey}: the attribute to group by, the minimum group size (5, the
 * default of Culture Amp, Glint, Lattice and others) and which questions are eNPS questions on
 * 0–10 (default `["enps"]`; every other question is a 5-point item).
 *
 * @example
 * ```ts
 * const opts: SurveyOptions = { groupBy: "team", minGroupSize: 5, enpsQuestions: ["enps"] };
 * ```
 * @category Culture
 */
export interface SurveyOptions {
  readonly groupBy: string;
  readonly minGroupSize?: number;
  readonly enpsQuestions?: readonly string[];
}

/** Answer counts of one group: per question, the count of each answer value. */
type Tally = { n: number; questions: Map<string, number[]>; comments: string[] };

function newTally(): Tally {
  return { n: 0, questions: new Map(), comments: [] };
}

/**
 * Summarises a survey overall and by one attribute, so that nobody can learn the answers of
 * fewer than `minGroupSize` people, directly or by subtraction:
 *
 * 1. a survey with fewer respondents than the minimum shows nothing but its head count;
 * 2. a group under the minimum is hidden (`too-few`);
 * 3. when the hidden groups together hold between 1 and `minGroupSize − 1` people, the smallest
 *    shown groups (ties by key) are hidden too (`complementary`) until they hold at least the
 *    minimum — otherwise the total minus the shown groups would give the small group away
 *    (Culture Amp's "remainder" rule; research cases A5a, A5b, A6, A11);
 * 4. the same rules apply to each question's answer count, within the survey and across the
 *    groups shown, so a question few people answered cannot be worked out either.
 *
 * A hidden group carries its key and the reason only: no count, no results, no comments.
 * Results per question: eNPS for eNPS questions (0–10), favourability and mean for 5-point
 * items (1–5), all unrounded; every shown group lists every question of the survey. Comments
 * follow the same rules as a question (a group's comments are shown only when the comments
 * left out of the shown groups come from none or at least the minimum of people; the survey's
 * comments only when at least the minimum of people commented), and come sorted, not in
 * answer order. Groups are listed by key.
 *
 * @throws {ValidationError} when a response is malformed (a repeated respondent id, a missing
 * `groupBy` attribute, an answer outside its scale) or an option is invalid, naming every path.
 * @example
 * ```ts
 * // research case A5a: Sales 4 + Tech 9 with a minimum of 5. Sales is too small, and Tech must
 * // go too: 13 − 9 would give Sales away.
 * const answers = { enps: 8, q1: 4 };
 * const responses = Array.from({ length: 13 }, (_, i) => ({ respondentId: `r${i}`, attributes: { team: i < 4 ? "Sales" : "Tech" }, answers }));
 * summarizeSurvey(responses, { groupBy: "team" }).groups; //=> [{ key: "Sales", suppressed: true, reason: "too-few" }, { key: "Tech", suppressed: true, reason: "complementary" }]
 * ```
 * @category Culture
 */
export function summarizeSurvey(responses: readonly SurveyResponse[], opts: SurveyOptions): SurveySummary {
  const issues: Issues = [];
  let min = DEFAULT_MIN_GROUP_SIZE;
  let enps: ReadonlySet<string> = new Set(["enps"]);
  let groupBy = "";
  if (checkRecord(opts, ["opts"], issues)) {
    if (checkString(opts.groupBy, ["opts", "groupBy"], issues, { nonEmpty: true })) groupBy = opts.groupBy;
    if (opts.minGroupSize !== undefined && checkInteger(opts.minGroupSize, ["opts", "minGroupSize"], issues, { min: 1, max: 1000 })) min = opts.minGroupSize;
    if (opts.enpsQuestions !== undefined && checkIdList(opts.enpsQuestions, ["opts", "enpsQuestions"], issues, { unique: true })) enps = new Set(opts.enpsQuestions);
  }
  const overall = newTally();
  const groups = new Map<string, Tally>();
  if (checkArray(responses, ["responses"], issues)) {
    const seen = new Set<string>();
    for (let i = 0; i < responses.length; i++) readResponse(responses[i], i, groupBy, enps, seen, overall, groups, issues);
  }
  throwIfIssues(issues);

  const keys = [...groups.keys()].sort(byKey);
  if (overall.n < min) {
    return { minGroupSize: min, overall: { n: overall.n, suppressed: true }, groups: keys.map((key) => ({ key, suppressed: true, reason: "overall-too-small" as const })) };
  }
  const hiddenGroups = suppression(
    keys.map((key) => ({ key, n: groups.get(key)!.n })),
    min,
  );
  // Question by question: the answer counts obey the same rules, with hidden groups already hidden.
  const questionIds = [...overall.questions.keys()].sort(byKey);
  const hiddenCells = new Map<string, Map<string, SuppressionReason>>();
  const overallHidden = new Set<string>();
  for (const q of questionIds) {
    const total = answerCount(overall.questions.get(q)!);
    if (total < min) {
      overallHidden.add(q);
      continue;
    }
    const cells = keys.map((key) => ({ key, n: answerCount(groups.get(key)!.questions.get(q)) }));
    hiddenCells.set(q, suppression(cells, min, hiddenGroups));
  }
  // Comments are one more measure: the overall list minus the shown groups' lists must never
  // leave fewer than the minimum commenters.
  const commentsHidden = overall.comments.length < min;
  const hiddenComments = commentsHidden ? undefined : suppression(keys.map((key) => ({ key, n: groups.get(key)!.comments.length })), min, hiddenGroups);
  return {
    minGroupSize: min,
    overall: { n: overall.n, suppressed: false, results: resultsOf(overall, questionIds, enps, (q) => overallHidden.has(q), commentsHidden) },
    groups: keys.map((key) => {
      const reason = hiddenGroups.get(key);
      if (reason !== undefined) return { key, suppressed: true, reason };
      const tally = groups.get(key)!;
      const noComments = hiddenComments === undefined || hiddenComments.has(key);
      return { key, suppressed: false, n: tally.n, results: resultsOf(tally, questionIds, enps, (q) => overallHidden.has(q) || hiddenCells.get(q)?.has(key) === true, noComments) };
    }),
  };
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function answerCount(counts: readonly number[] | undefined): number {
  if (counts === undefined) return 0;
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i]!;
  return n;
}

function readResponse(r: unknown, i: number, groupBy: string, enps: ReadonlySet<string>, seen: Set<string>, overall: Tally, groups: Map<string, Tally>, issues: Issues): void {
  const p = ["responses", i];
  if (!checkRecord(r, p, issues)) return;
  const before = issues.length;
  if (checkString(r["respondentId"], [...p, "respondentId"], issues, { nonEmpty: true })) {
    if (seen.has(r["respondentId"])) report(issues, [...p, "respondentId"], "validation.duplicate", { value: shown(r["respondentId"]) });
    seen.add(r["respondentId"]);
  }
  let key: string | undefined;
  const attributes = r["attributes"];
  if (checkRecord(attributes, [...p, "attributes"], issues)) {
    for (const name of Object.keys(attributes)) checkString(attributes[name], [...p, "attributes", name], issues);
    const value = Object.prototype.hasOwnProperty.call(attributes, groupBy) ? attributes[groupBy] : undefined;
    if (groupBy !== "" && checkString(value, [...p, "attributes", groupBy], issues)) key = value;
  }
  const answers = r["answers"];
  if (checkRecord(answers, [...p, "answers"], issues)) {
    for (const q of Object.keys(answers)) {
      const isEnps = enps.has(q);
      checkInteger(answers[q], [...p, "answers", q], issues, isEnps ? { min: 0, max: 10 } : { min: 1, max: 5 });
    }
  }
  if (r["comment"] !== undefined) checkString(r["comment"], [...p, "comment"], issues);
  if (issues.length > before || key === undefined || !isRecord(answers)) return;
  let group = groups.get(key);
  if (group === undefined) {
    group = newTally();
    groups.set(key, group);
  }
  for (const tally of [overall, group]) {
    tally.n += 1;
    for (const q of Object.keys(answers)) {
      let counts = tally.questions.get(q);
      if (counts === undefined) {
        counts = enps.has(q) ? [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] : [0, 0, 0, 0, 0, 0];
        tally.questions.set(q, counts);
      }
      counts[answers[q] as number]! += 1;
    }
    const comment = r["comment"];
    if (typeof comment === "string" && comment.trim() !== "") tally.comments.push(comment);
  }
}

/** Sets an own property, even one called `__proto__` (a question id is the app's choice). */
function put(target: Record<string, QuestionResult>, key: string, value: QuestionResult): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function resultsOf(tally: Tally, questionIds: readonly string[], enps: ReadonlySet<string>, hidden: (q: string) => boolean, hideComments: boolean): SurveyResults {
  const questions: Record<string, QuestionResult> = {};
  // Every question of the survey is listed, so which questions a group answered tells nothing.
  for (const q of questionIds) {
    const counts = tally.questions.get(q);
    const kind = enps.has(q) ? "enps" : "favourability";
    if (counts === undefined || hidden(q)) {
      put(questions, q, { kind, suppressed: true });
      continue;
    }
    if (kind === "enps") {
      let promoters = 0;
      let passives = 0;
      let detractors = 0;
      for (let a = 0; a <= 10; a++) {
        if (a >= 9) promoters += counts[a]!;
        else if (a >= 7) passives += counts[a]!;
        else detractors += counts[a]!;
      }
      const result = enpsOf(promoters, passives, detractors);
      put(questions, q, { kind, suppressed: false, n: result.n, enps: result });
    } else {
      const result = favourabilityOf(counts);
      put(questions, q, { kind, suppressed: false, n: result.n, favourability: result });
    }
  }
  return { questions, comments: hideComments ? [] : tally.comments.slice().sort(byKey) };
}

