import type { CatalogFor } from "../../core/messages/types.js";
import type { CultureExplanationCode, CultureFindingCode } from "../codes.js";

/**
 * 团队文化模块的中文消息。Simplified Chinese messages of the culture module.
 *
 * @example
 * ```ts
 * typeof cultureMessagesZhCN["culture.participation.low"]; //=> "string"
 * ```
 * @category Messages
 */
export const cultureMessagesZhCN = Object.freeze({
  "culture.participation.low": "{invited} 人中只有 {responded} 人填写（{percent}%，低于 {limitPercent}%）：这么少的样本未必代表大家的想法。再提醒一次，并告诉大家上次调查之后做了哪些改进。",
  "culture.participation.hidden": "这个组只有 {invited} 人，不足 {min} 人：不显示填写率，免得有人推断出谁填了、谁没填。",
  "culture.value.never-recognised": (_p, text) =>
    `${text("start")} 至 ${text("end")} 期间，没有人因为“${text("nameZh")}”受到表扬：要么这条价值观没有落地，要么做到了却没人看见。下次团队会上找个实例讲一讲。`,
} satisfies CatalogFor<CultureFindingCode | CultureExplanationCode>);
