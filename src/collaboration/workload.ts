/**
 * How evenly work is spread over a team: balance index, coefficient of variation, Gini
 * coefficient, utilisation against capacity, and notes for the manager.
 * @module
 */
import { checkArray, checkNumber, checkOptions, checkRecord, checkString, isRecord, report, shown, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { parseDec, pow10n, type Dec } from "../core/_lib/decimal.js";
import { deepFreeze } from "../core/_lib/freeze.js";
import type { Path } from "../core/errors.js";
import { step, type ExplanationStep } from "../core/explain.js";
import type { Finding } from "../core/findings.js";
import { isSafe, ratio, ratioOfSums, scaleOf, scaled, scaledBig } from "./_lib/exact.js";
import { byText } from "./_lib/order.js";
import type { CollaborationFindingCode } from "./codes.js";
import type { MemberLoad, MemberUtilisation, WorkloadPolicy, WorkloadReport } from "./types.js";

/**
 * The default of {@link workloadBalance}: a member carrying more than 1.5 times the team mean
 * **[HEURISTIC]** is named in a `workload.heavy` finding (the mean ÷ max balance index of
 * kpitree.co reads 1 as even and 0.5 as sharply uneven; one member at 1.5× the mean is a third
 * of the way there).
 *
 * @example
 * ```ts
 * DEFAULT_WORKLOAD_POLICY.heavyFactor; //=> 1.5
 * ```
 * @category Collaboration
 */
export const DEFAULT_WORKLOAD_POLICY = deepFreeze({ heavyFactor: 1.5 } as const satisfies Required<WorkloadPolicy>);

/** The largest load or capacity accepted. */
const MAX_AMOUNT = 1e15;

type F = Finding<CollaborationFindingCode>;

function checkAmount(value: unknown, path: Path, issues: Issues): value is number {
  if (!checkNumber(value, path, issues)) return false;
  if (value < 0) return report(issues, path, "validation.negative", { value: shown(value) });
  if (value > MAX_AMOUNT) return report(issues, path, "validation.range", { value, min: 0, max: MAX_AMOUNT });
  if (!Number.isInteger(value) && parseDec(value) === undefined) return report(issues, path, "validation.decimal", { value: shown(value) });
  return true;
}

const isPlainAmount = (v: unknown): boolean => typeof v === "number" && v >= 0 && v <= MAX_AMOUNT && (Number.isInteger(v) || parseDec(v) !== undefined);

/** The common case, without building any path: a well-formed list. */
function isPlainList(loads: unknown): boolean {
  if (!Array.isArray(loads)) return false;
  const ids = new Set<string>();
  for (let i = 0; i < loads.length; i++) {
    const e: unknown = loads[i];
    if (!isRecord(e)) return false;
    const id = e["memberId"];
    const capacity = e["capacity"];
    if (typeof id !== "string" || id.trim() === "" || ids.has(id) || !isPlainAmount(e["load"]) || (capacity !== undefined && !isPlainAmount(capacity))) return false;
    ids.add(id);
  }
  return true;
}

/** Checks a list of member loads for unknown input; reports every bad path. @internal */
export function checkMemberLoads(loads: unknown, path: Path, issues: Issues): void {
  if (isPlainList(loads)) return;
  if (!checkArray(loads, path, issues)) return;
  const ids = new Set<string>();
  for (let i = 0; i < loads.length; i++) {
    const p: Path = [...path, i];
    const entry = loads[i];
    if (!checkRecord(entry, p, issues)) continue;
    const id = entry["memberId"];
    if (checkString(id, [...p, "memberId"], issues, { nonEmpty: true })) {
      if (ids.has(id)) report(issues, [...p, "memberId"], "validation.duplicate", { value: shown(id) });
      ids.add(id);
    }
    checkAmount(entry["load"], [...p, "load"], issues);
    if (entry["capacity"] !== undefined) checkAmount(entry["capacity"], [...p, "capacity"], issues);
  }
}

function checkPolicy(opts: unknown, issues: Issues): Dec | undefined {
  if (!checkOptions(opts, ["opts"], issues)) return undefined;
  const factor = (opts as WorkloadPolicy | undefined)?.heavyFactor;
  if (factor === undefined) return parseDec(DEFAULT_WORKLOAD_POLICY.heavyFactor);
  if (!checkNumber(factor, ["opts", "heavyFactor"], issues, { min: 1, max: MAX_AMOUNT })) return undefined;
  const dec = parseDec(factor);
  if (dec === undefined) report(issues, ["opts", "heavyFactor"], "validation.decimal", { value: shown(factor) });
  return dec;
}

/**
 * The sums behind the indices, over the loads scaled to integers `k` at a common scale `10^s`:
 * S = Σk, N = n·Σk² − (Σk)² (n² times the variance), G = Σ (2i − n − 1)·k₍ᵢ₎ over the loads
 * sorted ascending (half of Σ|kᵢ − kⱼ| over ordered pairs). Exact: doubles while every
 * intermediate is a safe integer, bigints otherwise.
 */
interface Sums {
  readonly S: number;
  readonly N: number;
  /** S² (exact in the double path). */
  readonly S2: number;
  readonly G: number;
  readonly maxK: number;
  /** Is member i's load above `factor × mean`? */
  readonly heavy: (i: number) => boolean;
  /** `kᵢ × n ÷ S`, the member's load over the mean. */
  readonly overMean: (i: number) => number;
  /** `kᵢ ÷ S`. */
  readonly shareOf: (i: number) => number;
}

/** ⌊factor × S ÷ (n × 10^0)⌋ in scaled units: kᵢ > this ⇔ kᵢ·n > factor·S. */
const heavyLimit = (factor: Dec, S: bigint, n: number): bigint => (factor.coefficient * S) / (BigInt(n) * pow10n(factor.scale));

function sumsInDoubles(loads: readonly number[], s: number, factor: Dec): Sums | undefined {
  const n = loads.length;
  const ks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = s === 0 ? loads[i]! : scaled(loads[i]!, s);
    if (!isSafe(k)) return undefined;
    ks[i] = k;
  }
  const sorted = ks.slice().sort();
  let S = 0;
  let Q = 0;
  let G = 0;
  for (let i = 0; i < n; i++) {
    const k = sorted[i]!;
    S += k;
    Q += k * k;
    G += (2 * i + 1 - n) * k;
  }
  // every partial sum is bounded by n·Q and S² (|G| ≤ (n − 1)·S ≤ n·Q): exact when both are safe
  if (!isSafe(n * Q) || !isSafe(S * S)) return undefined;
  const limit = Number(heavyLimit(factor, BigInt(S), n));
  return {
    S,
    N: n * Q - S * S,
    S2: S * S,
    G,
    maxK: n === 0 ? 0 : sorted[n - 1]!,
    heavy: (i) => ks[i]! > limit,
    overMean: (i) => (ks[i]! * n) / S,
    shareOf: (i) => ks[i]! / S,
  };
}

function sumsInBigints(loads: readonly number[], s: number, factor: Dec): Sums {
  const n = loads.length;
  const ks = loads.map((x) => scaledBig(x, s));
  const sorted = [...ks].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let S = 0n;
  let Q = 0n;
  let G = 0n;
  for (let i = 0; i < n; i++) {
    const k = sorted[i]!;
    S += k;
    Q += k * k;
    G += BigInt(2 * i + 1 - n) * k;
  }
  const limit = heavyLimit(factor, S, n);
  const bn = BigInt(n);
  return {
    S: Number(S),
    N: Number(bn * Q - S * S),
    S2: Number(S * S),
    G: Number(G),
    maxK: n === 0 ? 0 : Number(sorted[n - 1]!),
    heavy: (i) => ks[i]! > limit,
    overMean: (i) => Number(ks[i]! * bn) / Number(S),
    shareOf: (i) => Number(ks[i]!) / Number(S),
  };
}

/** A number as people read it: binary noise rounded away (1.1500000000000001 → 1.15). */
const tidy = (x: number): number => Number(x.toPrecision(12));
const percentOf = (x: number): number => Math.round(x * 1000) / 10;

/**
 * How evenly work is spread over a team (research notes §4 and §7.6, cases W1–W4):
 *
 * - `balanceIndex = mean ÷ max` (1 is even, 0.5 sharply uneven);
 * - `cv` = population standard deviation ÷ mean;
 * - `gini = Σ|xᵢ − xⱼ| over ordered pairs ÷ (2 n² mean)`, in [0, 1 − 1/n], computed from the
 *   sorted loads as `Σ (2i − n − 1)·x₍ᵢ₎ ÷ (n · Σx)` in O(n log n);
 * - `utilisation`: `load ÷ capacity` for each member whose capacity is given, and `Σ load ÷
 *   Σ capacity` over them; `overloaded`: the members whose load exceeds their capacity.
 *
 * Exactness: each load stands for the decimal it prints as (7.5 h is 75/10 h); the sums are
 * exact integers (in doubles while safe, in bigints beyond), so `balanceIndex`, `gini`,
 * `totalLoad` and each utilisation are one correctly rounded division of exact values, and `cv`
 * is the square root of one (`√(n·Σk² − (Σk)²) ÷ Σk` as `√((n·Σk² − (Σk)²) ÷ (Σk)²)`: two
 * roundings, and the same result for loads scaled by any factor). Only when the sums pass 2⁵³ is each sum
 * converted to a double before the division (a few units in the last place).
 *
 * Edge cases: an empty list gives `null` indices and a `workload.no-members` finding; all
 * loads 0 count as perfectly even (balance 1, cv 0, gini 0) with a `workload.no-load`
 * finding; one member is even (1, 0, 0). A capacity of 0 (on leave) has no utilisation, and
 * any load on it is overloaded.
 *
 * Findings, in this order: `workload.no-members` or `workload.no-load` (info);
 * `workload.heavy` (warning) for each member carrying more than `heavyFactor` (1.5) times
 * the mean, heaviest first (ties by id); `workload.over-capacity` (warning) for each
 * overloaded member, in input order. Percentages in findings are rounded to one decimal place.
 *
 * @throws {ValidationError} naming every bad path: a negative, non-finite or too large load
 * or capacity (over 10^15), an empty or repeated member id, a bad option.
 * @example
 * ```ts
 * const r = workloadBalance([{ memberId: "a", load: 10 }, { memberId: "b", load: 12 }, { memberId: "c", load: 8 }, { memberId: "d", load: 30 }, { memberId: "e", load: 10 }]);
 * r.gini; //=> 92 / 350
 * r.findings.map((f) => f.params?.memberId); //=> ["d"]
 * ```
 * @category Collaboration
 */
export function workloadBalance(loads: readonly MemberLoad[], opts?: WorkloadPolicy): WorkloadReport {
  const issues: Issues = [];
  checkMemberLoads(loads, ["loads"], issues);
  const factor = checkPolicy(opts, issues);
  throwIfIssues(issues);

  const n = loads.length;
  const xs = new Array<number>(n);
  let s = 0;
  let maxLoad = 0;
  for (let i = 0; i < n; i++) {
    const x = loads[i]!.load;
    xs[i] = x;
    if (x > maxLoad) maxLoad = x;
    if (!Number.isInteger(x)) s = Math.max(s, scaleOf(x));
  }

  const findings: F[] = [];
  const steps: ExplanationStep[] = [];
  let indices: { balanceIndex: number | null; cv: number | null; gini: number | null; totalLoad: number; meanLoad: number | null; maxLoad: number | null };
  if (n === 0) {
    findings.push({ code: "workload.no-members", severity: "info" });
    indices = { balanceIndex: null, cv: null, gini: null, totalLoad: 0, meanLoad: null, maxLoad: null };
  } else {
    const sums = sumsInDoubles(xs, s, factor!) ?? sumsInBigints(xs, s, factor!);
    const { S, S2, N, G, maxK } = sums;
    const unit = 10 ** s;
    const totalLoad = S / unit;
    const meanLoad = totalLoad / n;
    const allZero = S === 0;
    const balanceIndex = allZero ? 1 : S / (n * maxK);
    const cv = allZero ? 0 : Math.sqrt(N / S2); // √ of the exact rational n²σ² / (Σk)²: the same for any scale
    const gini = allZero ? 0 : G / (n * S);
    indices = { balanceIndex, cv, gini, totalLoad, meanLoad, maxLoad };
    const mean = tidy(meanLoad);
    steps.push(
      step("workload.balance-index", "mean ÷ max", { mean, max: maxLoad }, balanceIndex),
      step("workload.cv", "σ ÷ mean, σ = √(Σ(x − mean)² ÷ n)", { sd: tidy(Math.sqrt(N) / n / unit), mean }, cv),
      step("workload.gini", "Σ|xᵢ − xⱼ| ÷ (2 n² mean)", { sumDiffs: tidy((2 * G) / unit), n, mean }, gini),
    );
    if (allZero) findings.push({ code: "workload.no-load", severity: "info", params: { count: n } });
    else if (n > 1) {
      const heavy: number[] = [];
      for (let i = 0; i < n; i++) if (sums.heavy(i)) heavy.push(i);
      heavy.sort((a, b) => xs[b]! - xs[a]! || byText(loads[a]!.memberId, loads[b]!.memberId));
      for (const i of heavy) {
        findings.push({
          code: "workload.heavy",
          severity: "warning",
          path: ["loads", i],
          params: { memberId: loads[i]!.memberId, load: xs[i]!, totalLoad: tidy(totalLoad), percent: percentOf(sums.shareOf(i)), ratio: sums.overMean(i), mean },
        });
      }
    }
  }

  const withCapacity: MemberUtilisation[] = [];
  const capLoads: number[] = [];
  const caps: number[] = [];
  const overloaded: string[] = [];
  for (let i = 0; i < n; i++) {
    const { memberId, load, capacity } = loads[i]!;
    if (capacity === undefined) continue;
    const utilisation = capacity === 0 ? null : ratio(load, capacity);
    withCapacity.push({ memberId, load, capacity, utilisation });
    capLoads.push(load);
    caps.push(capacity);
    if (load > capacity) {
      overloaded.push(memberId);
      findings.push({
        code: "workload.over-capacity",
        severity: "warning",
        path: ["loads", i],
        params: utilisation === null ? { memberId, load, capacity } : { memberId, load, capacity, percent: percentOf(utilisation) },
      });
    }
  }

  return {
    n,
    totalLoad: indices.totalLoad,
    meanLoad: indices.meanLoad,
    maxLoad: indices.maxLoad,
    balanceIndex: indices.balanceIndex,
    cv: indices.cv,
    gini: indices.gini,
    utilisation: { overall: withCapacity.length === 0 ? null : ratioOfSums(capLoads, caps), members: withCapacity },
    overloaded,
    findings,
    explanation: { steps },
  };
}
