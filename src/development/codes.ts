/**
 * Codes of the development module's findings.
 * @module
 */

/**
 * Every finding the development module raises.
 *
 * @example
 * ```ts
 * const codes: DevelopmentFindingCode[] = [];
 * ```
 * @category Development
 */
export type DevelopmentFindingCode = never;

/**
 * Codes of the steps in development explanations (none yet).
 *
 * @example
 * ```ts
 * const codes: DevelopmentExplanationCode[] = [];
 * ```
 * @category Development
 */
export type DevelopmentExplanationCode = never;
