/**
 * Codes of the collaboration module's findings and explanation steps.
 * @module
 */

/**
 * Every finding the collaboration module raises: RACI matrix checks (`raci.*`, from
 * {@link validateRaci}) and workload notes for the manager (`workload.*`, from
 * {@link workloadBalance}).
 *
 * @example
 * ```ts
 * const code: CollaborationFindingCode = "raci.no-accountable";
 * ```
 * @category Collaboration
 */
export type CollaborationFindingCode =
  | "raci.no-accountable"
  | "raci.multiple-accountable"
  | "raci.no-responsible"
  | "raci.implicit-responsible"
  | "raci.multiple-letters"
  | "raci.too-many-consulted"
  | "raci.overloaded"
  | "workload.no-members"
  | "workload.no-load"
  | "workload.heavy"
  | "workload.over-capacity";

/**
 * Codes of the steps in the explanation of a {@link WorkloadReport}.
 *
 * @example
 * ```ts
 * const code: CollaborationExplanationCode = "workload.gini";
 * ```
 * @category Collaboration
 */
export type CollaborationExplanationCode = "workload.balance-index" | "workload.cv" | "workload.gini";
