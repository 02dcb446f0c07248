import type { CatalogFor } from "../../core/messages/types.js";
import type { CultureExplanationCode, CultureFindingCode } from "../codes.js";

/**
 * English messages of the culture module.
 *
 * @example
 * ```ts
 * typeof cultureMessagesEn; //=> "object"
 * ```
 * @category Messages
 */
export const cultureMessagesEn = Object.freeze({} satisfies CatalogFor<CultureFindingCode | CultureExplanationCode>);
