import type { CatalogFor } from "../../core/messages/types.js";
import type { ExpectationFindingCode } from "../codes.js";

/**
 * 岗位期望模块的中文消息。Simplified Chinese messages of the expectations module.
 *
 * @example
 * ```ts
 * typeof expectationsMessagesZhCN["expectations.no-charter"]; //=> "string"
 * ```
 * @category Messages
 */
export const expectationsMessagesZhCN = Object.freeze({
  "expectations.not-acknowledged": (p, text) =>
    `${text("memberId")} 还没有确认 ${text("roleId")} 岗位职责（第 ${text("version")} 版）${p["since"] === undefined ? "" : `，自 ${text("since")} 起已 ${text("days")} 天未确认`}。建议在下次一对一面谈时一起过一遍。`,
  "expectations.outdated-acknowledgement": (p, text) =>
    `${text("memberId")} 确认的是 ${text("roleId")} 岗位职责第 ${text("acknowledgedVersion")} 版，但${p["since"] === undefined ? "" : `从 ${text("since")} 起`}执行的是第 ${text("version")} 版。请向其说明本次修订的内容。`,
  "expectations.no-charter": "岗位“{roleId}”还没有岗位职责说明，请写清楚这个岗位要做到什么。",
  "expectations.charter-empty": "{roleId} 岗位职责第 {version} 版没有列出任何职责。",
  "expectations.responsibility-unmeasured": "职责“{id}”没有对应的衡量指标，无法判断是否达成。",
} satisfies CatalogFor<ExpectationFindingCode>);
