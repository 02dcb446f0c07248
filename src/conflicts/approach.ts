/**
 * Which way to handle a conflict: a Thomas–Kilmann mode from how much the issue and the
 * relationship matter. Advice only, never a workflow gate.
 * @module
 */
import { checkBoolean, checkEnum, checkRecord, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Finding } from "../core/findings.js";
import type { ConflictAdviceFindingCode } from "./codes.js";

/**
 * The five Thomas–Kilmann conflict modes, placed on two axes: assertiveness (pursuing your own
 * concern) and cooperativeness (meeting the other side's).
 *
 * | mode | assertiveness × cooperativeness | risk |
 * | --- | --- | --- |
 * | `competing` | high × low | damages relationships |
 * | `collaborating` | high × high | time-consuming; needs both parties |
 * | `compromising` | medium × medium | nobody is fully satisfied |
 * | `avoiding` | low × low | issues fester |
 * | `accommodating` | low × high | resentment; being exploited |
 *
 * @example
 * ```ts
 * const mode: ConflictMode = "collaborating";
 * ```
 * @category Conflicts
 */
export type ConflictMode = "competing" | "collaborating" | "compromising" | "avoiding" | "accommodating";

/**
 * How much something matters to the manager: the issue (maps to assertiveness) or the working
 * relationship (maps to cooperativeness).
 *
 * @example
 * ```ts
 * const level: ConflictImportance = "medium";
 * ```
 * @category Conflicts
 */
export type ConflictImportance = "low" | "medium" | "high";

/**
 * The situation {@link recommendApproach} judges.
 *
 * @example
 * ```ts
 * const s: ConflictSituation = { issueImportance: "high", relationshipImportance: "high", timePressure: true };
 * ```
 * @category Conflicts
 */
export interface ConflictSituation {
  /** How much the outcome of the issue itself matters. */
  readonly issueImportance: ConflictImportance;
  /** How much the working relationship with the other side matters. */
  readonly relationshipImportance: ConflictImportance;
  /** A decision is needed now: there is no time to work a full solution out together. */
  readonly timePressure?: boolean;
  /** Safety, the law or ethics is at stake (harassment, a safety hazard, fraud). Overrides every other rule. */
  readonly safetyOrEthics?: boolean;
}

/**
 * The advice: a mode and the reasons for it. `reasons[0]` is always the mode's own finding
 * (`conflict.approach.<mode>`: what to do, when it fits, its risk); a
 * `conflict.approach.time-pressure` or `conflict.approach.safety-override` finding follows
 * when that changed the advice.
 *
 * @example
 * ```ts
 * const r: ApproachRecommendation = {
 *   mode: "avoiding",
 *   reasons: [{ code: "conflict.approach.avoiding", severity: "info", params: { issueImportance: "low", relationshipImportance: "low" } }],
 * };
 * ```
 * @category Conflicts
 */
export interface ApproachRecommendation {
  readonly mode: ConflictMode;
  readonly reasons: readonly Finding<ConflictAdviceFindingCode>[];
}

const LEVELS: readonly ConflictImportance[] = ["low", "medium", "high"];

/**
 * The grid, issue importance (rows) × relationship importance (columns), before time pressure
 * and safety. The five cells where both levels are equal or both extreme come from the TKI
 * table itself (research notes §3.3). The four mixed cells with one "medium" are ties on the
 * TKI grid (the medium axis sits half-way between two modes), broken by one rule: a concern
 * rated high is never traded away, a concern rated low may be, a medium one is kept at least in
 * part; where that still leaves two modes, TKI's "when it fits" text decides.
 */
const GRID: { readonly [I in ConflictImportance]: { readonly [R in ConflictImportance]: ConflictMode } } = {
  high: {
    high: "collaborating", // TKI high × high: both concerns too important to compromise
    // TKI: competing (high × low) would sacrifice a relationship still rated medium, and
    // compromising gives up part of a high concern; collaborating keeps both ("to gain
    // commitment by incorporating concerns into a consensus").
    medium: "collaborating",
    low: "competing", // TKI high × low: a vital issue, the relationship can take the cost
  },
  medium: {
    // TKI: accommodating (low × high) would drop an issue still rated medium, and compromising
    // trades part of a relationship rated high; collaborating keeps both.
    high: "collaborating",
    medium: "compromising", // TKI medium × medium
    // TKI: avoiding (low × low) drops a medium issue; competing fits "vital issues" and risks
    // relationships for a goal that is only moderately important; compromising fits "goals
    // moderately important, but not worth the effort or disruption of more assertive modes".
    low: "compromising",
  },
  low: {
    high: "accommodating", // TKI low × high: the issue matters more to the other side; keep harmony
    // TKI: avoiding (low × low) neglects a relationship still rated medium, and compromising is
    // for "moderately important goals" (this one is not); accommodating fits "when the issue
    // is more important to others than to yourself" and builds credit for later issues.
    medium: "accommodating",
    low: "avoiding", // TKI low × low: a trivial issue, not worth the cost
  },
};

/**
 * Recommends a Thomas–Kilmann conflict mode for a situation, from how much the issue
 * (assertiveness) and the working relationship (cooperativeness) matter. Advice for the manager,
 * never a gate in a conflict workflow.
 *
 * | issue \ relationship | low | medium | high |
 * | --- | --- | --- | --- |
 * | **high** | competing | collaborating¹ | collaborating¹ |
 * | **medium** | compromising | compromising | collaborating¹ |
 * | **low** | avoiding | accommodating | accommodating |
 *
 * ¹ under `timePressure`, compromising: collaborating takes time, and TKI names compromise as
 * the expedient, temporary settlement under time pressure. Time pressure changes no other cell.
 *
 * `safetyOrEthics` overrides every other rule: competing (TKI: vital issues, unpopular but
 * necessary action, protection against exploitation), whatever the relationship and the time.
 *
 * The five cells on the diagonals come from the TKI grid itself. The four cells with one
 * "medium" sit half-way between two modes; they follow one rule: a concern rated high is never
 * traded away, one rated low may be, a medium one is kept at least in part — and TKI's
 * "when it fits" text decides what is left (high × medium and medium × high: collaborating;
 * medium × low: compromising, "goals moderately important, not worth the disruption of more
 * assertive modes"; low × medium: accommodating, "the issue matters more to the other side").
 *
 * Reasons are `info` findings: first the mode's own (`conflict.approach.<mode>`, with the two
 * importances as params), then `conflict.approach.time-pressure` or
 * `conflict.approach.safety-override` when that changed the mode.
 *
 * @param situation - how much the issue and the relationship matter, and the two flags
 * @throws {ValidationError} when the situation is not an object, an importance is not
 * `"low"`, `"medium"` or `"high"`, or a flag is not a boolean.
 * @example
 * ```ts
 * recommendApproach({ issueImportance: "high", relationshipImportance: "high" }).mode; //=> "collaborating"
 * recommendApproach({ issueImportance: "high", relationshipImportance: "high", timePressure: true }).reasons.map((r) => r.code);
 * //=> ["conflict.approach.compromising", "conflict.approach.time-pressure"]
 * recommendApproach({ issueImportance: "low", relationshipImportance: "high", safetyOrEthics: true }).mode; //=> "competing"
 * ```
 * @category Conflicts
 */
export function recommendApproach(situation: ConflictSituation): ApproachRecommendation {
  const issues: Issues = [];
  if (checkRecord(situation, ["situation"], issues)) {
    checkEnum(situation.issueImportance, LEVELS, ["situation", "issueImportance"], issues);
    checkEnum(situation.relationshipImportance, LEVELS, ["situation", "relationshipImportance"], issues);
    if (situation.timePressure !== undefined) checkBoolean(situation.timePressure, ["situation", "timePressure"], issues);
    if (situation.safetyOrEthics !== undefined) checkBoolean(situation.safetyOrEthics, ["situation", "safetyOrEthics"], issues);
  }
  throwIfIssues(issues);
  const { issueImportance, relationshipImportance } = situation;
  const params = { issueImportance, relationshipImportance };
  const base = GRID[issueImportance][relationshipImportance];
  const hurried = situation.timePressure === true && base === "collaborating";
  const otherwise: ConflictMode = hurried ? "compromising" : base;
  if (situation.safetyOrEthics === true) {
    return {
      mode: "competing",
      reasons: [
        { code: "conflict.approach.competing", severity: "info", params },
        { code: "conflict.approach.safety-override", severity: "info", params: { otherwise } },
      ],
    };
  }
  const reasons: Finding<ConflictAdviceFindingCode>[] = [{ code: `conflict.approach.${otherwise}`, severity: "info", params }];
  if (hurried) reasons.push({ code: "conflict.approach.time-pressure", severity: "info", params: { insteadOf: base } });
  return { mode: otherwise, reasons };
}
