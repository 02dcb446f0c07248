/**
 * The data of meetings, action items and cadence policies.
 * @module
 */
import type { CalendarDate } from "../core/dates.js";

/**
 * Lencioni's four team meetings (Death by Meeting): a daily check-in (5–10 min), a weekly
 * tactical (45–90 min), a monthly strategic (2–4 h) and a quarterly off-site (1–2 days).
 *
 * @example
 * ```ts
 * const t: TeamMeetingType = "weekly-tactical";
 * ```
 * @category Meetings
 */
export type TeamMeetingType = "daily-check-in" | "weekly-tactical" | "monthly-strategic" | "quarterly-off-site";

/**
 * Something someone agreed to do in a meeting. Open items carry forward to the next meeting
 * until they are done; `carriedFrom` names the meeting an item came from.
 *
 * @example
 * ```ts
 * const item: ActionItem = { id: "A", ownerId: "a", description: "给客户A发续约方案", due: "2024-03-08", done: false };
 * ```
 * @category Meetings
 */
export interface ActionItem {
  readonly id: string;
  readonly ownerId: string;
  readonly description: string;
  readonly due?: CalendarDate;
  readonly done: boolean;
  readonly carriedFrom?: string;
}

/**
 * A one-on-one or a team meeting.
 *
 * @example
 * ```ts
 * const m: Meeting = { id: "m1", kind: "one-on-one", date: "2024-03-04", managerId: "mgr", attendeeIds: ["mgr", "a"], durationMinutes: 45 };
 * ```
 * @category Meetings
 */
export interface Meeting {
  readonly id: string;
  readonly kind: "one-on-one" | "team";
  readonly date: CalendarDate;
  readonly managerId?: string;
  readonly attendeeIds: readonly string[];
  readonly agenda?: readonly string[];
  readonly actionItems?: readonly ActionItem[];
  /** Length in minutes; when absent, a default by kind (see the guide). */
  readonly durationMinutes?: number;
  readonly teamMeetingType?: TeamMeetingType;
}

/**
 * How often a cadence repeats.
 *
 * @example
 * ```ts
 * const c: Cadence = "biweekly";
 * ```
 * @category Meetings
 */
export type Cadence = "daily" | "weekly" | "biweekly" | "monthly" | "quarterly";

/**
 * How often one-on-ones and team meetings should happen. Members who have never had a 1:1 are
 * due from their start date in `startDates`, or at once.
 *
 * @example
 * ```ts
 * const policy: CadencePolicy = { oneOnOne: "weekly", team: "weekly", startDates: { newbie: "2024-03-01" } };
 * ```
 * @category Meetings
 */
export interface CadencePolicy {
  readonly oneOnOne: "weekly" | "biweekly" | "monthly";
  readonly team?: Cadence;
  readonly startDates?: { readonly [memberId: string]: CalendarDate };
}
