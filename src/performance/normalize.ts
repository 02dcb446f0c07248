/**
 * Rater normalisation and rater-bias findings.
 * @module
 */
import { checkArray, checkNumber, checkOptions, checkRecord, checkString, report, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Finding } from "../core/findings.js";
import type { PerformanceFindingCode } from "./codes.js";

/**
 * One rating by one rater.
 *
 * @example
 * ```ts
 * const s: RaterScore = { rateeId: "m-li", raterId: "mgr-zhou", score: 4 };
 * ```
 * @category Performance
 */
export interface RaterScore {
  readonly rateeId: string;
  readonly raterId: string;
  readonly score: number;
}

/**
 * A rating with its z-score within its rater and its value on the pooled scale.
 *
 * @example
 * ```ts
 * const row: NormalizedScore = { rateeId: "a4", raterId: "A", score: 3, z: -1.604, normalized: 2.130 };
 * ```
 * @category Performance
 */
export interface NormalizedScore extends RaterScore {
  readonly z: number;
  readonly normalized: number;
}

interface Stats {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
}

function statsOf(values: readonly number[]): Stats {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  const sd = Math.sqrt(squares / values.length);
  // equal ratings such as 3.3, 3.3, 3.3 leave a rounding residue, not a spread
  return { n: values.length, mean, sd: sd <= 1e-9 * Math.max(1, Math.abs(mean)) ? 0 : sd };
}

function checkScores(scores: unknown, issues: Issues): scores is readonly RaterScore[] {
  if (!checkArray(scores, ["scores"], issues, { nonEmpty: true })) return false;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (!checkRecord(s, ["scores", i], issues)) continue;
    checkString(s["rateeId"], ["scores", i, "rateeId"], issues, { nonEmpty: true });
    checkString(s["raterId"], ["scores", i, "raterId"], issues, { nonEmpty: true });
    checkNumber(s["score"], ["scores", i, "score"], issues);
  }
  return true;
}

function byRater(scores: readonly RaterScore[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const s of scores) {
    const list = groups.get(s.raterId);
    if (list === undefined) groups.set(s.raterId, [s.score]);
    else list.push(s.score);
  }
  return groups;
}

/**
 * Puts ratings from lenient and strict raters on one scale. Per rater,
 * `z = (score − rater mean) ÷ rater SD`; then `normalized = pooled mean + z × pooled SD`, where
 * the pooled mean and SD are those of all the scores together. SDs are **population** SDs
 * (divide by n). A rater whose ratings are all equal (SD 0) gives z = 0 (see
 * {@link checkRaters} for the finding). With `clamp`, normalized values are held within the
 * rating scale.
 *
 * @throws {ValidationError} on an empty list, a malformed score, or a clamp with max ≤ min.
 * @example
 * ```ts
 * // Rater A rates 4, 5, 4, 5, 3 (mean 4.2, SD 0.748); rater B 2, 3, 3, 4, 3 (mean 3, SD 0.632);
 * // pooled mean 3.6, SD 0.917. A's 3 → z −1.604 → 2.130; B's 4 → z +1.581 → 5.049.
 * normalizeByRater(scores).find((s) => s.rateeId === "a4")?.normalized; //=> 2.1303…
 * ```
 * @category Performance
 */
export function normalizeByRater(scores: readonly RaterScore[], opts?: { readonly clamp?: { readonly min: number; readonly max: number } }): NormalizedScore[] {
  const issues: Issues = [];
  checkScores(scores, issues);
  if (checkOptions(opts, ["opts"], issues) && opts?.clamp !== undefined && checkRecord(opts.clamp, ["opts", "clamp"], issues)) {
    const okMin = checkNumber(opts.clamp.min, ["opts", "clamp", "min"], issues);
    if (checkNumber(opts.clamp.max, ["opts", "clamp", "max"], issues) && okMin && opts.clamp.max <= opts.clamp.min) report(issues, ["opts", "clamp", "max"], "validation.range", { min: opts.clamp.min, value: opts.clamp.max });
  }
  throwIfIssues(issues);
  const pooled = statsOf(scores.map((s) => s.score));
  const raters = new Map<string, Stats>();
  for (const [rater, values] of byRater(scores)) raters.set(rater, statsOf(values));
  return scores.map((s) => {
    const r = raters.get(s.raterId)!;
    const z = r.sd === 0 ? 0 : (s.score - r.mean) / r.sd;
    let normalized = pooled.mean + z * pooled.sd;
    if (opts?.clamp !== undefined) normalized = Math.min(opts.clamp.max, Math.max(opts.clamp.min, normalized));
    return { rateeId: s.rateeId, raterId: s.raterId, score: s.score, z, normalized };
  });
}

/**
 * Findings about each rater's ratings against everyone's:
 * - `performance.rater.no-spread` (warning): all of a rater's ratings are equal (their z-scores
 *   are 0: their ratings carry no ranking);
 * - `performance.rater.lenient` / `strict` (info): the rater's mean is more than `biasSd`
 *   (default 0.5) pooled SDs above / below the pooled mean;
 * - `performance.rater.central-tendency` (info): the rater's SD is under `spreadRatio` (default
 *   0.5) of the typical spread within raters (the root mean square of the raters' SDs, weighted
 *   by their ratings), everyone bunched in the middle.
 * Raters with fewer than `minRatings` (default 3) ratings are not judged.
 *
 * @throws {ValidationError} on malformed scores or options.
 * @example
 * ```ts
 * checkRaters(scores).map((f) => [f.code, f.params?.raterId]); //=> [["performance.rater.lenient", "A"], ["performance.rater.strict", "B"]]
 * ```
 * @category Performance
 */
export function checkRaters(
  scores: readonly RaterScore[],
  opts?: { readonly biasSd?: number; readonly spreadRatio?: number; readonly minRatings?: number },
): Finding<PerformanceFindingCode>[] {
  const issues: Issues = [];
  checkScores(scores, issues);
  if (checkOptions(opts, ["opts"], issues) && opts !== undefined) {
    if (opts.biasSd !== undefined) checkNumber(opts.biasSd, ["opts", "biasSd"], issues, { min: 0 });
    if (opts.spreadRatio !== undefined) checkNumber(opts.spreadRatio, ["opts", "spreadRatio"], issues, { min: 0 });
    if (opts.minRatings !== undefined) checkNumber(opts.minRatings, ["opts", "minRatings"], issues, { min: 1 });
  }
  throwIfIssues(issues);
  const biasSd = opts?.biasSd ?? 0.5;
  const spreadRatio = opts?.spreadRatio ?? 0.5;
  const minRatings = opts?.minRatings ?? 3;
  const pooled = statsOf(scores.map((s) => s.score));
  const groups = [...byRater(scores)].map(([raterId, values]) => ({ raterId, stats: statsOf(values) }));
  // the typical spread *within* a rater: differences between raters' means (leniency) must not
  // make every rater look bunched together
  let within = 0;
  for (const g of groups) within += g.stats.n * g.stats.sd ** 2;
  const withinSd = Math.sqrt(within / scores.length);
  const findings: Finding<PerformanceFindingCode>[] = [];
  const round = (x: number) => Math.round(x * 100) / 100;
  for (const { raterId, stats: r } of groups) {
    if (r.n < minRatings) continue;
    const params = { raterId, n: r.n, mean: round(r.mean), pooledMean: round(pooled.mean), sd: round(r.sd), pooledSd: round(withinSd) };
    if (r.sd === 0) findings.push({ code: "performance.rater.no-spread", severity: "warning", params });
    if (pooled.sd > 0 && r.mean - pooled.mean > biasSd * pooled.sd) findings.push({ code: "performance.rater.lenient", severity: "info", params });
    if (pooled.sd > 0 && pooled.mean - r.mean > biasSd * pooled.sd) findings.push({ code: "performance.rater.strict", severity: "info", params });
    if (r.sd > 0 && r.sd < spreadRatio * withinSd) findings.push({ code: "performance.rater.central-tendency", severity: "info", params });
  }
  return findings;
}
