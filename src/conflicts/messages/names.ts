/**
 * Names of the shipped workflows' states, events and outcomes, for messages.
 * @module
 * @internal
 */
import type { MessageParams } from "../../core/messages/types.js";
import { GRIEVANCE_NAMES_ZH } from "./grievance-names.js";

/** Chinese names of states, events and outcomes; unknown names are shown as they are. @internal */
export const NAMES_ZH: Readonly<Record<string, string>> = Object.freeze({
  // default workflow: states
  reported: "已上报",
  triaged: "已分派",
  "in-conversation": "沟通中",
  "in-mediation": "调解中",
  agreed: "已达成协议",
  "on-hold": "暂停中",
  closed: "已结案",
  // events
  report: "上报",
  triage: "分派处理人",
  "start-conversation": "安排当面沟通",
  "start-mediation": "启动调解",
  "record-agreement": "记录协议",
  "follow-up": "回访",
  escalate: "升级处理",
  "close-no-action": "不予处理并结案",
  withdraw: "撤回",
  suspend: "暂停",
  resume: "恢复",
  restrict: "设为受限",
  "add-witnesses": "登记证人",
  agreement: "达成协议",
  // commission-dispute workflow
  raised: "已提出",
  "in-review": "复核中",
  adjusted: "已调整",
  upheld: "维持原结果",
  "in-appeal": "申诉中",
  "start-review": "开始复核",
  adjust: "调整金额",
  uphold: "维持原结果",
  accept: "接受结果",
  appeal: "申诉",
  "decide-appeal": "申诉裁定",
  tick: "检查时限",
  "appeal-adjusted": "申诉后调整",
  "appeal-upheld": "申诉后维持",
  // outcomes
  resolved: "已解决",
  withdrawn: "已撤回",
  escalated: "已升级",
  "no-action": "不予处理",
  ...GRIEVANCE_NAMES_ZH,
});

/** English names: the workflow's own names with hyphens as spaces. @internal */
export function nameEn(p: MessageParams, key: string): string {
  return String(p[key] ?? "").replace(/-/g, " ");
}

/** Chinese names, falling back to the workflow's own name. @internal */
export function nameZh(p: MessageParams, key: string, extra: Readonly<Record<string, string>> = {}): string {
  const raw = String(p[key] ?? "");
  return extra[raw] ?? NAMES_ZH[raw] ?? raw;
}
