/**
 * Team-level wellbeing aggregates that never show numbers resting on fewer than
 * `minGroupSize` people, directly or by subtraction from the team total.
 * @module
 */
import { checkInteger, isRecord, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { DEFAULT_MIN_GROUP_SIZE, suppression } from "../culture/privacy.js";
import type { SuppressionReason } from "../culture/types.js";
import { checkBurnoutArgs, memberSignals } from "./burnout.js";
import type {
  BurnoutSignal,
  MemberWellbeingData,
  PulseBlock,
  SignalBlock,
  TeamWellbeingOptions,
  TeamWellbeingSummary,
  WellbeingAggregate,
  WellbeingGroup,
} from "./types.js";



type Source = "hours" | "leave" | "load";
const SOURCE_SIGNALS: { readonly [S in Source]: readonly BurnoutSignal[] } = {
  hours: ["long-hours", "after-hours"],
  leave: ["no-leave", "unused-leave"],
  load: ["over-capacity"],
};
const SOURCES: readonly Source[] = ["hours", "leave", "load"];

interface Tally {
  n: number;
  sources: { [S in Source]: { n: number; counts: Map<BurnoutSignal, number> } };
  pulse: { n: number; exhaustion: number; cynicism: number; efficacy: number; counts: { exhaustion: number; cynicism: number; "low-efficacy": number } };
}

const newTally = (): Tally => ({
  n: 0,
  sources: { hours: { n: 0, counts: new Map() }, leave: { n: 0, counts: new Map() }, load: { n: 0, counts: new Map() } },
  pulse: { n: 0, exhaustion: 0, cynicism: 0, efficacy: 0, counts: { exhaustion: 0, cynicism: 0, "low-efficacy": 0 } },
});

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);


function signalBlock(t: Tally, source: Source, hidden: SuppressionReason | undefined): SignalBlock {
  if (hidden !== undefined) return { suppressed: true, reason: hidden };
  const s = t.sources[source];
  const counts: { [S in BurnoutSignal]?: number } = {};
  const shares: { [S in BurnoutSignal]?: number } = {};
  for (const signal of SOURCE_SIGNALS[source]) {
    const c = s.counts.get(signal) ?? 0;
    counts[signal] = c;
    shares[signal] = c / s.n;
  }
  return { suppressed: false, n: s.n, counts, shares };
}

function pulseBlock(t: Tally, hidden: SuppressionReason | undefined): PulseBlock {
  if (hidden !== undefined) return { suppressed: true, reason: hidden };
  const p = t.pulse;
  return { suppressed: false, n: p.n, meanExhaustion: p.exhaustion / p.n, meanCynicism: p.cynicism / p.n, meanEfficacy: p.efficacy / p.n, counts: { ...p.counts } };
}

/**
 * Wellbeing of the team and of its groups (members' `teamId`; members without one form the
 * group `""`), from the same data and options as {@link burnoutSignals}. Confidentiality is the
 * point: no shown number rests on fewer than `minGroupSize` people (default 5, the survey
 * minimum), directly or by subtracting shown groups from the team total.
 *
 * - A group with fewer members than the minimum is hidden (`too-few`): no `n`, no results.
 * - When the hidden groups together hold at least one and fewer than the minimum members, the
 *   smallest shown groups (ties by key) are hidden too (`complementary`) until they hold at
 *   least the minimum, so the difference between the total and the shown groups always covers
 *   at least `minGroupSize` people (or nobody).
 * - A team under the minimum is hidden whole (`overall-too-small`), groups included.
 * - Each source of data is a block with its own population — `hours` (members with a completed
 *   week in the window), `leave`, `load`, `pulse` (members with a current, non-stale pulse) —
 *   and the same rules run again on each population, the groups already hidden staying hidden.
 *   A block shows counts of members with each of its signals and shares (`count / n`, one
 *   division, unrounded); the pulse block shows mean subscales (`Σ / n`, unrounded, each 0–18,
 *   never added up) and counts of the three pulse signals.
 *
 * @param members - as for {@link burnoutSignals}, with `teamId`
 * @param opts - `asOf`, `minGroupSize` and any thresholds of {@link WellbeingPolicy}
 * @throws {ValidationError} naming every bad path of the members and options, and a
 * `minGroupSize` that is not an integer of at least 1.
 * @example
 * ```ts
 * const members = ["a", "b", "c", "d", "e", "f"].map((id, i) => ({ memberId: id, teamId: i < 5 ? "east" : "west", load: { load: 40, capacity: 35 } }));
 * const s = teamWellbeing(members, { asOf: "2026-11-28" });
 * s.overall.results.load; //=> { suppressed: false, n: 6, counts: { "over-capacity": 6 }, shares: { "over-capacity": 1 } }
 * s.groups.map((g) => [g.key, g.reason]); //=> [["east", "complementary"], ["west", "too-few"]]
 * ```
 * @category Wellbeing
 */
export function teamWellbeing(members: readonly MemberWellbeingData[], opts: TeamWellbeingOptions): TeamWellbeingSummary {
  const issues: Issues = [];
  const policy = checkBurnoutArgs(members, opts, issues);
  if (isRecord(opts) && opts.minGroupSize !== undefined) checkInteger(opts.minGroupSize, ["opts", "minGroupSize"], issues, { min: 1, max: 1_000_000 });
  throwIfIssues(issues);
  const min = opts.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;

  const overall = newTally();
  const groups = new Map<string, Tally>();
  members.forEach((m, i) => {
    const row = memberSignals(m, i, opts.asOf, policy);
    const key = m.teamId ?? "";
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = newTally()));
    const has = new Set(row.signals);
    for (const t of [overall, g]) {
      t.n++;
      for (const source of SOURCES) {
        if (row[source] === undefined) continue;
        const s = t.sources[source];
        s.n++;
        for (const signal of SOURCE_SIGNALS[source]) if (has.has(signal)) s.counts.set(signal, (s.counts.get(signal) ?? 0) + 1);
      }
      if (row.pulse !== undefined && !row.pulse.stale) {
        const p = t.pulse;
        p.n++;
        p.exhaustion += row.pulse.exhaustion;
        p.cynicism += row.pulse.cynicism;
        p.efficacy += row.pulse.efficacy;
        if (has.has("exhaustion")) p.counts.exhaustion++;
        if (has.has("cynicism")) p.counts.cynicism++;
        if (has.has("low-efficacy")) p.counts["low-efficacy"]++;
      }
    }
  });

  const keys = [...groups.keys()].sort(byText);
  const tallies = keys.map((key) => ({ key, t: groups.get(key)! }));
  const hiddenGroups = suppression(tallies.map(({ key, t }) => ({ key, n: t.n })), min);
  const hiddenBy = {
    hours: suppression(tallies.map(({ key, t }) => ({ key, n: t.sources.hours.n })), min, hiddenGroups),
    leave: suppression(tallies.map(({ key, t }) => ({ key, n: t.sources.leave.n })), min, hiddenGroups),
    load: suppression(tallies.map(({ key, t }) => ({ key, n: t.sources.load.n })), min, hiddenGroups),
    pulse: suppression(tallies.map(({ key, t }) => ({ key, n: t.pulse.n })), min, hiddenGroups),
  };
  const tooFew = (n: number): SuppressionReason | undefined => (n < min ? "too-few" : undefined);
  const aggregate = (t: Tally, hidden: (m: "hours" | "leave" | "load" | "pulse") => SuppressionReason | undefined): WellbeingAggregate => ({
    hours: signalBlock(t, "hours", hidden("hours")),
    leave: signalBlock(t, "leave", hidden("leave")),
    load: signalBlock(t, "load", hidden("load")),
    pulse: pulseBlock(t, hidden("pulse")),
  });

  const overallShown = overall.n >= min;
  const out: WellbeingGroup[] = tallies.map(({ key, t }) => {
    const reason = overallShown ? hiddenGroups.get(key) : "overall-too-small";
    if (reason !== undefined) return { key, suppressed: true, reason };
    return { key, suppressed: false, n: t.n, results: aggregate(t, (m) => hiddenBy[m].get(key)) };
  });
  return {
    asOf: opts.asOf,
    minGroupSize: min,
    overall: overallShown
      ? {
          n: overall.n,
          suppressed: false,
          results: aggregate(overall, (m) => tooFew(m === "pulse" ? overall.pulse.n : overall.sources[m].n)),
        }
      : { n: overall.n, suppressed: true, reason: "overall-too-small" },
    groups: out,
  };
}
