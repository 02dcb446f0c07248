import type { CatalogFor } from "../../core/messages/types.js";
import type { MeetingExplanationCode, MeetingFindingCode } from "../codes.js";

const CADENCE: Readonly<Record<string, string>> = { daily: "每日", weekly: "每周", biweekly: "双周", monthly: "每月", quarterly: "每季度" };

/**
 * 会议模块的中文消息。Simplified Chinese messages of the meetings module.
 *
 * @example
 * ```ts
 * typeof meetingsMessagesZhCN["meetings.one-on-one.overdue"]; //=> "string"
 * ```
 * @category Messages
 */
export const meetingsMessagesZhCN = Object.freeze({
  "meetings.one-on-one.overdue": (p, text) =>
    `和 ${text("memberId")} 的${CADENCE[String(p["cadence"])] ?? text("cadence")}一对一面谈原定于 ${text("due")}（上次是 ${text("last")}），已推迟 ${text("days")} 天，请尽快约时间。`,
  "meetings.one-on-one.never-held": (p, text) =>
    `${text("memberId")} ${p["since"] === undefined ? "" : `自 ${text("since")} 入职以来`}还没有做过一对一面谈：尽快约第一次${Number(p["days"]) > 0 ? `（已超期 ${text("days")} 天）` : ""}。`,
  "meetings.team.overdue": (p, text) =>
    `${CADENCE[String(p["cadence"])] ?? text("cadence")}团队例会本应在 ${text("due")} 召开（上次是 ${text("last")}），已经拖了 ${text("days")} 天。`,
  "meetings.team.never-held": (p, text) => `还没有开过${CADENCE[String(p["cadence"])] ?? text("cadence")}团队例会：先把第一次排进日程。`,
  "meetings.action-item.overdue": "待办“{description}”（负责人 {ownerId}）截止日是 {due}，已超期 {days} 天；完成之前每次会议都要跟进。",
} satisfies CatalogFor<MeetingFindingCode | MeetingExplanationCode>);
