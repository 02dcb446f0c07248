import { goalsMessagesZhCN } from "../../goals/messages/zh-CN.js";
import { expectationsMessagesZhCN } from "../../expectations/messages/zh-CN.js";
import { performanceMessagesZhCN } from "../../performance/messages/zh-CN.js";
import { incentivesMessagesZhCN } from "../../incentives/messages/zh-CN.js";
import { recognitionMessagesZhCN } from "../../recognition/messages/zh-CN.js";
import { feedbackMessagesZhCN } from "../../feedback/messages/zh-CN.js";
import { meetingsMessagesZhCN } from "../../meetings/messages/zh-CN.js";
import { conflictsMessagesZhCN } from "../../conflicts/messages/zh-CN.js";
import { developmentMessagesZhCN } from "../../development/messages/zh-CN.js";
import { cultureMessagesZhCN } from "../../culture/messages/zh-CN.js";
import { collaborationMessagesZhCN } from "../../collaboration/messages/zh-CN.js";
import { wellbeingMessagesZhCN } from "../../wellbeing/messages/zh-CN.js";
import { ROUNDING_NAMES_ZH } from "./rounding-names.js";
import type { Catalog, MessageParams } from "./types.js";

const TYPE_NAMES: Record<string, string> = {
  object: "对象",
  array: "列表",
  string: "文本",
  number: "数字",
  integer: "整数",
  decimal: "小数（数字或数字文本）",
  date: "日期（YYYY-MM-DD）",
  instant: "带时区偏移的日期时间",
  boolean: "是/否（true 或 false）",
  null: "空值（null）",
  undefined: "空",
  NaN: "非数字（NaN）",
  bigint: "大整数（bigint）",
  function: "函数",
  symbol: "符号（symbol）",
};

const ROUNDING_NAMES = ROUNDING_NAMES_ZH;

const typeName = (name: unknown): string => TYPE_NAMES[String(name)] ?? String(name);

function range(p: MessageParams, text: (name: string) => string, what: string): string {
  const min = p["min"] === undefined ? undefined : text("min");
  const max = p["max"] === undefined ? undefined : text("max");
  const got = p["value"] === undefined ? "" : `，当前为 ${text("value")}`;
  if (min !== undefined && max !== undefined) return `${what}应在 ${min} 到 ${max} 之间${got}。`;
  if (min !== undefined) return `${what}不能小于 ${min}${got}。`;
  return `${what}不能大于 ${max}${got}。`;
}

/**
 * 简体中文消息，覆盖每一个代码。Simplified Chinese messages for every code.
 *
 * @example
 * ```ts
 * messagesZhCN["validation.empty"]; //=> "不能为空。"
 * ```
 * @category Messages
 */
export const messagesZhCN = Object.freeze({
  "validation.required": "此项为必填项。",
  "validation.type": (p) => `应为${typeName(p["expected"])}，实际是${typeName(p["received"])}。`,
  "validation.calendar-date": "“{value}”不是有效日期：请按 YYYY-MM-DD 填写真实存在的日期。",
  "validation.instant": "“{value}”不是有效的时间点：请使用带时区偏移的 ISO 8601 格式，例如 2026-11-28T09:30:00+08:00。",
  "validation.time-zone": "“{value}”不是有效的 IANA 时区名称（例如 Asia/Shanghai）。",
  "validation.integer": "应为整数（绝对值不超过 9,007,199,254,740,991），当前为 {value}。",
  "validation.minor-units": "金额须为最小货币单位（如“分”）的整数，当前为 {value}。",
  "validation.number": "应为有限的数字，当前为 {value}。",
  "validation.range": (p, text) => range(p, text, "数值"),
  "validation.length": (p, text) => range(p, text, "长度"),
  "validation.decimal": "“{value}”不是有效的小数（只能包含数字和小数点，最多 30 位小数）。",
  "validation.currency": "“{value}”不是有效的 ISO 4217 币种代码（例如 CNY、USD）。",
  "validation.currency-mismatch": "币种 {received} 与 {expected} 不一致。",
  "validation.enum": "只能是 {options} 之一，当前为“{value}”。",
  "validation.empty": "不能为空。",
  "validation.period-order": "结束日期（{end}）早于开始日期（{start}）。",
  "validation.negative": "不能为负数，当前为 {value}。",
  "validation.all-zero": "权重不能全部为 0，至少要有一项大于 0。",
  "validation.too-precise": "“{value}”的小数位数超过了 {currency} 允许的 {exponent} 位；如需取整，请指定舍入方式。",
  "validation.overflow": "计算结果太大，无法精确表示。",
  "validation.unknown-key": "包含无法识别的字段：{keys}。",
  "validation.duplicate": "“{value}”重复出现。",
  "validation.calendar-conflict": "{date} 同时被列为节假日和调休上班日，请确认。",
  "validation.anchor-order": (p, text) =>
    p["direction"] === "score"
      ? `分数不能随锚点下降：${text("value")} 低于前一个锚点的 ${text("previous")}。`
      : p["direction"] === "bands"
        ? `分档起点必须递增：${text("value")} 不大于前一档的 ${text("previous")}。`
        : `锚点应按 门槛值 → 目标值 → 挑战值 依次${p["direction"] === "lower-is-better" ? "降低" : "升高"}：${text("value")} 没有${p["direction"] === "lower-is-better" ? "低于" : "高于"}前一个锚点 ${text("previous")}。`,
  "validation.date-range": "计算结果超出了 0001–9999 年的范围。",
  "validation.cycle": "“{value}”成了自己的上级：上下级关系形成了循环。",
  "validation.weights-total": "权重合计应为 {expected}（保留两位小数后），目前合计为 {value}。",
  "validation.exact-total": "合计必须正好等于 {expected}，目前合计为 {value}。",
  "validation.one-of": "{options} 必须填写且只能填写其中一项。",
  "validation.requires": "使用此项时，必须同时设置 {requires}。",
  "validation.date-before": (p, text) => `${text("value")} 早于${p["field"] === "date" ? "日期" : ` ${text("field")} `}（${text("limit")}），这不可能。`,
  "validation.same-as": "不能与 {other} 相同（都是“{value}”）。",
  "validation.not-found": "找不到 id 为“{value}”的记录。",
  "validation.invalid": "此项的值无效。",
  "calendar.year-not-covered": "工作日历里还没有 {year} 年的节假日和调休安排。请先按当年的官方放假通知补上，再用它计算工作日。",
  "calendar.holiday-on-weekend": "节假日 {date} 本来就是周末，不影响工作日的计算。",
  "calendar.extra-working-day-on-weekday": "调休上班日 {date} 本来就是工作日，请核对是不是填错了日期。",
  "money.apply-rate": (p, text) =>
    `${text("amount")} × ${text("rate")} = ${text("exact")}，按${ROUNDING_NAMES[String(p["rounding"])] ?? String(p["rounding"])}取整为 ${text("result")}。`,
  "money.allocate": "{total} 按权重 {weights} 以最大余额法分配：{parts}。",
  "period.elapsed-fraction": "截至 {asOf}，{start} 至 {end} 共 {days} 天，已过 {elapsed} 天：{result}。",
  ...goalsMessagesZhCN,
  ...expectationsMessagesZhCN,
  ...performanceMessagesZhCN,
  ...incentivesMessagesZhCN,
  ...recognitionMessagesZhCN,
  ...feedbackMessagesZhCN,
  ...meetingsMessagesZhCN,
  ...conflictsMessagesZhCN,
  ...developmentMessagesZhCN,
  ...cultureMessagesZhCN,
  ...collaborationMessagesZhCN,
  ...wellbeingMessagesZhCN,
} satisfies Catalog);
