import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { formatExplanation, formatFinding, type ExplanationStep, type Finding } from "team-playbook/core";
import {
  BadgeAwardSchema,
  BadgeCriterionSchema,
  BadgeDefinitionSchema,
  KudosSchema,
  awardBadges,
  checkKudos,
  parseBadgeDefinition,
  parseKudos,
  recognitionCoverage,
  recognitionMessagesEn,
  recognitionMessagesZhCN,
  safeParseBadgeDefinition,
  safeParseKudos,
  type BadgeAward,
  type BadgeCriterion,
  type BadgeDefinition,
  type Kudos,
} from "team-playbook/recognition";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<z.output<typeof KudosSchema>, Kudos>,
  Same<z.output<typeof BadgeCriterionSchema>, BadgeCriterion>,
  Same<z.output<typeof BadgeDefinitionSchema>, BadgeDefinition>,
  Same<z.output<typeof BadgeAwardSchema>, BadgeAward>,
] = [true, true, true, true];

const kudos: Kudos = { id: "k1", from: "m-li", to: ["m-wang"], date: "2026-11-20", message: "帮客户解决了退款问题", values: ["customer-first"] };
const streak: BadgeDefinition = { id: "hat-trick", name: { en: "Hat-trick", "zh-CN": "帽子戏法" }, criteria: { kind: "attainment-streak", atLeast: "1", months: 3 }, repeat: "per-period" };

describe("recognition schemas", () => {
  it("match their interfaces (checked at compile time)", () => {
    expect(sameTypes.every(Boolean)).toBe(true);
  });

  it("parse kudos with the same rules as the compute functions, in the chosen locale", () => {
    expect(parseKudos(kudos)).toEqual(kudos);
    const bad = safeParseKudos({ ...kudos, to: ["m-wang", "m-wang"], values: [], date: "2026-02-30" }, { locale: "zh-CN" });
    expect(!bad.success && bad.error.issues.map((i) => [i.path.join("."), i.code, i.message])).toEqual([
      ["date", "validation.calendar-date", "“2026-02-30”不是有效日期：请按 YYYY-MM-DD 填写真实存在的日期。"],
      ["to.1", "validation.duplicate", "“m-wang”重复出现。"],
    ]);
    expect(safeParseKudos({ ...kudos, to: [] }).success).toBe(false);
    expect(safeParseKudos({ ...kudos, visibility: "team" }).success).toBe(false);
  });

  it("parse badge definitions, criteria nested or not, and drop unknown fields", () => {
    expect(parseBadgeDefinition(streak)).toEqual(streak);
    const nested = { id: "x", name: { en: "X", "zh-CN": "X" }, note: "kept out", criteria: { all: [{ kind: "count", fact: "won-deal", atLeast: 1, colour: "gold" }, { all: [{ kind: "count", fact: "kudos-given", atLeast: 2, within: "month" }] }] } };
    expect(parseBadgeDefinition(nested)).toEqual({
      id: "x",
      name: { en: "X", "zh-CN": "X" },
      criteria: { all: [{ kind: "count", fact: "won-deal", atLeast: 1 }, { all: [{ kind: "count", fact: "kudos-given", atLeast: 2, within: "month" }] }] },
    });
    expect(BadgeCriterionSchema.parse({ kind: "count", fact: "won-deal", atLeast: 1 })).toEqual({ kind: "count", fact: "won-deal", atLeast: 1 });
  });

  it("report every problem of a badge definition with a path, as awardBadges does", () => {
    const input = { id: "", name: { en: "X" }, criteria: { all: [{ kind: "count", fact: "sold", atLeast: 0 }, { kind: "streak" }] }, repeat: "sometimes" };
    const result = safeParseBadgeDefinition(input);
    expect(!result.success && result.error.issues.map((i) => `${i.path.join(".")}:${i.code}`)).toEqual([
      "id:validation.empty",
      "name.zh-CN:validation.required",
      "criteria.all.0.fact:validation.enum",
      "criteria.all.0.atLeast:validation.range",
      "criteria.all.1.kind:validation.enum",
      "repeat:validation.enum",
    ]);
    expect(!result.success && result.error.issues[2]?.message).toBe("Must be one of won-deal, kudos-received, kudos-given, got “sold”.");
    // a per-period badge needs a criterion with a period
    const once = safeParseBadgeDefinition({ ...streak, criteria: { kind: "count", fact: "won-deal", atLeast: 1 } });
    expect(!once.success && once.error.issues.map((i) => `${i.path.join(".")}:${i.code}:${i.message}`)).toEqual(["repeat:validation.enum:Must be one of never, got “per-period”."]);
    expect(safeParseBadgeDefinition({ ...streak, criteria: undefined }).success).toBe(false);
    // nested too deep
    let deep: unknown = { kind: "count", fact: "won-deal", atLeast: 1 };
    for (let i = 0; i < 20; i++) deep = { all: [deep] };
    expect(safeParseBadgeDefinition({ ...streak, repeat: "never", criteria: deep }).success).toBe(false);
  });

  it("accept the awards awardBadges makes, after a trip through JSON", () => {
    const awards = awardBadges([streak], { attainment: ["2026-07", "2026-08", "2026-09"].map((month) => ({ memberId: "m-li", month, value: "1.1" })) }, "2026-11-28");
    expect(awards.length).toBe(1);
    const stored = JSON.parse(JSON.stringify(awards[0])) as unknown;
    expect(BadgeAwardSchema.parse(stored)).toEqual(awards[0]);
    expect(BadgeAwardSchema.safeParse({ ...awards[0], earnedOn: "2026-09-31" }).success).toBe(false);
  });
});

describe("recognition messages", () => {
  it("have the same codes in English and Chinese", () => {
    expect(Object.keys(recognitionMessagesZhCN).sort()).toEqual(Object.keys(recognitionMessagesEn).sort());
  });

  it("read in full in both languages for every finding and explanation the module produces", () => {
    const findings: Finding<string>[] = [
      ...checkKudos({ ...kudos, from: "m-wang", message: "Great job!", values: ["x"] }, { values: ["customer-first"] }),
      ...checkKudos({ ...kudos, values: [], message: "Thanks team" }),
      ...recognitionCoverage(["m-wang", "m-li"], { kudos: [{ ...kudos, date: "2026-09-01" }] }, { asOf: "2026-11-28", withinDays: 30 }).findings,
    ];
    const steps: ExplanationStep[] = [];
    const walk = (list: readonly ExplanationStep[]) => list.forEach((s) => (steps.push(s), walk(s.steps ?? [])));
    const defs: BadgeDefinition[] = [
      streak,
      { id: "combo", name: { en: "Combo", "zh-CN": "组合" }, criteria: { all: [{ kind: "count", fact: "won-deal", atLeast: 1 }, { kind: "count", fact: "kudos-given", atLeast: 1, within: "year" }] } },
    ];
    const facts = { attainment: ["2026-07", "2026-08", "2026-09"].map((month) => ({ memberId: "m-li", month, value: "1.1" })), deals: [{ memberId: "m-li", id: "D1", wonOn: "2026-10-01" }], kudos: [kudos] };
    for (const award of awardBadges(defs, facts, "2026-11-28")) walk(award.explanation.steps);

    const codes = new Set([...findings.map((f) => f.code), ...steps.map((s) => s.code)]);
    expect([...codes].sort()).toEqual(Object.keys(recognitionMessagesEn).sort());
    for (const locale of ["en", "zh-CN"] as const) {
      const texts = [...findings.map((f) => formatFinding(f, locale)), ...formatExplanation({ steps }, locale)];
      for (const text of texts) {
        expect(text).not.toMatch(/\{[A-Za-z0-9_]+\}|undefined|NaN|\[object Object\]/);
        if (locale === "zh-CN") expect(text).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
