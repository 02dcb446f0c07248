import type { CatalogFor } from "../../core/messages/types.js";
import type { CultureExplanationCode, CultureFindingCode } from "../codes.js";

/**
 * English messages of the culture module.
 *
 * @example
 * ```ts
 * typeof cultureMessagesEn["culture.participation.low"]; //=> "string"
 * ```
 * @category Messages
 */
export const cultureMessagesEn = Object.freeze({
  "culture.participation.low":
    "Only {responded} of {invited} people answered ({percent}%, under {limitPercent}%): results this thin may not speak for the group; remind people and tell them what happened after the last survey.",
  "culture.participation.hidden": "The group has {invited} people, fewer than {min}: its response rate is not shown, so nobody can tell who answered.",
  "culture.value.never-recognised": (_p, text) =>
    `Nobody was recognised for “${text("name")}” between ${text("start")} and ${text("end")}: either the value is not lived, or people do not see it when it is. Point out an example in the next team meeting.`,
} satisfies CatalogFor<CultureFindingCode | CultureExplanationCode>);
