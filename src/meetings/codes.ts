/**
 * Codes of the meetings module's findings.
 * @module
 */

/**
 * Every finding the meetings module raises.
 *
 * @example
 * ```ts
 * const code: MeetingFindingCode = "meetings.one-on-one.overdue";
 * ```
 * @category Meetings
 */
export type MeetingFindingCode = "meetings.one-on-one.overdue" | "meetings.one-on-one.never-held" | "meetings.team.overdue" | "meetings.team.never-held" | "meetings.action-item.overdue";

/**
 * Codes of the steps in meeting explanations (none yet).
 *
 * @example
 * ```ts
 * const codes: MeetingExplanationCode[] = [];
 * ```
 * @category Meetings
 */
export type MeetingExplanationCode = never;
