/**
 * Chinese names of the Acas grievance workflow's states, events and outcomes, for messages.
 * Names it shares with the default workflow (`report`, `triage`, `triaged`, `on-hold`,
 * `closed`, `withdraw`, `suspend`, `resume`, `tick`, `withdrawn`) keep theirs in `names.ts`.
 * @module
 * @internal
 */

/** Chinese names of the grievance workflow's own states, events and outcomes. @internal */
export const GRIEVANCE_NAMES_ZH: Readonly<Record<string, string>> = Object.freeze({
  // acas-grievance workflow: states
  informal: "非正式沟通中",
  submitted: "已提交正式申诉",
  acknowledged: "已受理",
  "mediation-offered": "已提议调解",
  "mediation-separate": "调解单独面谈中",
  "mediation-joint": "调解双方面谈中",
  investigation: "调查中",
  "hearing-scheduled": "已安排申诉会议",
  "hearing-held": "申诉会议已召开",
  decided: "已作出处理决定",
  "appeal-requested": "已申请复议",
  "appeal-scheduled": "已安排复议会议",
  // events
  "resolve-informally": "确认非正式解决",
  "submit-formal": "提交正式申诉",
  acknowledge: "受理申诉",
  "reassign-handler": "更换处理人",
  "offer-mediation": "提议调解",
  "consent-mediation": "同意调解",
  "decline-mediation": "拒绝调解",
  "record-separate-meeting": "记录单独面谈",
  "start-joint": "安排双方面谈",
  "record-mediation-agreement": "记录调解协议",
  "mediation-failed": "调解未成",
  "start-investigation": "启动调查",
  "add-witness": "添加证人",
  "schedule-hearing": "安排申诉会议",
  "request-postponement": "申请会议改期",
  "set-companion": "确定陪同人",
  "record-hearing": "登记申诉会议",
  "issue-decision": "发出处理决定",
  "submit-appeal": "申请复议",
  "accept-late-appeal": "受理逾期复议",
  "schedule-appeal": "安排复议会议",
  "issue-appeal-decision": "发出复议决定",
  "link-disciplinary": "关联纪律处分案件",
  "record-early-conciliation": "登记已启动早期调解",
  "restrict-case": "限制案件查阅",
  // outcomes
  "resolved-informally": "非正式解决",
  "resolved-by-mediation": "调解解决",
  "decided-no-appeal": "已决定（未申请复议）",
  "appeal-decided": "复议已决定",
  "out-of-scope": "不属于申诉范围",
});
