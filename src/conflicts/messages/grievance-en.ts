import type { CatalogFor, MessageParams } from "../../core/messages/types.js";
import type { GrievanceFindingCode } from "../codes.js";

/** `“value”` when the finding names it, nothing otherwise. */
const quoted = (p: MessageParams, text: (name: string) => string, before = " "): string => (p["value"] === undefined ? "" : `${before}“${text("value")}”`);

/**
 * English messages of the Acas grievance workflow.
 *
 * @example
 * ```ts
 * typeof grievanceMessagesEn["grievance.not-in-writing"]; //=> "string"
 * ```
 * @category Messages
 */
export const grievanceMessagesEn = Object.freeze({
  "grievance.not-in-writing":
    "A formal grievance has to be in writing and say what it is about (an email is enough). Record it as an informal concern for now, or ask the employee to put it in writing.",
  "grievance.collective-out-of-scope":
    "A collective grievance raised by a recognised union or workplace representative on behalf of two or more employees is outside this procedure: handle it under the collective agreement.",
  "grievance.handler-is-subject": "{value} is one of the people this grievance is about and cannot handle it: choose a manager who is not the subject of the grievance.",
  "grievance.mediation-unavailable-litigation":
    "Early conciliation or a tribunal claim has started, so mediation is no longer offered in this dispute: continue with the formal procedure.",
  "grievance.not-a-party": (p, text) =>
    p["value"] === undefined
      ? `${text("actorId")} is not a party to this grievance: only the employee who raised it and the people it is about can agree to or decline mediation.`
      : `${text("value")} is not a party to this grievance: the mediator meets only the employee who raised it and the people it is about.`,
  "grievance.already-consented": "{actorId} has already agreed to mediation; it starts once every party has agreed.",
  "grievance.separate-meetings-incomplete": "The mediator meets each party on their own before the joint meeting, and not everyone has been met yet.",
  "grievance.mediation-agreement-incomplete": "A mediation agreement is signed by every party, and each of them gets a written copy.",
  "grievance.investigator-not-impartial": "{value} is a party or a witness in this grievance and cannot investigate it: choose someone who is not involved.",
  "grievance.companion-right-not-stated": "The invitation must tell the employee they may bring a companion: a colleague or a trade union representative.",
  "grievance.notice-required": (p, text) =>
    `The meeting${quoted(p, text, " on ")} must be after the invitation, so that the employee has time to prepare and to arrange a companion.`,
  "grievance.companion-not-eligible": (p, text) =>
    `A companion is a colleague, a certified trade union representative or a union official${quoted(p, text, ", not ")}. Someone else can come only as a reasonable adjustment.`,
  "grievance.postponement-exceeds-5-working-days": (p, text) =>
    `The new time${quoted(
      p,
      text
    )} is more than 5 working days after the day first proposed: the right to a postponement covers 5 working days. HR can still agree to a later date by rescheduling the meeting.`,
  "grievance.postponement-already-used": "The meeting has already been postponed once at the employee's request: any further change is for the handler or HR to reschedule.",
  "grievance.no-confidential-record": "Say where the confidential record of the meeting is kept before recording the meeting.",
  "grievance.decision-not-in-writing": "The decision must be given to the employee in writing.",
  "grievance.decision-missing-appeal-right": "The decision letter must tell the employee that they can appeal, and by when.",
  "grievance.appeal-not-in-writing": "An appeal is made in writing and sets out its grounds.",
  "grievance.appeal-window-expired": (p, text) =>
    `The time to appeal ${p["due"] === undefined ? "has ended" : `ended on ${text("due")}`}, so the decision stands. HR can still accept a late appeal, giving the reason.`,
  "grievance.appeal-chair-previously-involved":
    "{value} has already been involved in this grievance and cannot hear the appeal: choose a manager who was not involved, more senior where possible.",
  "grievance.small-org-same-manager":
    "{value} was involved earlier and hears the appeal because there is no one else: they must deal with it as impartially as they can, and the file should say why no one else could.",
  "grievance.suspend-note-required": "Putting a grievance on hold needs a note of what it is waiting for.",
  "grievance.route-not-allowed-for-severity": "A critical grievance does not go to mediation: it is investigated and decided.",
  "grievance.complainant-confirmation-required": "An informal concern is closed as resolved only when the employee confirms it is resolved.",
  "grievance.mediation-not-possible": "Mediation is not possible in this case: the grievance continues under the formal procedure.",
} satisfies CatalogFor<GrievanceFindingCode>);
