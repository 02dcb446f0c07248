/**
 * `team-playbook/culture` (建立团队文化).
 *
 * @module culture
 */
export type { CultureExplanationCode, CultureFindingCode } from "./codes.js";
export { cultureMessagesEn } from "./messages/en.js";
export { cultureMessagesZhCN } from "./messages/zh-CN.js";
