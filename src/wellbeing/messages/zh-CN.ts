import type { CatalogFor } from "../../core/messages/types.js";
import type { WellbeingExplanationCode, WellbeingFindingCode } from "../codes.js";

/**
 * 保持团队积极性模块的中文消息。Simplified Chinese messages of the wellbeing module.
 *
 * @example
 * ```ts
 * typeof wellbeingMessagesZhCN; //=> "object"
 * ```
 * @category Messages
 */
export const wellbeingMessagesZhCN = Object.freeze({} satisfies CatalogFor<WellbeingFindingCode | WellbeingExplanationCode>);
