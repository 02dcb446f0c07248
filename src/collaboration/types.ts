/**
 * The data of the collaboration module: RACI matrices and team workloads.
 * @module
 */
import type { Explanation } from "../core/explain.js";
import type { Finding } from "../core/findings.js";
import type { CollaborationFindingCode } from "./codes.js";

/**
 * One RACI participation type:
 * - `R` Responsible: does the work (at least one per task);
 * - `A` Accountable: answerable for the result and signs it off (exactly one per task);
 * - `C` Consulted: asked before the work or decision (two-way);
 * - `I` Informed: told afterwards (one-way).
 *
 * @example
 * ```ts
 * const letter: RaciLetter = "A";
 * ```
 * @category Collaboration
 */
export type RaciLetter = "R" | "A" | "C" | "I";

/**
 * One row of a RACI matrix: a task and, for each person involved, the letters they hold.
 * A person with an empty list is listed but not involved.
 *
 * @example
 * ```ts
 * const task: RaciTask = { id: "renewal-acme", roles: { li: ["A"], wang: ["R"], legal: ["C"], finance: ["I"] } };
 * ```
 * @category Collaboration
 */
export interface RaciTask {
  /** Unique within the matrix. */
  readonly id: string;
  /** Letters by person id. */
  readonly roles: { readonly [personId: string]: readonly RaciLetter[] };
}

/**
 * A RACI matrix: its tasks, in the order the team reads them.
 *
 * @example
 * ```ts
 * const matrix: RaciMatrix = { tasks: [{ id: "t1", roles: { li: ["A", "R"] } }] };
 * ```
 * @category Collaboration
 */
export interface RaciMatrix {
  readonly tasks: readonly RaciTask[];
}

/**
 * The thresholds of {@link validateRaci}; every field is optional and falls back to
 * {@link DEFAULT_RACI_POLICY}.
 *
 * @example
 * ```ts
 * const policy: RaciPolicy = { strict: true, maxConsulted: 4 };
 * ```
 * @category Collaboration
 */
export interface RaciPolicy {
  /**
   * When a task has an accountable person but nobody responsible, the accountable person is
   * taken to do the work (a warning, `raci.implicit-responsible`); in strict mode the task must
   * name its responsible person (an error, `raci.no-responsible`). Default `false`.
   */
  readonly strict?: boolean;
  /** Most people consulted on one task before `raci.too-many-consulted`; default 3 **[HEURISTIC]**. */
  readonly maxConsulted?: number;
  /**
   * A person responsible for more than this share of a matrix's tasks is overloaded
   * (`raci.overloaded`); a number in [0, 1], read as the exact decimal it shows; default 0.5
   * **[HEURISTIC]**.
   */
  readonly overloadShare?: number;
  /** The overload check applies to matrices with at least this many tasks; default 4 **[HEURISTIC]**. */
  readonly overloadMinTasks?: number;
}

/**
 * One member's workload: a non-negative amount in any unit the team uses (hours, accounts,
 * open deals), the same unit for everyone, and optionally the member's capacity in that unit.
 *
 * @example
 * ```ts
 * const load: MemberLoad = { memberId: "wang", load: 46, capacity: 40 };
 * ```
 * @category Collaboration
 */
export interface MemberLoad {
  /** Unique within the list. */
  readonly memberId: string;
  /** At least 0 and at most 10^15. */
  readonly load: number;
  /** At least 0 and at most 10^15; 0 means the member has no capacity (on leave). */
  readonly capacity?: number;
}

/**
 * The thresholds of {@link workloadBalance}; every field is optional and falls back to
 * {@link DEFAULT_WORKLOAD_POLICY}.
 *
 * @example
 * ```ts
 * const policy: WorkloadPolicy = { heavyFactor: 2 };
 * ```
 * @category Collaboration
 */
export interface WorkloadPolicy {
  /**
   * A member whose load is more than this many times the team mean is named in a
   * `workload.heavy` finding; a number of at least 1, read as the exact decimal it shows;
   * default 1.5 **[HEURISTIC]**.
   */
  readonly heavyFactor?: number;
}

/**
 * A member's load against their capacity.
 *
 * @example
 * ```ts
 * const row: MemberUtilisation = { memberId: "wang", load: 46, capacity: 40, utilisation: 1.15 };
 * ```
 * @category Collaboration
 */
export interface MemberUtilisation {
  readonly memberId: string;
  readonly load: number;
  readonly capacity: number;
  /** `load ÷ capacity`; `null` when the capacity is 0. */
  readonly utilisation: number | null;
}

/**
 * How evenly work is spread over a team ({@link workloadBalance}). The three indices are
 * `null` for an empty team; each is a single rounding (or two, for `cv`) of an exact value.
 *
 * @example
 * ```ts
 * const report: WorkloadReport = workloadBalance([{ memberId: "a", load: 7 }]);
 * report.balanceIndex; //=> 1
 * ```
 * @category Collaboration
 */
export interface WorkloadReport {
  /** Members counted. */
  readonly n: number;
  /** Sum of the loads. */
  readonly totalLoad: number;
  /** `totalLoad ÷ n`; `null` for an empty team. */
  readonly meanLoad: number | null;
  /** The largest load; `null` for an empty team. */
  readonly maxLoad: number | null;
  /** `mean ÷ max`, in (0, 1]: 1 is perfectly even, 0.5 sharply uneven; 1 when every load is 0. */
  readonly balanceIndex: number | null;
  /** Coefficient of variation: population standard deviation ÷ mean; 0 when every load is 0. */
  readonly cv: number | null;
  /** Gini coefficient `Σ|xᵢ − xⱼ| (ordered pairs) ÷ (2 n² mean)`, in [0, 1 − 1/n]; 0 when every load is 0. */
  readonly gini: number | null;
  /** Load against capacity, for the members whose capacity is given (in input order). */
  readonly utilisation: {
    /** `Σ load ÷ Σ capacity` over those members; `null` when none has a capacity above 0. */
    readonly overall: number | null;
    readonly members: readonly MemberUtilisation[];
  };
  /** Ids of the members whose load exceeds their capacity, in input order. */
  readonly overloaded: readonly string[];
  /** Notes for the manager: who carries the most, who is over capacity, an empty or idle team. */
  readonly findings: readonly Finding<CollaborationFindingCode>[];
  /** How the three indices were computed (no steps for an empty team). */
  readonly explanation: Explanation;
}
