/**
 * The 0–4 proficiency scale with its anchor descriptions.
 * @module
 */
import { deepFreeze } from "../core/_lib/freeze.js";
import type { ProficiencyLevel } from "./types.js";

/**
 * One level of the proficiency scale: a short name and an anchor description, in English and
 * Chinese, so that ratings mean the same thing to every rater.
 *
 * @example
 * ```ts
 * const anchor: ProficiencyAnchor = PROFICIENCY_SCALE[3];
 * ```
 * @category Development
 */
export interface ProficiencyAnchor {
  readonly level: ProficiencyLevel;
  readonly name: { readonly en: string; readonly "zh-CN": string };
  readonly description: { readonly en: string; readonly "zh-CN": string };
}

/**
 * The 0–4 proficiency scale (the common practitioner anchors: none, aware, with supervision,
 * independent, teaches others; Dreyfus's five stages from novice to expert map onto 0–4 by
 * the same ordering). Indexed by level; deep-frozen. Apps that rate on their own words can
 * show their own descriptions: only the numbers enter any calculation.
 *
 * @example
 * ```ts
 * PROFICIENCY_SCALE[2].name["zh-CN"]; //=> "需要指导"
 * PROFICIENCY_SCALE.map((a) => a.level); //=> [0, 1, 2, 3, 4]
 * ```
 * @category Development
 */
export const PROFICIENCY_SCALE: readonly ProficiencyAnchor[] = deepFreeze([
  {
    level: 0,
    name: { en: "None", "zh-CN": "不具备" },
    description: { en: "Has no knowledge or experience of the skill yet.", "zh-CN": "还没有接触过这项技能，既无相关知识也无实践经验。" },
  },
  {
    level: 1,
    name: { en: "Aware", "zh-CN": "了解" },
    description: { en: "Knows what the skill is and why it matters; can describe it but has not applied it on real work.", "zh-CN": "知道这项技能是什么、为什么重要，能讲清楚要点，但还没在实际工作中用过。" },
  },
  {
    level: 2,
    name: { en: "With supervision", "zh-CN": "需要指导" },
    description: { en: "Performs the skill on real work with guidance or review from someone more experienced.", "zh-CN": "能在实际工作中运用，但需要有经验的同事带着做或帮忙把关。" },
  },
  {
    level: 3,
    name: { en: "Independent", "zh-CN": "独立胜任" },
    description: { en: "Performs the skill alone to the expected standard and adapts it to new situations.", "zh-CN": "能独立完成并达到要求，遇到新情况也能灵活调整。" },
  },
  {
    level: 4,
    name: { en: "Teaches others", "zh-CN": "能带教他人" },
    description: { en: "Coaches others in the skill, improves how the team does it and is the person colleagues ask.", "zh-CN": "能带教新人、改进团队的做法，是同事遇到难题时会来请教的人。" },
  },
] as const);
