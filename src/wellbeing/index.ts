/**
 * `team-playbook/wellbeing` (保持团队积极性).
 *
 * @module wellbeing
 */
export type { WellbeingExplanationCode, WellbeingFindingCode } from "./codes.js";
export { wellbeingMessagesEn } from "./messages/en.js";
export { wellbeingMessagesZhCN } from "./messages/zh-CN.js";
