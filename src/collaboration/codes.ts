/**
 * Codes of the collaboration module's findings.
 * @module
 */

/**
 * Every finding the collaboration module raises.
 *
 * @example
 * ```ts
 * const codes: CollaborationFindingCode[] = [];
 * ```
 * @category Collaboration
 */
export type CollaborationFindingCode = never;

/**
 * Codes of the steps in collaboration explanations (none yet).
 *
 * @example
 * ```ts
 * const codes: CollaborationExplanationCode[] = [];
 * ```
 * @category Collaboration
 */
export type CollaborationExplanationCode = never;
