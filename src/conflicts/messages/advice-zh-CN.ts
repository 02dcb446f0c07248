import type { CatalogFor, MessageParams } from "../../core/messages/types.js";
import type { ConflictAdviceFindingCode } from "../codes.js";

const LEVEL: Readonly<Record<string, string>> = { low: "低", medium: "中", high: "高" };
const MODE: Readonly<Record<string, string>> = { competing: "竞争", collaborating: "合作", compromising: "妥协", avoiding: "回避", accommodating: "迁就" };

type Text = (name: string) => string;

const why = (p: MessageParams, text: Text): string =>
  `（事情本身的重要性：${LEVEL[String(p["issueImportance"])] ?? text("issueImportance")}；关系的重要性：${LEVEL[String(p["relationshipImportance"])] ?? text("relationshipImportance")}）`;
const mode = (p: MessageParams, text: Text, name: string): string => `“${MODE[String(p[name])] ?? text(name)}”`;
const team = (p: MessageParams, text: Text): string => (p["teamId"] === undefined ? "团队" : `${text("teamId")} 团队`);

/**
 * 冲突建议（处理方式与早期信号）的中文消息。Simplified Chinese messages of the conflict advice.
 *
 * @example
 * ```ts
 * typeof conflictAdviceMessagesZhCN["conflict.approach.collaborating"]; //=> "function"
 * ```
 * @category Messages
 */
export const conflictAdviceMessagesZhCN = Object.freeze({
  "conflict.approach.competing": (p, text) =>
    `建议采取“竞争”方式：表明立场，由你拍板${why(p, text)}。适用于原则性问题、紧急情况，或者不受欢迎但必须做的决定。风险：容易伤感情，事后要把决定的理由讲清楚，并主动找对方沟通。`,
  "conflict.approach.collaborating": (p, text) =>
    `建议采取“合作”方式：双方坐下来把问题谈透，找出兼顾两边诉求的方案${why(p, text)}。适用于事情和关系都很重要、不能各退一步了事的情况。风险：比较花时间，而且需要双方都愿意投入。`,
  "conflict.approach.compromising": (p, text) =>
    `建议“妥协”：双方各让一步${why(p, text)}。适用于事情重要性一般、双方分量相当，或者需要尽快先把事情定下来的情况。风险：谁都不会完全满意，问题的根子可能还会再冒出来。`,
  "conflict.approach.avoiding": (p, text) =>
    `建议先“回避”，放一放${why(p, text)}。适用于无关紧要的小事，或者双方情绪都比较激动、需要冷静一下的时候。风险：问题可能越拖越大，定个时间回头看看是不是真的过去了。`,
  "conflict.approach.accommodating": (p, text) =>
    `建议“迁就”对方，这次让一让${why(p, text)}。适用于这件事对对方比对你更重要的情况，也能为以后攒点人情。风险：自己心里容易憋屈，次数多了对方还可能得寸进尺。`,
  "conflict.approach.time-pressure": (p, text) =>
    `时间紧：本来${mode(p, text, "insteadOf")}是最好的办法，但需要时间，不如先各让一步把事情定下来，等这阵子忙完再回头彻底解决。`,
  "conflict.approach.safety-override": (p, text) =>
    `涉及安全或道德合规问题，这一条压倒其他所有考虑：必须立即、坚决处理，哪怕影响关系也在所不惜。如果不涉及这类问题，原本的建议是${mode(p, text, "otherwise")}。`,
  "conflict.signal.feedback-repeated":
    "近 {windowDays} 天内（{first} 至 {last}），{giverId} 已经给 {receiverId} 提了 {count} 次改进意见。可能只是正常辅导，也可能是矛盾在积累，建议分别找两人聊聊。",
  "conflict.signal.feedback-mutual":
    "近 {windowDays} 天内，{personA} 和 {personB} 互相提改进意见：{personA} 提了 {countAB} 次，{personB} 提了 {countBA} 次。你来我往的批评往往是冲突的苗头，趁还没闹僵，尽快跟两人谈谈。",
  "conflict.signal.handoff-ping-pong":
    "近 {windowDays} 天内，任务 {taskId} 在 {personA} 和 {personB} 之间来回踢了 {roundTrips} 个来回（{first} 至 {last}，共转手 {handoffs} 次）。请明确由谁负责、做到什么程度算完成。",
  "conflict.signal.survey-declining": (p, text) =>
    `${team(p, text)}的调研得分已经连续 ${text("drops")} 次下滑，从 ${text("from")}（${text("since")}）降到 ${text("to")}（${text("latest")}）。尽快了解一下发生了什么变化，别等矛盾摆上台面。`,
  "conflict.signal.survey-drop": (p, text) =>
    `${team(p, text)}的调研得分从 ${text("from")}（${text("previous")}）跌到 ${text("to")}（${text("latest")}），一下子掉了 ${text("drop")} 分，超过了 ${text("threshold")} 分的预警线。找团队成员聊聊，问问出了什么状况。`,
} satisfies CatalogFor<ConflictAdviceFindingCode>);
