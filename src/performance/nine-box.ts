/**
 * The 9-box grid of performance and potential.
 * @module
 */
import { checkInteger, throwIfIssues, type Issues } from "../core/_lib/check.js";
import type { Locale } from "../core/locale.js";

/**
 * Stable keys of the nine cells.
 *
 * @example
 * ```ts
 * const key: NineBoxKey = "future-leader";
 * ```
 * @category Performance
 */
export type NineBoxKey =
  | "talent-risk"
  | "inconsistent-player"
  | "rough-diamond"
  | "solid-performer"
  | "core-player"
  | "growth-employee"
  | "trusted-professional"
  | "high-performer"
  | "future-leader";

/**
 * One cell of the 9-box grid.
 *
 * @example
 * ```ts
 * nineBox(3, 3); //=> { key: "future-leader", box: 9, performance: 3, potential: 3, label: { en: "Future leader", "zh-CN": "未来领导者" }, advice: { ... } }
 * ```
 * @category Performance
 */
export interface NineBoxCell {
  readonly key: NineBoxKey;
  /** 1 (low performance, low potential) to 9 (high, high), row by row from the bottom. */
  readonly box: number;
  readonly performance: 1 | 2 | 3;
  readonly potential: 1 | 2 | 3;
  readonly label: { readonly [L in Locale]: string };
  /** What a manager usually does with people in this cell. */
  readonly advice: { readonly [L in Locale]: string };
}

// [performance][potential], each 1 low, 2 moderate, 3 high (index 0 unused)
const CELLS: Readonly<Record<string, Omit<NineBoxCell, "box" | "performance" | "potential">>> = {
  "1-1": { key: "talent-risk", label: { en: "Talent risk", "zh-CN": "待改进" }, advice: { en: "Agree a concrete improvement plan with dates, or a different role.", "zh-CN": "约定有时限的改进计划，或考虑调整岗位。" } },
  "2-1": { key: "solid-performer", label: { en: "Solid performer", "zh-CN": "稳定贡献者" }, advice: { en: "Recognise steady work; keep them engaged in the current role.", "zh-CN": "肯定其稳定贡献，在现岗位保持投入。" } },
  "3-1": { key: "trusted-professional", label: { en: "Trusted professional", "zh-CN": "资深专家" }, advice: { en: "Reward and retain; use their expertise to coach others.", "zh-CN": "给予激励、用心保留，请其带教新人、传授经验。" } },
  "1-2": { key: "inconsistent-player", label: { en: "Inconsistent player", "zh-CN": "表现不稳定" }, advice: { en: "Find out what blocks delivery; set clear short-term goals.", "zh-CN": "找出影响业绩的原因，设定清晰的短期目标。" } },
  "2-2": { key: "core-player", label: { en: "Core player", "zh-CN": "核心骨干" }, advice: { en: "Stretch them with new responsibilities and training.", "zh-CN": "通过新职责和培训让其继续成长。" } },
  "3-2": { key: "high-performer", label: { en: "High performer", "zh-CN": "高绩效者" }, advice: { en: "Reward results; develop the skills for the next level.", "zh-CN": "奖励业绩，培养晋升下一级所需的能力。" } },
  "1-3": { key: "rough-diamond", label: { en: "Rough diamond", "zh-CN": "潜力待发挥" }, advice: { en: "Coach closely: the potential is there, the results are not yet.", "zh-CN": "重点辅导：潜力在，业绩还没出来。" } },
  "2-3": { key: "growth-employee", label: { en: "Growth employee", "zh-CN": "成长型人才" }, advice: { en: "Give bigger challenges and a development plan.", "zh-CN": "给更大的挑战，制定个人发展计划。" } },
  "3-3": { key: "future-leader", label: { en: "Future leader", "zh-CN": "未来领导者" }, advice: { en: "Plan their next step and succession; keep them challenged.", "zh-CN": "规划下一步发展和继任安排，持续给予挑战。" } },
};

/**
 * The 9-box cell of a performance and a potential rating, each 1 (low), 2 (moderate) or 3
 * (high), adapted from the McKinsey/GE business-unit matrix as Lattice and Workday use it; with
 * stable keys, a box number and labels and advice in English and Chinese.
 *
 * @throws {ValidationError} when either rating is not 1, 2 or 3.
 * @example
 * ```ts
 * nineBox(3, 3).key;              //=> "future-leader"
 * nineBox(1, 3).label["zh-CN"];   //=> "潜力待发挥"
 * nineBox(2, 2).box;              //=> 5
 * ```
 * @category Performance
 */
export function nineBox(performance: 1 | 2 | 3, potential: 1 | 2 | 3): NineBoxCell {
  const issues: Issues = [];
  checkInteger(performance, ["performance"], issues, { min: 1, max: 3 });
  checkInteger(potential, ["potential"], issues, { min: 1, max: 3 });
  throwIfIssues(issues);
  const cell = CELLS[`${performance}-${potential}`]!;
  return { key: cell.key, box: (potential - 1) * 3 + performance, performance, potential, label: { ...cell.label }, advice: { ...cell.advice } };
}
