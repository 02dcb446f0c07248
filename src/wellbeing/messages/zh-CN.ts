import type { CatalogFor } from "../../core/messages/types.js";
import type { WellbeingExplanationCode, WellbeingFindingCode } from "../codes.js";

/**
 * 保持团队积极性模块的中文消息。Simplified Chinese messages of the wellbeing module.
 *
 * @example
 * ```ts
 * typeof wellbeingMessagesZhCN["wellbeing.hours.long"]; //=> "string"
 * ```
 * @category Messages
 */
export const wellbeingMessagesZhCN = Object.freeze({
  "wellbeing.hours.long": "{memberId} 最近 {weeks} 周平均每周工作 {meanHours} 小时，超过了 {limit} 小时：找时间聊聊工作量，别等人累垮了再说。",
  "wellbeing.hours.after-hours": "{memberId} 最近 {weeks} 周有 {percent}% 的工作时间在下班后，超过了 {limitPercent}%：了解一下是什么让TA晚上和周末还在忙。",
  "wellbeing.leave.none-recently": (p, text) =>
    p["lastLeaveDay"] === undefined
      ? `${text("memberId")} 自 ${text("since")} 起 ${text("days")} 天没有休过假（已满 ${text("months")} 个月）：鼓励TA安排一次像样的休假。`
      : `${text("memberId")} 上次休假是 ${text("lastLeaveDay")}，已经 ${text("days")} 天了（已满 ${text("months")} 个月）：鼓励TA安排一次像样的休假。`,
  "wellbeing.leave.unused": "{memberId} 本假期年度到目前已累计 {accruedDays} 天年假，只休了 {takenDays} 天，还有 {unusedDays} 天没休（达到 {limit} 天）：帮TA找个合适的时间把假休了。",
  "wellbeing.load.over-capacity": "{memberId} 当前工作量 {load}，可承担量 {capacity}（{percent}%）：重新分配一下，或者商量哪些可以往后放。",
  "wellbeing.pulse.exhaustion-high": "{memberId} 在 {date} 的脉搏调查中“精力耗竭”得分 {score}/18（达到 {threshold}）：问问TA最近扛得住吗。这只是提醒你去沟通，不是诊断。",
  "wellbeing.pulse.cynicism-high": "{memberId} 在 {date} 的脉搏调查中“疏离冷漠”得分 {score}/18（达到 {threshold}）：问问TA工作上发生了什么变化。这只是提醒你去沟通，不是诊断。",
  "wellbeing.pulse.efficacy-low": "{memberId} 在 {date} 的脉搏调查中“成就感”得分只有 {score}/18（不高于 {threshold}）：帮TA看到自己的进展，扫清前面的障碍。这只是提醒你去沟通，不是诊断。",
  "wellbeing.pulse.stale": "{memberId} 最近一次脉搏调查是 {date}，已过去 {days} 天（超过 {limit} 天）：在TA重新填写之前，不据此给出提示。",
  "wellbeing.challenge.too-easy": (p, text) =>
    `${text("memberId")} 最近 ${text("periods")} 个周期${p["goalId"] === undefined ? "的目标" : `的目标 ${text("goalId")} `}全部达成（共 ${text("count")} 项结果）：目标可能定得太容易，起不到激励作用，可以考虑设一个跳一跳才够得着的目标。`,
  "wellbeing.challenge.too-hard": (p, text) =>
    `${text("memberId")} 最近 ${text("periods")} 个周期${p["goalId"] === undefined ? "的目标" : `的目标 ${text("goalId")} `}一次都没有达成（共 ${text("count")} 项结果）：目标可能遥不可及，容易让人泄气。重新看看目标定得是否合理，或者给些支持。`,
} satisfies CatalogFor<WellbeingFindingCode | WellbeingExplanationCode>);
