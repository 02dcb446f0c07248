import type { CatalogFor } from "../../core/messages/types.js";
import { ROUNDING_NAMES_ZH } from "../../core/messages/rounding-names.js";
import type { IncentiveExplanationCode, IncentiveFindingCode } from "../codes.js";

const rounding = (p: { readonly [k: string]: unknown }): string => ROUNDING_NAMES_ZH[String(p["rounding"])] ?? String(p["rounding"]);

/**
 * 激励模块的中文消息。Simplified Chinese messages of the incentives module.
 *
 * @example
 * ```ts
 * typeof incentivesMessagesZhCN["incentives.commission.band"]; //=> "string"
 * ```
 * @category Messages
 */
export const incentivesMessagesZhCN = Object.freeze({
  "incentives.plan.retroactive-cliff":
    "提成项“{componentId}”按全额累进（达档后整笔按高档费率）计算：业绩一跨过 {from}，前面的业绩也全部按高费率重算，跨档的那一单比前一单多拿 {jump}。这种“悬崖”容易让人压单、挪单；改用超额累进（分段计算）可以避免。",
  "incentives.plan.gate-cliff": "提成项“{componentId}”在完成率低于 {minAttainment} 时一分不发、达到后全额发放：务必让团队清楚门槛到底在哪里。",
  "incentives.quota.full": "本期指标：{quota}。",
  "incentives.quota.prorated": (p, text) =>
    `指标 ${text("quota")} × 在职 ${text("employedDays")}/${text("periodDays")} 天 = ${text("exact")}，按${rounding(p)}取整为 ${text("result")}。`,
  "incentives.quota.zero": "本期指标为 {quota}，无法计算完成率：按完成率计算的部分本期不发放。",
  "incentives.quota.none": "“{componentId}”按指标完成率计算，但本期没有指标，因此不发放。",
  "incentives.attainment": "本期计入业绩 {credited}（共 {count} 笔分成），指标 {quota}，完成率 {result}（{exact}）。",
  "incentives.gate.passed": "“{componentId}”门槛：计入业绩 {credited}，达到指标的 {minAttainment}（{needed}），可以发放。",
  "incentives.gate.no-quota": "“{componentId}”门槛：本期没有指标，无法判断是否达到指标的 {minAttainment}，本期不发放。",
  "incentives.gate.failed": "“{componentId}”门槛：计入业绩 {credited}，未达到指标的 {minAttainment}（{needed}），本期不发放。",
  "incentives.commission.credit": (p, text) =>
    `业绩 ${text("creditId")}（${text("date")}）：${text("amount")} × 分成 ${text("share")} = ${text("base")}` +
    (p["rate"] !== undefined ? ` × ${text("rate")}` : p["runningFrom"] !== undefined ? `（累计业绩 ${text("runningFrom")} → ${text("runningTo")}）` : "") +
    ` → ${text("result")}。`,
  "incentives.commission.credit-capped": "业绩 {creditId}（{date}）：{amount} × 分成 {share} = {base}，本应得 {uncapped}；单笔封顶 {cap}，实得 {result}。",
  "incentives.commission.band": (p, text) => `${p["negative"] === true ? "冲回：" : ""}${text("from")} 至 ${text("to")} 档：${text("portion")} × ${text("rate")} = ${text("result")}。`,
  "incentives.commission.below-bands": "“{componentId}”：本期累计 {total}，未达到最低一档的起点 {from}，不计提成。",
  "incentives.commission.retroactive": "“{componentId}”：本期累计 {total} 已达到 {from} 起的档位，全部业绩按 {rate} 计算：{result}。",
  "incentives.bonus.measure": "考核项 {key}：实际 {value}，按曲线得分 {score}，乘以权重 {weight} = {result}。",
  "incentives.bonus.prorate": "目标奖金 {targetIncentive} × 在职比例 {fraction} = {result}。",
  "incentives.bonus.total": "目标奖金 {targetIncentive} × 综合系数 {factor} = {result}。",
  "incentives.spif.credit": "业绩 {creditId}（{date}）符合专项奖励条件：{amount} × 分成 {share} = {result}。",
  "incentives.spif.once": "业绩 {creditId}（{date}）最先符合条件：本期一次性奖励 {result}。",
  "incentives.spif.none": "本期没有符合“{componentId}”条件的业绩。",
  "incentives.clawback.full": "业绩 {creditId}（{date}）于 {cancelledOn} 取消，相隔 {days} 天（追回期 {windowDays} 天内）：此前发放的 {paid} 全额追回，计 {result}。",
  "incentives.clawback.unserved": "业绩 {creditId}（{date}）于 {cancelledOn} 取消，合同期已履行 {served}：按未履行比例 {unserved} 追回此前发放的 {paid}，计 {result}。",
  "incentives.clawback.outside-window": "业绩 {creditId}（{date}）于 {cancelledOn} 取消，相隔 {days} 天，已超过 {windowDays} 天的追回期：不追回。",
  "incentives.line.round": (p, text) => `“${text("componentId")}”：${text("exact")}，按${rounding(p)}取整为 ${text("result")}。`,
  "incentives.cap.carried-in": "上期超出封顶、顺延至本期发放：{amount}。",
  "incentives.cap.carried-out": "本期收入 {earnings} 超过封顶 {cap}：超出的 {over} 顺延到下期发放。",
  "incentives.cap.forfeited": "本期收入 {earnings} 超过封顶 {cap}：超出的 {over} 不予发放。",
  "incentives.deficit": "本期收入为负（{earnings}）：不发负数，差额记入待扣回余额。",
  "incentives.draw.additive": (p, text) => `在收入之外另发预支：${text("result")}${p["recoverable"] === true ? "，以后从提成中扣回" : ""}。`,
  "incentives.draw.advanced": "收入 {earnings} 低于保底预支 {draw}：补足 {result}，记入待扣回余额。",
  "incentives.draw.guaranteed": "收入 {earnings} 低于保底 {draw}：补足 {result}，不需归还。",
  "incentives.draw.recovered": "待扣回余额 {balance}：从超出预支的部分（{earnings} − {draw}）中扣回 {recovered}。",
  "incentives.balance.recovered": "待扣回余额 {balance}：从本期收入 {earnings} 中扣回 {recovered}。",
  "incentives.statement.net": "本期收入 {earnings}；待扣回余额 {owedBefore} → {owedAfter}；顺延的封顶超额 {capExcess}。实发：{result}。",
} satisfies CatalogFor<IncentiveFindingCode | IncentiveExplanationCode>);
