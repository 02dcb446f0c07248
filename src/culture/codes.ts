/**
 * Codes of the culture module's findings.
 * @module
 */

/**
 * Every finding the culture module raises.
 *
 * @example
 * ```ts
 * const code: CultureFindingCode = "culture.participation.low";
 * ```
 * @category Culture
 */
export type CultureFindingCode = "culture.participation.low" | "culture.participation.hidden" | "culture.value.never-recognised";

/**
 * Codes of the steps in culture explanations (none yet).
 *
 * @example
 * ```ts
 * const codes: CultureExplanationCode[] = [];
 * ```
 * @category Culture
 */
export type CultureExplanationCode = never;
