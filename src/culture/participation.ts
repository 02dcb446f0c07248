/**
 * Survey participation.
 * @module
 */
import { checkInteger, checkNumber, checkOptions, checkRecord, report, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Finding } from "../core/findings.js";
import { parseDec } from "../core/_lib/decimal.js";
import type { CultureFindingCode } from "./codes.js";
import { DEFAULT_MIN_GROUP_SIZE } from "./privacy.js";

/** Is `count ≥ share × of`, exactly, with `share` the decimal it prints as? */
function atLeast(count: number, share: number, of: number): boolean {
  const d = parseDec(share)!;
  return BigInt(count) * 10n ** BigInt(d.scale) >= d.coefficient * BigInt(of);
}

/**
 * Participation in a survey, or in one group of it.
 *
 * @example
 * ```ts
 * const p: ParticipationResult = { invited: 40, responded: 30, rate: 0.75, band: "ideal", findings: [] };
 * ```
 * @category Culture
 */
export interface ParticipationResult {
  readonly invited: number;
  /** Hidden (left out) when the group is smaller than the minimum. */
  readonly responded?: number;
  /** `responded / invited`, unrounded; `null` when hidden or nobody was invited. */
  readonly rate: number | null;
  /** `ideal` at 75% or more, `low` under `lowBelow` (60%), `fair` between. */
  readonly band?: "ideal" | "fair" | "low";
  readonly findings: readonly Finding<CultureFindingCode>[];
}

/**
 * How many of the people invited answered. Culture Amp's guidance: about 75–80% is ideal, and
 * any substantial group under 60% deserves a look ([HEURISTIC] defaults `idealFrom: 0.75`,
 * `lowBelow: 0.6`). A group smaller than `minGroupSize` (5) shows no response count or rate
 * (Glint's response-rate threshold, research case PA3), so nobody can tell who answered.
 *
 * @throws {ValidationError} when a count is not a whole number, `responded` exceeds `invited`,
 * or an option is out of range.
 * @example
 * ```ts
 * participation({ invited: 40, responded: 30 }).band; //=> "ideal"
 * participation({ invited: 10, responded: 5 }).findings[0]?.code; //=> "culture.participation.low"
 * participation({ invited: 4, responded: 4 }).rate; //=> null
 * ```
 * @category Culture
 */
export function participation(
  counts: { readonly invited: number; readonly responded: number },
  opts?: { readonly minGroupSize?: number; readonly lowBelow?: number; readonly idealFrom?: number },
): ParticipationResult {
  const issues: Issues = [];
  if (checkRecord(counts, ["counts"], issues)) {
    const okInvited = checkInteger(counts.invited, ["counts", "invited"], issues, { min: 0 });
    if (checkInteger(counts.responded, ["counts", "responded"], issues, { min: 0 }) && okInvited && counts.responded > counts.invited) {
      report(issues, ["counts", "responded"], "validation.range", { min: 0, max: counts.invited, value: counts.responded });
    }
  }
  let min = DEFAULT_MIN_GROUP_SIZE;
  let lowBelow = 0.6;
  let idealFrom = 0.75;
  if (checkOptions(opts, ["opts"], issues) && opts !== undefined) {
    if (opts.minGroupSize !== undefined && checkInteger(opts.minGroupSize, ["opts", "minGroupSize"], issues, { min: 1, max: 1000 })) min = opts.minGroupSize;
    if (opts.lowBelow !== undefined && checkNumber(opts.lowBelow, ["opts", "lowBelow"], issues, { min: 0, max: 1 })) lowBelow = opts.lowBelow;
    if (opts.idealFrom !== undefined && checkNumber(opts.idealFrom, ["opts", "idealFrom"], issues, { min: 0, max: 1 })) idealFrom = opts.idealFrom;
    if (lowBelow > idealFrom) report(issues, ["opts", opts.lowBelow !== undefined ? "lowBelow" : "idealFrom"], "validation.range", { min: 0, max: idealFrom, value: lowBelow });
  }
  throwIfIssues(issues);
  const { invited, responded } = counts;
  if (invited < min) {
    return { invited, rate: null, findings: [{ code: "culture.participation.hidden", severity: "info", params: { invited, min } }] };
  }
  const rate = responded / invited;
  // compared exactly on the counts: responded × 10^s against (share × 10^s) × invited
  const band = atLeast(responded, idealFrom, invited) ? "ideal" : !atLeast(responded, lowBelow, invited) ? "low" : "fair";
  const findings: Finding<CultureFindingCode>[] =
    band === "low"
      ? [{ code: "culture.participation.low", severity: "warning", params: { invited, responded, percent: Math.round(rate * 1000) / 10, limitPercent: Math.round(lowBelow * 1000) / 10 } }]
      : [];
  return { invited, responded, rate, band, findings };
}
