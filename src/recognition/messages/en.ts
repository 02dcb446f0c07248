import type { CatalogFor, MessageParams } from "../../core/messages/types.js";
import { percentText } from "../_lib/decimal-text.js";
import type { RecognitionExplanationCode, RecognitionFindingCode } from "../codes.js";

const FACT: Record<string, readonly [string, string]> = {
  "won-deal": ["won deal", "won deals"],
  "kudos-received": ["public kudos received", "public kudos received"],
  "kudos-given": ["kudos given", "kudos given"],
};

const has = (p: MessageParams, name: string) => p[name] !== undefined;

/**
 * English messages of the recognition module.
 *
 * @example
 * ```ts
 * typeof recognitionMessagesEn["recognition.kudos.generic"]; //=> "string"
 * ```
 * @category Messages
 */
export const recognitionMessagesEn = Object.freeze({
  "recognition.kudos.no-value": "Kudos {id} names none of the team's values. Tag the value the deed shows, so praise reinforces what the team stands for.",
  "recognition.kudos.unknown-value": "Kudos {id} is tagged “{value}”, which is not one of the team's values ({options}).",
  "recognition.kudos.generic": "Kudos {id} says only “{text}”. Say what they did and what it changed, so they know what to do again.",
  "recognition.kudos.too-short":
    "Kudos {id} is too short to say what was done (length {count}, at least {min} expected; a Chinese character counts as two). Name the deed and its effect.",
  "recognition.kudos.self-praise": "Kudos {id}: {memberId} is praising themselves. Ask a colleague who saw the work to post it.",
  "recognition.coverage.none-in-window": (p, text) =>
    has(p, "since")
      ? `No one has recognised ${text("memberId")} in public for ${text("days")} days (last on ${text("since")}). Find something specific they did and recognise it.`
      : `${text("memberId")} has not been recognised in public yet. Find something specific they did and thank them for it in front of the team.`,
  "recognition.badge.count": (p, text) =>
    `${text("memberId")} has ${text("count")} ${(FACT[String(p["fact"])] ?? ["fact", "facts"])[p["count"] === 1 ? 0 : 1]}${has(p, "start") && has(p, "end") ? ` between ${text("start")} and ${text("end")}` : ""}, ` +
    `at least ${text("threshold")} needed; reached on ${text("result")}.`,
  "recognition.badge.streak": (p, text) =>
    `${text("memberId")} attained at least ${percentText(p["threshold"])} for ${text("periods")} months running, ${text("start")} to ${text("end")}` +
    `${Array.isArray(p["values"]) ? ` (${p["values"].map(percentText).join(", ")})` : ""}; met on ${text("result")}.`,
  "recognition.badge.all": "{memberId} met every one of the {count} criteria, the last of them on {result}.",
  "recognition.badge.earned": (p, text) =>
    `Badge “${text("id")}” earned by ${text("memberId")} on ${text("result")}${has(p, "start") && has(p, "end") ? ` for ${text("start")} – ${text("end")}` : ""}.`,
} satisfies CatalogFor<RecognitionFindingCode | RecognitionExplanationCode>);
