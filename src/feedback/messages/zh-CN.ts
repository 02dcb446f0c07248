import type { CatalogFor } from "../../core/messages/types.js";
import type { FeedbackExplanationCode, FeedbackFindingCode } from "../codes.js";

const FIELDS: Readonly<Record<string, string>> = { situation: "情境", behavior: "行为", impact: "影响", request: "建议" };

/**
 * 反馈模块的中文消息。Simplified Chinese messages of the feedback module.
 *
 * @example
 * ```ts
 * typeof feedbackMessagesZhCN["feedback.stale"]; //=> "string"
 * ```
 * @category Messages
 */
export const feedbackMessagesZhCN = Object.freeze({
  "feedback.sbi.missing-situation": "反馈 {id} 没写清楚是在什么场合发生的：请点明是哪次会议、哪通电话或哪次拜访。",
  "feedback.sbi.missing-behavior": "反馈 {id} 没有描述对方具体做了什么、说了什么：请写看得见的行为，而不是你的推断。",
  "feedback.sbi.missing-impact": "反馈 {id} 没有说明这个行为带来了什么影响：对客户、对团队或对你造成了什么结果。",
  "feedback.constructive.no-request": "改进型反馈 {id} 没有提出下次该怎么做：补一条具体、可执行的建议。",
  "feedback.personal-judgement": (p, text) =>
    `反馈 ${text("id")} 的“${FIELDS[String(p["field"])] ?? text("field")}”部分用“${text("word")}”来评价人：请描述对方做了什么，而不是给人贴标签。`,
  "feedback.stale": "反馈 {id} 在事情发生（{occurredOn}）{days} 天后才给出，超过了 {limit} 天：趁印象还清楚的时候及时反馈。",
  "feedback.balance.no-constructive": "{start} 至 {end} 共有 {praise} 条表扬，没有改进型反馈，无法计算比例。（比例只作参考，不设达标线。）",
  "feedback.balance.no-feedback": "{start} 至 {end} 没有任何反馈记录。",
  "feedback.nudge.first-praise": (p, text) =>
    `${text("memberId")}${p["startDate"] === undefined ? "" : ` 自 ${text("startDate")} 入职以来`}还没有得到过 ${text("managerId")} 的表扬：找一件具体的事情，当着团队的面肯定一下。`,
  "feedback.nudge.praise-gap": "{managerId} 上次表扬 {memberId} 是在 {since}，已经过去 {days} 天：找一件具体的事情，公开肯定一下。",
} satisfies CatalogFor<FeedbackFindingCode | FeedbackExplanationCode>);
