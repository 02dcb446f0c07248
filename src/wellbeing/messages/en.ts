import type { CatalogFor } from "../../core/messages/types.js";
import type { WellbeingExplanationCode, WellbeingFindingCode } from "../codes.js";

/**
 * English messages of the wellbeing module.
 *
 * @example
 * ```ts
 * typeof wellbeingMessagesEn; //=> "object"
 * ```
 * @category Messages
 */
export const wellbeingMessagesEn = Object.freeze({} satisfies CatalogFor<WellbeingFindingCode | WellbeingExplanationCode>);
