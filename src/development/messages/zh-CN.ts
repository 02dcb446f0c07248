import type { CatalogFor } from "../../core/messages/types.js";
import type { DevelopmentExplanationCode, DevelopmentFindingCode } from "../codes.js";

/**
 * 培训与发展模块的中文消息。Simplified Chinese messages of the development module.
 *
 * @example
 * ```ts
 * typeof developmentMessagesZhCN; //=> "object"
 * ```
 * @category Messages
 */
export const developmentMessagesZhCN = Object.freeze({} satisfies CatalogFor<DevelopmentFindingCode | DevelopmentExplanationCode>);
