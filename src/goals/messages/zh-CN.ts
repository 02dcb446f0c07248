import type { CatalogFor } from "../../core/messages/types.js";
import type { GoalExplanationCode, GoalFindingCode } from "../codes.js";

const UNITS: Record<string, string> = { count: "个数（计数）", percent: "百分比（%）", hours: "小时", days: "天", minutes: "分钟", score: "分", CNY: "人民币元", USD: "美元", HKD: "港元", EUR: "欧元" };
const unitName = (unit: unknown): string => UNITS[String(unit)] ?? String(unit);

const STATUS: Record<string, string> = {
  "not-started": "未开始",
  "on-track": "进度正常",
  "at-risk": "有风险",
  "off-track": "明显落后",
  achieved: "已达成",
  missed: "未达成",
  unknown: "无法判断",
};

/**
 * 目标模块的中文消息。Simplified Chinese messages of the goals module.
 *
 * @example
 * ```ts
 * goalsMessagesZhCN["smart.time-bound.no-due"]; //=> "没有截止日期，请写明什么时候完成。"
 * ```
 * @category Messages
 */
export const goalsMessagesZhCN = Object.freeze({
  "smart.specific.no-owner": "这个目标还没有负责人，请指定一位具体负责的同事。",
  "smart.specific.vague": "“{words}”只说了方向，没说要做到什么程度。请补上衡量指标和目标值，比如“续约率从 83% 提升到 92%”。",
  "smart.specific.compound": "这条目标用“{conjunction}”把两件事连在了一起，建议拆成两个目标，分别跟进、分别考核。",
  "smart.specific.empty-title": "目标没有标题，请写明要改变的是什么。",
  "smart.measurable.no-metric": "这个目标还没法衡量。请设定衡量指标：单位、方向（提升还是降低）和目标值。",
  "smart.measurable.no-unit": "指标没有单位，请注明是按客户数、金额（元）、百分比还是小时计算。",
  "smart.measurable.no-direction": "指标没有说明方向：是要提升、降低、保持不低于、保持不高于，还是完成某件事。",
  "smart.measurable.no-target": "指标还没有目标值。",
  "smart.measurable.no-baseline": (p) => `${p["direction"] === "decrease" ? "降低" : "提升"}类目标需要一个基线：这个指标现在是多少？`,
  "smart.measurable.wrong-side": (p, text) =>
    `目标值 ${text("target")} 没有${p["direction"] === "decrease" ? "低于" : "高于"}基线 ${text("baseline")}，等于没有提出${p["direction"] === "decrease" ? "下降" : "增长"}要求。`,
  "smart.achievable.no-history": "这个指标没有历史数据，暂时无法判断目标是否切实可行。",
  "smart.achievable.cannot-compare": (p, text) =>
    p["best"] === "—" ? "没有可比较的目标值，暂不判断可行性。" : `历史数据（最好为 ${text("best")}）不足以作为比较基准，暂不判断可行性。`,
  "smart.achievable.stretch": "目标值 {target} 是历史同期最好成绩（{best}）的 {ratio} 倍，属于挑战性目标，请确认资源和行动计划跟得上。",
  "smart.achievable.unrealistic":
    "目标值 {target} 是历史同期最好成绩（{best}）的 {ratio} 倍，超过了历史最好水平的 {limit} 倍。请调整到团队够得着的目标，或者说明这次有什么不同。",
  "smart.relevant.unaligned": "这个目标没有对齐上级目标或公司战略。请关联上去，让大家明白这个目标为什么重要。",
  "smart.relevant.unknown-parent": "上级目标“{parentId}”不在团队目标中，请检查是否已删除或填错。",
  "smart.relevant.parent-not-checked": "没有提供目标清单，未核对上级目标“{parentId}”。",
  "smart.time-bound.no-due": "没有截止日期，请写明什么时候完成。",
  "smart.time-bound.due-before-start": "截止日期 {due} 早于开始日期 {start}。",
  "smart.time-bound.too-long": "目标周期长达 {days} 天，超过了 {max} 天。建议拆成几个阶段性目标，分别设检查点。",
  "smart.time-bound.no-start": "没有开始日期，无法计算目标周期和应有的进度。",
  "smart.time-bound.due-passed": "截止日期 {due} 已过（截至 {asOf}），请结项或重新约定完成时间。",
  "goals.progress.no-metric": "目标没有衡量指标，无法计算进度。",
  "goals.progress.no-span": "目标需要开始日期和截止日期，才能判断进度快慢。",
  "goals.progress.no-baseline": "降低类目标需要基线，才能计算进度。",
  "goals.progress.no-check-in": "截至 {asOf} 还没有任何进度更新，进度按基线计算。",
  "goals.cascade.outside-parent-span": "目标“{childId}”的时间范围超出了上级目标“{parentId}”的周期。",
  "goals.cascade.targets-short": "“{parentId}”下的子目标合计 {sum}，低于它的目标值 {target}，团队目标还没有分解到位。",
  "goals.cascade.unit-mismatch": "目标“{childId}”的单位是 {childUnit}，上级目标“{parentId}”的单位是 {parentUnit}，无法汇总。",
  "goals.cascade.unknown-parent": "目标“{childId}”的上级目标“{parentId}”不在清单中，按顶层目标处理。",
  "goals.draft.period": "将“{text}”理解为 {start} 至 {due}。",
  "goals.draft.assumed-increase": "没有说明是提升还是降低，按提升类目标处理。",
  "goals.draft.assumed-unit": (p) => `单位按${unitName(p["unit"])}处理。`,
  "goals.draft.multiplier": "将“{text}”理解为 {value}。",
  "goals.draft.percent-points": "百分比按百分点记录：{text} 记为 {value}（单位：百分比）。",
  "goals.draft.compound": "这句话用“{conjunction}”连了两个目标，只读取了第一个。请把第二个单独建成一个目标。",
  "goals.draft.no-target": "没有找到目标值，请补充。",
  "goals.draft.no-period": "没有找到时间范围或截止日期，请补充。",
  "goals.progress.current": (p, text) =>
    p["date"] === undefined ? `截至 ${text("asOf")} 的当前值：${text("result")}（尚无进度更新，取基线）。` : `截至 ${text("asOf")} 的当前值：${text("result")}（${text("date")} 更新）。`,
  "goals.progress.ratio": "进度 = ({current} − {baseline}) / ({target} − {baseline}) = {result}。",
  "goals.progress.condition": (p, text) =>
    `最新一次更新为 ${text("current")}，要求${p["direction"] === "maintain-at-most" ? "不高于" : p["direction"] === "achieve" ? "完成（达到" : "不低于"} ${text("target")}${p["direction"] === "achieve" ? "）" : ""} → ${text("result")}。`,
  "goals.progress.expected": "截至 {asOf} 应有进度：{start} 至 {due} 已过时间占比 = {result}。",
  "goals.progress.projected": "按目前速度，到期预计达到 {baseline} + ({current} − {baseline}) / {expected} = {result}。",
  "goals.progress.required-rate": (p, text) =>
    typeof p["result"] === "number" && p["result"] < 0
      ? `要在剩余 ${text("days")} 天内从 ${text("current")} 降到 ${text("target")}，每天需要降低 ${Math.round(-p["result"] * 100) / 100}。`
      : `要在剩余 ${text("days")} 天内从 ${text("current")} 达到 ${text("target")}，每天需要推进 ${text("result")}。`,
  "goals.progress.status": (p, text) =>
    p["gap"] === undefined
      ? `状态：${STATUS[String(p["result"])] ?? text("result")}。`
      : typeof p["gap"] === "number" && p["gap"] < 0
        ? `领先 ${Math.round(-p["gap"] * 10) / 10} 个百分点 → ${STATUS[String(p["result"])] ?? text("result")}。`
        : `落后 ${typeof p["gap"] === "number" ? Math.round(p["gap"] * 10) / 10 : text("gap")} 个百分点 → ${STATUS[String(p["result"])] ?? text("result")}。`,
} satisfies CatalogFor<GoalFindingCode | GoalExplanationCode>);
