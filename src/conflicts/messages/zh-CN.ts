import type { CatalogFor } from "../../core/messages/types.js";
import type { ConflictExplanationCode, ConflictFindingCode } from "../codes.js";
import { nameZh } from "./names.js";
import { conflictAdviceMessagesZhCN } from "./advice-zh-CN.js";
import { grievanceMessagesZhCN } from "./grievance-zh-CN.js";

/**
 * 冲突处理模块的中文消息。Simplified Chinese messages of the conflicts module.
 *
 * @example
 * ```ts
 * typeof conflictsMessagesZhCN["conflict.case-closed"]; //=> "function"
 * ```
 * @category Messages
 */
export const conflictsMessagesZhCN = Object.freeze({
  "conflict.transition-not-allowed": (p) =>
    p["state"] === "" || p["state"] === undefined
      ? `案件要先上报，不能一开始就“${nameZh(p, "event")}”。`
      : `案件目前处于“${nameZh(p, "state")}”，不能“${nameZh(p, "event")}”。`,
  "conflict.case-closed": (p) => `案件已结案${p["outcome"] ? `（${nameZh(p, "outcome")}）` : ""}，不再受理任何操作；如果矛盾又出现，请重新立案。`,
  "conflict.handler-is-party": "{value} 是这起冲突的当事人，不能负责处理，请换一位中立的处理人。",
  "conflict.mediator-not-impartial": (p, text) =>
    p["event"] === "offer-mediation"
      ? `${text("value")} 不能担任调解人：调解人必须中立，不能是当事人、申诉人，也不能是负责处理这起申诉的经理。`
      : `${text("value")} 不能担任调解人：调解人既不能是当事人，也不能是上报人。`,
  "conflict.consent-required": (p, text) => `调解必须双方自愿：所有当事人都同意后才能开始${p["value"] === undefined ? "（目前还没有人同意）" : `（目前同意的：${text("value")}）`}。`,
  "conflict.agreement-incomplete": "协议要所有当事人都确认，并且至少有一项写明负责人和完成日期的行动。",
  "conflict.route-not-allowed": (p) =>
    p["event"] === "close-no-action"
      ? "只有严重程度为“低”的案件才能不予处理直接结案。"
      : `这个案件不能“${nameZh(p, "event")}”：涉及骚扰、歧视或情节严重的案件要升级处理，不能私下沟通了事。`,
  "conflict.not-reporter": "只有上报人本人才能撤回案件。",
  "conflict.reason-required": (p) => `“${nameZh(p, "event")}”需要写明理由。`,
  "conflict.time-went-backwards": "这条记录的时间（{at}）早于案件的上一条记录（{last}），请按实际发生的先后顺序记录。",
  "conflict.actor-not-allowed": (p, text) => `${text("actorId")} 无权对这个案件“${nameZh(p, "event")}”。`,
  "dispute.appeal-window-closed": "申诉期已于 {due} 截止，原处理结果维持不变；确有特殊情况的，可由人力资源部另行受理。",
  "dispute.amount-required": "调整提成需要写明调整的金额。",
  "dispute.reviewer-not-independent": "{value} 不能处理这次申诉：申诉须由既不是当事销售、也没参与首次复核的人来决定。",
  ...conflictAdviceMessagesZhCN,
  ...grievanceMessagesZhCN,
} satisfies CatalogFor<ConflictFindingCode | ConflictExplanationCode>);
