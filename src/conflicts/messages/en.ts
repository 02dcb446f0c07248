import type { CatalogFor } from "../../core/messages/types.js";
import type { ConflictExplanationCode, ConflictFindingCode } from "../codes.js";
import { nameEn } from "./names.js";
import { conflictAdviceMessagesEn } from "./advice-en.js";
import { grievanceMessagesEn } from "./grievance-en.js";

/**
 * English messages of the conflicts module.
 *
 * @example
 * ```ts
 * typeof conflictsMessagesEn["conflict.case-closed"]; //=> "function"
 * ```
 * @category Messages
 */
export const conflictsMessagesEn = Object.freeze({
  "conflict.transition-not-allowed": (p) =>
    p["state"] === "" || p["state"] === undefined
      ? `A case starts with a report; “${nameEn(p, "event")}” cannot come first.`
      : `“${nameEn(p, "event")}” is not possible while the case is ${nameEn(p, "state")}.`,
  "conflict.case-closed": (p) => `The case is closed${p["outcome"] ? ` (${nameEn(p, "outcome")})` : ""}: it accepts nothing more. Open a new case if the conflict is back.`,
  "conflict.handler-is-party": "{value} is a party to this conflict and cannot handle it: choose someone neutral.",
  "conflict.mediator-not-impartial": (p, text) =>
    p["event"] === "offer-mediation"
      ? `${text("value")} cannot mediate: a mediator is impartial, neither a party, nor the complainant, nor the manager handling the grievance.`
      : `${text("value")} cannot mediate: a mediator is neither a party nor the person who reported the case.`,
  "conflict.consent-required": (p, text) =>
    `Mediation is voluntary: every party must consent before it starts${p["value"] === undefined ? " (no one has consented yet)" : ` (so far: ${text("value")})`}.`,
  "conflict.agreement-incomplete": "An agreement needs every party to agree and at least one action with an owner and a due date.",
  "conflict.route-not-allowed": (p) =>
    p["event"] === "close-no-action"
      ? "Only a low-severity case can be closed without action."
      : `This case cannot go to “${nameEn(p, "event")}”: harassment, discrimination and critical cases are escalated, not talked through informally.`,
  "conflict.not-reporter": "Only the person who reported the case can withdraw it.",
  "conflict.reason-required": (p) => `“${nameEn(p, "event")}” needs a reason.`,
  "conflict.time-went-backwards": "This event ({at}) is earlier than the case's last event ({last}): record events in the order they happened.",
  "conflict.actor-not-allowed": (p, text) => `${text("actorId")} may not “${nameEn(p, "event")}” on this case.`,
  "dispute.appeal-window-closed": "The window to appeal closed on {due}: the decision stands. HR can still agree to hear a late appeal as a new dispute.",
  "dispute.amount-required": "Adjusting a statement line needs the amount of the adjustment.",
  "dispute.reviewer-not-independent": "{value} cannot decide the appeal: the appeal goes to someone who is neither the payee nor the first reviewer.",
  ...conflictAdviceMessagesEn,
  ...grievanceMessagesEn,
} satisfies CatalogFor<ConflictFindingCode | ConflictExplanationCode>);
