import type { CatalogFor } from "../../core/messages/types.js";
import type { CollaborationExplanationCode, CollaborationFindingCode } from "../codes.js";

/**
 * 促进团队协作模块的中文消息。Simplified Chinese messages of the collaboration module.
 *
 * @example
 * ```ts
 * typeof collaborationMessagesZhCN["raci.no-accountable"]; //=> "string"
 * ```
 * @category Messages
 */
export const collaborationMessagesZhCN = Object.freeze({
  "raci.no-accountable": "任务 {taskId} 没有最终负责人（A）：请明确一位对结果负责、最后拍板的人。",
  "raci.multiple-accountable": "任务 {taskId} 有 {count} 位最终负责人（A）：{members}。只能留一位，其他人可以改为执行（R）或咨询（C）。",
  "raci.no-responsible": "任务 {taskId} 没有执行人（R）：没人干活的任务只是愿望，不是计划。请指定具体干活的人。",
  "raci.implicit-responsible": "任务 {taskId} 没有标出执行人（R），默认由最终负责人 {memberId} 亲自执行；如果确实如此，请把 TA 同时标为 A 和 R。",
  "raci.multiple-letters": "{memberId} 在任务 {taskId} 上同时是 {letters}：除了 A 兼 R 之外，每人在一个任务上只担一个角色，请定下 TA 到底是哪一个。",
  "raci.too-many-consulted": "任务 {taskId} 要征求 {count} 个人的意见（{members}），超过了 {limit} 人：咨询的人越多，决策越慢，可以把一部分人改为知会（I）。",
  "raci.overloaded": "{memberId} 负责执行 {of} 个任务中的 {count} 个（{percent}%，超过 {limitPercent}%）：考虑把部分工作分给其他人，或确认这样安排是否现实。",
  "workload.no-members": "没有提供成员数据，无法比较工作量。",
  "workload.no-load": "{count} 位成员的工作量都是 0：按均衡处理，但请确认数据是否已经更新。",
  "workload.heavy": "{memberId} 承担了团队总工作量 {totalLoad} 中的 {load}（占 {percent}%），是人均 {mean} 的 {ratio} 倍：看看能否分一部分给其他同事。",
  "workload.over-capacity": (p, text) =>
    p["percent"] === undefined
      ? `${text("memberId")} 这段时间没有可用产能（${text("capacity")}），却分到了 ${text("load")} 的工作量：请改派给其他人。`
      : `${text("memberId")} 的工作量 ${text("load")} 超出了 TA 的产能 ${text("capacity")}（利用率 ${text("percent")}%）：减掉一些任务，或者把截止时间往后调。`,
  "workload.balance-index": "负载均衡指数 = 人均工作量 {mean} ÷ 最高工作量 {max} = {result}（1 表示完全均衡）。",
  "workload.cv": "变异系数 = 标准差 {sd} ÷ 人均工作量 {mean} = {result}。",
  "workload.gini": "基尼系数 = 每两人之间工作量差距之和（双向各算一次）{sumDiffs} ÷（2 × {n}² × 人均工作量 {mean}）= {result}（0 表示完全均衡）。",
} satisfies CatalogFor<CollaborationFindingCode | CollaborationExplanationCode>);
