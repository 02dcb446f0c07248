import type { CatalogFor } from "../../core/messages/types.js";
import type { CultureExplanationCode, CultureFindingCode } from "../codes.js";

/**
 * 建立团队文化模块的中文消息。Simplified Chinese messages of the culture module.
 *
 * @example
 * ```ts
 * typeof cultureMessagesZhCN; //=> "object"
 * ```
 * @category Messages
 */
export const cultureMessagesZhCN = Object.freeze({} satisfies CatalogFor<CultureFindingCode | CultureExplanationCode>);
