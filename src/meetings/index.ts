/**
 * `team-playbook/meetings`: the rhythm of one-on-ones and team meetings, action items that
 * carry forward until done, and time spent in meetings (practice 2, 定期沟通与反馈).
 *
 * @module meetings
 */
export type { MeetingExplanationCode, MeetingFindingCode } from "./codes.js";
export type { ActionItem, Cadence, CadencePolicy, Meeting, TeamMeetingType } from "./types.js";
export { meetingCadence, type CadenceReport, type MemberCadence, type TeamCadence } from "./cadence.js";
export { carryForwardActionItems, openActionItems, type OpenActionItem } from "./action-items.js";
export { DEFAULT_MEETING_MINUTES, meetingLoad, type MeetingLoadRow } from "./load.js";
export { ActionItemSchema, CadencePolicySchema, MeetingSchema, parseMeetings, safeParseMeetings } from "./schema.js";
export { meetingsMessagesEn } from "./messages/en.js";
export { meetingsMessagesZhCN } from "./messages/zh-CN.js";
