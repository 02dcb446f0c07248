import type { CatalogFor, MessageParams } from "../../core/messages/types.js";
import type { DevelopmentExplanationCode, DevelopmentFindingCode } from "../codes.js";
import { PROFICIENCY_SCALE } from "../scale.js";

const KINDS: Readonly<Record<string, string>> = { experience: "在岗实践", social: "向他人学习（辅导、反馈）", formal: "课程培训" };

/** “3 级（独立胜任）” for a level of the scale, the bare number otherwise. */
const level = (p: MessageParams, name: string, text: (name: string) => string): string => {
  const v = p[name];
  const anchor = typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 4 ? PROFICIENCY_SCALE[v] : undefined;
  return anchor === undefined ? `${text(name)} 级` : `${v} 级（${anchor.name["zh-CN"]}）`;
};
const role = (p: MessageParams, text: (name: string) => string): string => (p["roleId"] === undefined ? "该岗位" : `岗位 ${text("roleId")} `);

/**
 * 培训与发展模块的中文消息。Simplified Chinese messages of the development module.
 *
 * @example
 * ```ts
 * typeof developmentMessagesZhCN["development.bus-factor.none"]; //=> "string"
 * ```
 * @category Messages
 */
export const developmentMessagesZhCN = Object.freeze({
  "development.readiness.gap": (p, text) =>
    `${text("skill")}：目前是 ${level(p, "current", text)}，${role(p, text)}要求 ${level(p, "required", text)}，还差 ${text("gap")} 级（权重 ${text("weight")}）。`,
  "development.readiness.met": (p, text) => `${role(p, text)}的各项技能要求都已达到。`,
  "development.readiness.no-requirements": (p, text) => `${role(p, text)}没有列出任何技能要求，无法评估准备度。`,
  "development.ladder.top-rung": "{roleId} 已经是职业发展阶梯的最高一级，没有下一级岗位可以评估。",
  "development.training.closes-gap": (p, text) =>
    `“${text("title")}”（${text("trainingId")}）能把 ${text("skill")} 从 ${level(p, "current", text)}提升到 ${level(p, "reaches", text)}${p["reaches"] === p["required"] ? "，正好达到岗位要求" : `（岗位要求 ${level(p, "required", text)}）`}。`,
  "development.training.none-for-gap": "培训目录里没有能把 {skill} 提升到要求水平的课程：可以安排有挑战的实战任务，或者找一位导师带。",
  "development.plan.unlinked-goal": "目标 {id}（“{title}”）既没有对应某项技能差距，也没有对应职业发展方向：写明它要补哪项短板、为哪个岗位做准备。",
  "development.plan.goal-without-activities": "目标 {id}（“{title}”）还没有安排任何行动：至少加一项具体、有截止日期的行动。",
  "development.plan.activity-no-due-date": "行动 {id}（“{title}”）没有截止日期：没有日期，就没法判断进度是否正常。",
  "development.plan.gap-not-covered": "计划里没有针对 {skill} 的目标，而这项技能离岗位要求还差 {gap} 级：补一个目标，或者和员工商量好暂缓。",
  "development.plan.activity-overdue": "行动 {id}（“{title}”）原定 {due} 完成，已经逾期 {days} 天。",
  "development.plan.mix-far-from-reference": (p, text) =>
    `${KINDS[String(p["kind"])] ?? text("kind")}占计划的 ${text("percent")}%，与参考比例（默认 70-20-10）中的 ${text("reference")}% 相差超过 ${text("limit")} 个百分点。这只是经验法则，不是硬指标：确认这样的安排是有意为之即可。`,
  "development.plan.mix-empty": "计划 {id} 还没有任何行动，谈不上 70-20-10 的构成。",
  "development.bus-factor.none": (p, text) => `团队里没有人的 ${text("skill")} 达到 ${level(p, "required", text)}：这块工作团队目前接不住。`,
  "development.bus-factor.low": (p, text) =>
    `${text("skill")} 达到 ${level(p, "required", text)}的只有 ${text("members")}（不足 ${text("min")} 人）：尽快再培养一个人，免得一人请假或离职就没人能顶上。`,
  "development.readiness.skill": (_p, text) =>
    `${text("skill")}：权重 ${text("weight")} × min(${text("current")}, ${text("required")}) = ${text("result")}，满分为 ${text("weight")} × ${text("required")}。`,
  "development.readiness.total": "准备度：已达到的加权等级 {coveredWeight}，岗位要求的加权等级共 {totalWeight}，两者之比为 {result}（{percent}%）。",
} satisfies CatalogFor<DevelopmentFindingCode | DevelopmentExplanationCode>);
