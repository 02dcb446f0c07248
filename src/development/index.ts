/**
 * `team-playbook/development` (培训与发展).
 *
 * @module development
 */
export type { DevelopmentExplanationCode, DevelopmentFindingCode } from "./codes.js";
export { developmentMessagesEn } from "./messages/en.js";
export { developmentMessagesZhCN } from "./messages/zh-CN.js";
