/**
 * `team-playbook/collaboration` (促进团队协作).
 *
 * @module collaboration
 */
export type { CollaborationExplanationCode, CollaborationFindingCode } from "./codes.js";
export { collaborationMessagesEn } from "./messages/en.js";
export { collaborationMessagesZhCN } from "./messages/zh-CN.js";
