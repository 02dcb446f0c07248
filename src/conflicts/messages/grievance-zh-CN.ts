import type { CatalogFor, MessageParams } from "../../core/messages/types.js";
import type { GrievanceFindingCode } from "../codes.js";

/** `（value）` when the finding names it, nothing otherwise. */
const paren = (p: MessageParams, text: (name: string) => string): string => (p["value"] === undefined ? "" : `（${text("value")}）`);

/**
 * Acas 员工申诉流程的中文消息。Simplified Chinese messages of the Acas grievance workflow.
 *
 * @example
 * ```ts
 * typeof grievanceMessagesZhCN["grievance.not-in-writing"]; //=> "string"
 * ```
 * @category Messages
 */
export const grievanceMessagesZhCN = Object.freeze({
  "grievance.not-in-writing": "正式申诉需要书面提出，并写清楚申诉的事由（发邮件也可以）。可以先按非正式反映登记，或者请员工补交书面材料。",
  "grievance.collective-out-of-scope": "由工会或职工代表代两名及以上员工提出的集体申诉不走本流程，请按集体协议的程序处理。",
  "grievance.handler-is-subject": "{value} 是这起申诉所针对的人，不能负责处理，请另选一位与申诉无关的经理。",
  "grievance.mediation-unavailable-litigation": "员工已经启动早期调解或向劳动法庭起诉，这起争议不再安排调解，请继续按正式申诉程序处理。",
  "grievance.not-a-party": (p, text) =>
    p["value"] === undefined
      ? `${text("actorId")} 不是这起申诉的当事人：只有申诉人和被申诉人才能表态同意或拒绝调解。`
      : `${text("value")} 不是这起申诉的当事人：调解人只和申诉人、被申诉人单独面谈。`,
  "grievance.already-consented": "{actorId} 已经同意过调解了，等所有当事人都同意后就可以开始。",
  "grievance.separate-meetings-incomplete": "调解人要先和每位当事人分别谈过，才能安排双方见面，目前还有人没有谈。",
  "grievance.mediation-agreement-incomplete": "调解协议要所有当事人签字确认，并给每人一份书面文本。",
  "grievance.investigator-not-impartial": "{value} 是这起申诉的当事人或证人，不能负责调查，请换一位与本案无关的人。",
  "grievance.companion-right-not-stated": "会议通知里要写明：员工可以带一名同事或工会代表陪同参加。",
  "grievance.notice-required": (p, text) => `会议时间${paren(p, text)}要在发通知之后，给员工留出准备和约陪同人的时间。`,
  "grievance.companion-not-eligible": (p, text) =>
    `陪同人只能是同事、经认证的工会代表或工会专职人员${p["value"] === undefined ? "" : `，“${text("value")}”不在此列`}；其他人只有作为合理便利安排才可以陪同。`,
  "grievance.postponement-exceeds-5-working-days": (p, text) =>
    `改期后的时间${paren(p, text)}比原定日期晚了 5 个工作日以上，员工申请改期最多只能往后推 5 个工作日。确有需要的，可以由人力资源部重新安排会议时间。`,
  "grievance.postponement-already-used": "员工已经申请过一次改期了，如需再调整，请由处理人或人力资源部重新安排。",
  "grievance.no-confidential-record": "登记会议已召开之前，请先注明会议保密记录的存放位置。",
  "grievance.decision-not-in-writing": "处理结果要以书面形式通知员工。",
  "grievance.decision-missing-appeal-right": "处理结果通知书要写明员工有权申请复议，以及复议的截止时间。",
  "grievance.appeal-not-in-writing": "申请复议需要书面提出，并写明复议理由。",
  "grievance.appeal-window-expired": (p, text) =>
    `${p["due"] === undefined ? "复议申请期限已过" : `复议申请已于 ${text("due")} 截止`}，原处理结果维持不变。如有特殊情况，可由人力资源部写明理由后受理逾期复议。`,
  "grievance.appeal-chair-previously-involved": "{value} 之前参与过这起申诉，不能主持复议，请另选一位没有参与过的经理，尽量找级别更高的。",
  "grievance.small-org-same-manager": "{value} 之前参与过这起申诉，因为没有其他合适人选才由其主持复议：请务必客观公正，并在案卷中说明为什么找不到其他人。",
  "grievance.suspend-note-required": "暂停申诉时请备注在等什么。",
  "grievance.route-not-allowed-for-severity": "情节严重的申诉不适合调解，需要调查后作出处理决定。",
  "grievance.complainant-confirmation-required": "员工本人确认问题已经解决，才能按“非正式解决”结案。",
  "grievance.mediation-not-possible": "本案无法进行调解，继续按正式申诉程序处理。",
} satisfies CatalogFor<GrievanceFindingCode>);
