import type { CatalogFor } from "../../core/messages/types.js";
import type { ExpectationFindingCode } from "../codes.js";

/**
 * English messages of the expectations module.
 *
 * @example
 * ```ts
 * typeof expectationsMessagesEn["expectations.no-charter"]; //=> "string"
 * ```
 * @category Messages
 */
export const expectationsMessagesEn = Object.freeze({
  "expectations.not-acknowledged": (p, text) =>
    `${text("memberId")} has not acknowledged version ${text("version")} of the ${text("roleId")} charter${p["since"] === undefined ? "" : `, owed since ${text("since")} (${text("days")} days)`}. Go through it together in the next 1:1.`,
  "expectations.outdated-acknowledgement": (p, text) =>
    `${text("memberId")} acknowledged version ${text("acknowledgedVersion")} of the ${text("roleId")} charter, but version ${text("version")} is in force${p["since"] === undefined ? "" : ` since ${text("since")}`}. Walk them through what changed.`,
  "expectations.no-charter": "The role “{roleId}” has no charter: write down what the role is expected to do.",
  "expectations.charter-empty": "Version {version} of the {roleId} charter lists no responsibilities.",
  "expectations.responsibility-unmeasured": "Responsibility “{id}” names no metric, so nobody can tell whether it is met.",
} satisfies CatalogFor<ExpectationFindingCode>);
