/**
 * The burnout pulse: nine questions of the library's own wording, three per ICD-11 dimension,
 * answered on a 0–6 frequency scale.
 * @module
 */
import { deepFreeze } from "../core/_lib/freeze.js";
import type { BurnoutDimension } from "./types.js";

/**
 * One pulse question, in English and Chinese.
 *
 * @example
 * ```ts
 * const item: BurnoutPulseItem = { id: "exhaustion-1", dimension: "exhaustion", en: "…", zh: "…" };
 * ```
 * @category Wellbeing
 */
export interface BurnoutPulseItem {
  readonly id: string;
  readonly dimension: BurnoutDimension;
  readonly en: string;
  readonly zh: string;
}

/**
 * The nine questions of the burnout pulse, three per dimension in the order a
 * {@link BurnoutPulse} lists its answers. The wording is the library's own: the Maslach Burnout
 * Inventory is licensed (Mind Garden), and none of its items is reproduced or paraphrased here.
 * The structure follows the abbreviated nine-item form (three items per dimension, 0–6
 * frequency, subscale = sum, 0–18). These questions are **not** a validated instrument: use
 * them to start conversations, and a licensed instrument with professional support when a
 * measurement is needed. The efficacy questions are worded positively: a high efficacy score
 * means *less* risk.
 *
 * @example
 * ```ts
 * BURNOUT_PULSE_ITEMS.length; //=> 9
 * BURNOUT_PULSE_ITEMS.filter((i) => i.dimension === "efficacy").map((i) => i.id); //=> ["efficacy-1", "efficacy-2", "efficacy-3"]
 * ```
 * @category Wellbeing
 */
export const BURNOUT_PULSE_ITEMS: readonly BurnoutPulseItem[] = deepFreeze([
  { id: "exhaustion-1", dimension: "exhaustion", en: "By the end of a working day I have no energy left for anything else.", zh: "一天工作下来，我已经没有精力做别的事了。" },
  { id: "exhaustion-2", dimension: "exhaustion", en: "I start the working week already tired.", zh: "一周刚开始，我就已经觉得累了。" },
  { id: "exhaustion-3", dimension: "exhaustion", en: "My evenings and weekends are not enough to recover.", zh: "晚上和周末的休息不够我缓过来。" },
  { id: "cynicism-1", dimension: "cynicism", en: "When a deal is lost, I feel it is not really my problem.", zh: "丢了单子，我觉得跟我关系不大。" },
  { id: "cynicism-2", dimension: "cynicism", en: "I put off talking to customers and colleagues whenever I can.", zh: "能拖的客户沟通和同事交流，我就尽量往后拖。" },
  { id: "cynicism-3", dimension: "cynicism", en: "I catch myself being sarcastic or negative about my job.", zh: "我发现自己谈起工作时常常带着抱怨或讽刺。" },
  { id: "efficacy-1", dimension: "efficacy", en: "I end the week having moved my accounts forward.", zh: "一周下来，我负责的客户都有实实在在的推进。" },
  { id: "efficacy-2", dimension: "efficacy", en: "Customers come back to me because I helped them.", zh: "客户会因为我帮过他们而再来找我。" },
  { id: "efficacy-3", dimension: "efficacy", en: "I learn things at work that make me better at my job.", zh: "工作中我能学到让自己做得更好的东西。" },
]);

/**
 * The answer scale of the pulse: how often, from 0 (never) to 6 (every day), in English and
 * Chinese.
 *
 * @example
 * ```ts
 * PULSE_FREQUENCY_ANCHORS[6]; //=> { value: 6, en: "Every day", zh: "每天" }
 * ```
 * @category Wellbeing
 */
export const PULSE_FREQUENCY_ANCHORS: readonly { readonly value: number; readonly en: string; readonly zh: string }[] = deepFreeze([
  { value: 0, en: "Never", zh: "从不" },
  { value: 1, en: "A few times a year", zh: "一年几次" },
  { value: 2, en: "About once a month", zh: "大约每月一次" },
  { value: 3, en: "A few times a month", zh: "每月几次" },
  { value: 4, en: "About once a week", zh: "大约每周一次" },
  { value: 5, en: "A few times a week", zh: "每周几次" },
  { value: 6, en: "Every day", zh: "每天" },
]);
