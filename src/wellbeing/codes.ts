/**
 * Codes of the wellbeing module's findings.
 * @module
 */

/**
 * Every finding the wellbeing module raises.
 *
 * @example
 * ```ts
 * const codes: WellbeingFindingCode[] = [];
 * ```
 * @category Wellbeing
 */
export type WellbeingFindingCode = never;

/**
 * Codes of the steps in wellbeing explanations (none yet).
 *
 * @example
 * ```ts
 * const codes: WellbeingExplanationCode[] = [];
 * ```
 * @category Wellbeing
 */
export type WellbeingExplanationCode = never;
