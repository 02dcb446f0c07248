import type { CatalogFor } from "../../core/messages/types.js";
import type { MeetingExplanationCode, MeetingFindingCode } from "../codes.js";

/**
 * English messages of the meetings module.
 *
 * @example
 * ```ts
 * typeof meetingsMessagesEn["meetings.one-on-one.overdue"]; //=> "string"
 * ```
 * @category Messages
 */
export const meetingsMessagesEn = Object.freeze({
  "meetings.one-on-one.overdue": "The {cadence} one-on-one with {memberId} was due on {due} (last held {last}): {days} days overdue.",
  "meetings.one-on-one.never-held": (p, text) =>
    `${text("memberId")} has never had a one-on-one${p["since"] === undefined ? "" : ` since starting on ${text("since")}`}: book the first one${Number(p["days"]) > 0 ? ` (${text("days")} days overdue)` : ""}.`,
  "meetings.team.overdue": "The {cadence} team meeting was due on {due} (last held {last}): {days} days overdue.",
  "meetings.team.never-held": "No {cadence} team meeting has been held yet: put the first one in the calendar.",
  "meetings.action-item.overdue": "Action item “{description}” ({ownerId}) was due on {due}: {days} days overdue. It stays on the agenda until done.",
} satisfies CatalogFor<MeetingFindingCode | MeetingExplanationCode>);
