import type { CatalogFor } from "../../core/messages/types.js";
import type { PerformanceExplanationCode, PerformanceFindingCode } from "../codes.js";

const PART: Record<string, string> = { goal: "目标得分", manager: "上级评分", self: "自评", peers: "同事反馈" };

/**
 * 绩效模块的中文消息。Simplified Chinese messages of the performance module.
 *
 * @example
 * ```ts
 * typeof performanceMessagesZhCN["performance.kpi.missing-actual"]; //=> "string"
 * ```
 * @category Messages
 */
export const performanceMessagesZhCN = Object.freeze({
  "performance.kpi.missing-actual": "指标“{kpiId}”没有实际值，因此不计分（不是按 0 分算）。",
  "performance.kpi.below-bands": "指标“{kpiId}”：{value} 低于最低一档，得 0 分。",
  "performance.scorecard.missing-kpi": (p, text) =>
    p["mode"] === "zero"
      ? `${text("kpis")} 没有实际值，按计分卡的设置记为 0 分。`
      : `${text("kpis")} 没有实际值，暂不计入，其余指标的权重按比例放大。请在评估前补齐数据。`,
  "performance.scorecard.no-kpi-counted": "计分卡“{scorecardId}”的指标都没有实际值，无法计算总分。",
  "performance.scorecard.below-scale": "总分 {total} 低于最低评级档（{min}）。",
  "performance.review.missing-part": (p) =>
    `缺少${PART[String(p["part"])] ?? String(p["part"])}：${p["mode"] === "zero" ? "按 0 分计入" : "暂不计入，其余部分按比例加权"}。`,
  "performance.cycle.no-self-assessment": "有 {count} 人还没有提交自评：{members}。",
  "performance.cycle.no-goals": "有 {count} 人在本考核周期没有设定目标：{members}。",
  "performance.cycle.no-feedback": "有 {count} 人在本考核周期还没有收到任何反馈：{members}。",
  "performance.calibration.small-group": "团队只有 {n} 人（不足 {min} 人），强制分布只作参考，不宜硬套。",
  "performance.calibration.over-quota": "评级 {rating} 给了 {count} 人，超过名额 {quota} 人。",
  "performance.calibration.under-quota": "评级 {rating} 给了 {count} 人，少于名额 {quota} 人。",
  "performance.rater.no-spread": "{raterId} 给 {n} 个人打的分都一样（{mean}），看不出谁做得更好。",
  "performance.rater.lenient": "{raterId} 打分偏松：平均 {mean}，整体平均 {pooledMean}。校准时请对照具体事例。",
  "performance.rater.strict": "{raterId} 打分偏严：平均 {mean}，整体平均 {pooledMean}。校准时请对照具体事例。",
  "performance.rater.central-tendency": "{raterId} 的评分过于集中（离散度 {sd}，一般评分人为 {pooledSd}），优秀和落后的同事可能都没有被区分出来。",
  "performance.trend.declining": "{memberId} 的得分呈下降趋势（平均每期变化 {slope} 分，从 {first} 到 {last}）。",
  "performance.trend.consecutive-declines": "{memberId} 的得分已连续 {declines} 期下滑（从 {first} 到 {last}）。建议在下次一对一面谈时聊一聊，一起定个改进计划。",
  "performance.improve.kpi-gap": "“{kpiId}”得分 {score}，达标应为 {targetScore}，拉低总分 {cost} 分。先定一项改进措施，执行后下期复盘数字，有效就固化，无效再调整。",
  "performance.kpi.interpolate": "{kpiId}：{actual} 介于 {loValue}（{loScore} 分）和 {hiValue}（{hiScore} 分）之间 → {result} 分。",
  "performance.kpi.below-threshold": "{kpiId}：{actual} 未达到门槛值 {threshold} → 0 分。",
  "performance.kpi.capped": "{kpiId}：{actual} 已达到或超过封顶值 {cap} → {result} 分。",
  "performance.kpi.band": "{kpiId}：{value} 落在 {result} 分这一档。",
  "performance.scorecard.total": "总分 = Σ 权重 × 得分 ÷ Σ 权重 = {weighted} ÷ {weights} = {result}（计入 {of} 项中的 {counted} 项）。",
  "performance.scorecard.rating": "总分 {total} 落在评级 {result} 这一档。",
  "performance.review.final": "最终得分 = Σ 权重 × 各部分得分 ÷ Σ 权重 = {weighted} ÷ {weights} = {result}。",
} satisfies CatalogFor<PerformanceFindingCode | PerformanceExplanationCode>);
