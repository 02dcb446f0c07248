/**
 * Codes of the expectations module's findings.
 * @module
 */

/**
 * Every finding the expectations module raises.
 *
 * @example
 * ```ts
 * const code: ExpectationFindingCode = "expectations.not-acknowledged";
 * ```
 * @category Expectations
 */
export type ExpectationFindingCode =
  | "expectations.not-acknowledged"
  | "expectations.outdated-acknowledgement"
  | "expectations.no-charter"
  | "expectations.charter-empty"
  | "expectations.responsibility-unmeasured";
