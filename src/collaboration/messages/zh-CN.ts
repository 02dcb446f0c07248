import type { CatalogFor } from "../../core/messages/types.js";
import type { CollaborationExplanationCode, CollaborationFindingCode } from "../codes.js";

/**
 * 促进团队协作模块的中文消息。Simplified Chinese messages of the collaboration module.
 *
 * @example
 * ```ts
 * typeof collaborationMessagesZhCN; //=> "object"
 * ```
 * @category Messages
 */
export const collaborationMessagesZhCN = Object.freeze({} satisfies CatalogFor<CollaborationFindingCode | CollaborationExplanationCode>);
