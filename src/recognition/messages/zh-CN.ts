import type { CatalogFor, MessageParams } from "../../core/messages/types.js";
import { percentText } from "../_lib/decimal-text.js";
import type { RecognitionExplanationCode, RecognitionFindingCode } from "../codes.js";

const FACT: Record<string, readonly [string, string]> = {
  "won-deal": ["赢单", "笔"],
  "kudos-received": ["收到公开表扬", "次"],
  "kudos-given": ["表扬同事", "次"],
};

const has = (p: MessageParams, name: string) => p[name] !== undefined;

/**
 * 认可模块的中文消息。Simplified Chinese messages of the recognition module.
 *
 * @example
 * ```ts
 * typeof recognitionMessagesZhCN["recognition.kudos.generic"]; //=> "string"
 * ```
 * @category Messages
 */
export const recognitionMessagesZhCN = Object.freeze({
  "recognition.kudos.no-value": "这条表扬（{id}）没有标注体现了哪条团队价值观。标上对应的价值观，表扬才能强化团队提倡的做法。",
  "recognition.kudos.unknown-value": "这条表扬（{id}）标注的“{value}”不是团队的价值观（团队价值观：{options}）。",
  "recognition.kudos.generic": "这条表扬（{id}）只写了“{text}”。写清楚具体做了哪件事、带来了什么效果，被表扬的人才知道好在哪里、下次继续这么做。",
  "recognition.kudos.too-short": "这条表扬（{id}）太短，看不出具体做了什么（长度 {count}，建议至少 {min}，一个汉字算 2）。请写明做了哪件事、效果如何。",
  "recognition.kudos.self-praise": "这条表扬（{id}）是 {memberId} 在表扬自己。请让了解这件事的同事来发。",
  "recognition.coverage.none-in-window": (p, text) =>
    has(p, "since")
      ? `已经 ${text("days")} 天没有人公开表扬过 ${text("memberId")} 了（上次是 ${text("since")}），找个具体的事情认可一下。`
      : `${text("memberId")} 还没有收到过公开表扬或徽章，找件具体的事情，当着团队的面认可一下。`,
  "recognition.badge.count": (p, text) => {
    const [label, unit] = FACT[String(p["fact"])] ?? ["记录", "条"];
    const window = has(p, "start") && has(p, "end") ? ` 在 ${text("start")} 至 ${text("end")} 期间` : " 累计";
    return `${text("memberId")}${window}${label} ${text("count")} ${unit}（至少需要 ${text("threshold")} ${unit}），于 ${text("result")} 达标。`;
  },
  "recognition.badge.streak": (p, text) =>
    `${text("memberId")} 从 ${text("start")} 到 ${text("end")} 连续 ${text("periods")} 个月达成率不低于 ${percentText(p["threshold"])}` +
    `${Array.isArray(p["values"]) ? `（${p["values"].map(percentText).join("、")}）` : ""}，于 ${text("result")} 达标。`,
  "recognition.badge.all": "{memberId} 满足了全部 {count} 项条件，最后一项于 {result} 达成。",
  "recognition.badge.earned": (p, text) =>
    `${text("memberId")} 于 ${text("result")} 获得徽章“${text("id")}”${has(p, "start") && has(p, "end") ? `（${text("start")} 至 ${text("end")}）` : ""}。`,
} satisfies CatalogFor<RecognitionFindingCode | RecognitionExplanationCode>);
