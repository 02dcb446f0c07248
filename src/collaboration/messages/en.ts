import type { CatalogFor } from "../../core/messages/types.js";
import type { CollaborationExplanationCode, CollaborationFindingCode } from "../codes.js";

/**
 * English messages of the collaboration module.
 *
 * @example
 * ```ts
 * typeof collaborationMessagesEn; //=> "object"
 * ```
 * @category Messages
 */
export const collaborationMessagesEn = Object.freeze({} satisfies CatalogFor<CollaborationFindingCode | CollaborationExplanationCode>);
