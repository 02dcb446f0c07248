/**
 * Codes of the culture module's findings.
 * @module
 */

/**
 * Every finding the culture module raises.
 *
 * @example
 * ```ts
 * const codes: CultureFindingCode[] = [];
 * ```
 * @category Culture
 */
export type CultureFindingCode = never;

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
