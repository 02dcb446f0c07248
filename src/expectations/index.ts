/**
 * `team-playbook/expectations`: role charters in versions, and who has acknowledged the one in
 * force (practice 1, 明确目标与期望: everyone knows what their role expects).
 *
 * @module expectations
 */
export type { ExpectationFindingCode } from "./codes.js";
export type { Acknowledgement, AcknowledgementReport, AcknowledgementRow, AcknowledgementState, Responsibility, RoleCharter, RoleHolder } from "./types.js";
export { charterAcknowledgements, checkCharter } from "./acknowledgements.js";
export { expectationsMessagesEn } from "./messages/en.js";
export { expectationsMessagesZhCN } from "./messages/zh-CN.js";
export {
  AcknowledgementSchema,
  ResponsibilitySchema,
  RoleCharterSchema,
  RoleHolderSchema,
  parseRoleCharter,
  safeParseRoleCharter,
} from "./schema.js";
