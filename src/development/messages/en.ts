import type { CatalogFor } from "../../core/messages/types.js";
import type { DevelopmentExplanationCode, DevelopmentFindingCode } from "../codes.js";

/**
 * English messages of the development module.
 *
 * @example
 * ```ts
 * typeof developmentMessagesEn; //=> "object"
 * ```
 * @category Messages
 */
export const developmentMessagesEn = Object.freeze({} satisfies CatalogFor<DevelopmentFindingCode | DevelopmentExplanationCode>);
