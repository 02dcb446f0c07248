/**
 * recommendApproach: the Thomas–Kilmann grid (research notes §3.3), time pressure and the
 * safety/ethics override.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFinding } from "team-playbook/core";
import { recommendApproach, type ConflictImportance, type ConflictMode, type ConflictSituation } from "../../src/conflicts/approach.js";
import { conflictAdviceMessagesEn } from "../../src/conflicts/messages/advice-en.js";
import { conflictAdviceMessagesZhCN } from "../../src/conflicts/messages/advice-zh-CN.js";
import { issuesOf } from "../support/issues.js";

type Row = readonly [issue: ConflictImportance, relationship: ConflictImportance, timePressure: boolean, safetyOrEthics: boolean, mode: ConflictMode, codes: readonly string[]];

const A = "conflict.approach.";
// The whole decision table: 3 issue levels × 3 relationship levels × time pressure × safety.
//
// TKI places the modes on assertiveness (issue) × cooperativeness (relationship):
// competing high×low, collaborating high×high, compromising mid×mid, avoiding low×low,
// accommodating low×high. The four cells with exactly one "medium" are ties on that grid; they
// follow "a high concern is never traded away, a low one may be, a medium one is kept at least
// in part", then TKI's "when it fits":
//   high × medium   → collaborating (competing would sacrifice a medium relationship)
//   medium × high   → collaborating (accommodating would drop a medium issue)
//   medium × low    → compromising  (TKI: "goals moderately important, not worth the disruption of more assertive modes")
//   low × medium    → accommodating (TKI: "the issue matters more to others than to yourself")
// Time pressure turns collaborating (time-consuming) into compromising (TKI: expedient
// settlement under time pressure) and changes nothing else. Safety or ethics → competing, always.
const TABLE: readonly Row[] = [
  ["high", "high", false, false, "collaborating", [`${A}collaborating`]],
  ["high", "high", true, false, "compromising", [`${A}compromising`, `${A}time-pressure`]],
  ["high", "high", false, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["high", "high", true, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["high", "medium", false, false, "collaborating", [`${A}collaborating`]],
  ["high", "medium", true, false, "compromising", [`${A}compromising`, `${A}time-pressure`]],
  ["high", "medium", false, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["high", "medium", true, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["high", "low", false, false, "competing", [`${A}competing`]],
  ["high", "low", true, false, "competing", [`${A}competing`]],
  ["high", "low", false, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["high", "low", true, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["medium", "high", false, false, "collaborating", [`${A}collaborating`]],
  ["medium", "high", true, false, "compromising", [`${A}compromising`, `${A}time-pressure`]],
  ["medium", "high", false, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["medium", "high", true, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["medium", "medium", false, false, "compromising", [`${A}compromising`]],
  ["medium", "medium", true, false, "compromising", [`${A}compromising`]],
  ["medium", "medium", false, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["medium", "medium", true, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["medium", "low", false, false, "compromising", [`${A}compromising`]],
  ["medium", "low", true, false, "compromising", [`${A}compromising`]],
  ["medium", "low", false, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["medium", "low", true, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["low", "high", false, false, "accommodating", [`${A}accommodating`]],
  ["low", "high", true, false, "accommodating", [`${A}accommodating`]],
  ["low", "high", false, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["low", "high", true, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["low", "medium", false, false, "accommodating", [`${A}accommodating`]],
  ["low", "medium", true, false, "accommodating", [`${A}accommodating`]],
  ["low", "medium", false, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["low", "medium", true, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["low", "low", false, false, "avoiding", [`${A}avoiding`]],
  ["low", "low", true, false, "avoiding", [`${A}avoiding`]],
  ["low", "low", false, true, "competing", [`${A}competing`, `${A}safety-override`]],
  ["low", "low", true, true, "competing", [`${A}competing`, `${A}safety-override`]],
];

const render = (f: Parameters<typeof formatFinding>[0], locale: "en" | "zh-CN") =>
  formatFinding(f, locale, { catalog: locale === "en" ? conflictAdviceMessagesEn : conflictAdviceMessagesZhCN });

const levels = fc.constantFrom<ConflictImportance>("low", "medium", "high");
const situations = fc.record(
  { issueImportance: levels, relationshipImportance: levels, timePressure: fc.boolean(), safetyOrEthics: fc.boolean() },
  { requiredKeys: ["issueImportance", "relationshipImportance"] },
);

describe("recommendApproach: the decision table", () => {
  it("pins all 36 combinations", () => {
    expect(TABLE).toHaveLength(36);
    expect(new Set(TABLE.map((r) => r.slice(0, 4).join())).size).toBe(36);
  });

  it.each(TABLE)("issue %s × relationship %s, time pressure %s, safety %s → %s", (issueImportance, relationshipImportance, timePressure, safetyOrEthics, mode, codes) => {
    const r = recommendApproach({ issueImportance, relationshipImportance, timePressure, safetyOrEthics });
    expect(r.mode).toBe(mode);
    expect(r.reasons.map((f) => f.code)).toEqual(codes);
    expect(r.reasons.every((f) => f.severity === "info")).toBe(true);
    // the mode's own finding comes first and names the two importances
    expect(r.reasons[0]).toEqual({ code: `${A}${mode}`, severity: "info", params: { issueImportance, relationshipImportance } });
  });

  it("leaving the flags out is the same as false", () => {
    for (const [issueImportance, relationshipImportance, tp, se, mode] of TABLE) {
      if (tp || se) continue;
      expect(recommendApproach({ issueImportance, relationshipImportance }).mode).toBe(mode);
    }
  });

  it("the modifiers say what they replaced", () => {
    expect(recommendApproach({ issueImportance: "high", relationshipImportance: "high", timePressure: true }).reasons[1]).toEqual({
      code: `${A}time-pressure`,
      severity: "info",
      params: { insteadOf: "collaborating" },
    });
    // without the override this would have been accommodating; with time pressure as well, compromising
    expect(recommendApproach({ issueImportance: "low", relationshipImportance: "high", safetyOrEthics: true }).reasons[1]!.params).toEqual({ otherwise: "accommodating" });
    expect(recommendApproach({ issueImportance: "medium", relationshipImportance: "high", timePressure: true, safetyOrEthics: true }).reasons[1]!.params).toEqual({ otherwise: "compromising" });
  });
});

describe("recommendApproach: properties", () => {
  it("safety or ethics → competing, whatever else (override)", () => {
    fc.assert(
      fc.property(situations, (s) => {
        const r = recommendApproach({ ...s, safetyOrEthics: true });
        expect(r.mode).toBe("competing");
        expect(r.reasons.map((f) => f.code)).toEqual([`${A}competing`, `${A}safety-override`]);
        // and the override reports what the advice would otherwise have been
        expect(r.reasons[1]!.params).toEqual({ otherwise: recommendApproach({ ...s, safetyOrEthics: false }).mode });
      }),
    );
  });

  it("time pressure changes only collaborating, and only into compromising", () => {
    fc.assert(
      fc.property(levels, levels, (issueImportance, relationshipImportance) => {
        const calm = recommendApproach({ issueImportance, relationshipImportance }).mode;
        const hurried = recommendApproach({ issueImportance, relationshipImportance, timePressure: true }).mode;
        expect(hurried).toBe(calm === "collaborating" ? "compromising" : calm);
      }),
    );
  });

  it("more concern for the issue never makes the advice less assertive (TKI assertiveness order)", () => {
    const assertiveness: Record<ConflictMode, number> = { avoiding: 0, accommodating: 0, compromising: 1, collaborating: 2, competing: 2 };
    for (const relationshipImportance of ["low", "medium", "high"] as const) {
      const modes = (["low", "medium", "high"] as const).map((issueImportance) => assertiveness[recommendApproach({ issueImportance, relationshipImportance }).mode]);
      expect([...modes].sort()).toEqual(modes);
    }
  });

  it("more concern for the relationship never makes the advice less cooperative (TKI cooperativeness order)", () => {
    const cooperativeness: Record<ConflictMode, number> = { competing: 0, avoiding: 0, compromising: 1, collaborating: 2, accommodating: 2 };
    for (const issueImportance of ["low", "medium", "high"] as const) {
      const modes = (["low", "medium", "high"] as const).map((relationshipImportance) => cooperativeness[recommendApproach({ issueImportance, relationshipImportance }).mode]);
      expect([...modes].sort()).toEqual(modes);
    }
  });

  it("never changes its argument, and the result survives JSON", () => {
    fc.assert(
      fc.property(situations, (s) => {
        const frozen = Object.freeze({ ...s });
        const r = recommendApproach(frozen);
        expect(frozen).toEqual(s);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
    );
  });
});

describe("recommendApproach: messages", () => {
  it("every reason reads fully in English and Chinese", () => {
    fc.assert(
      fc.property(situations, (s) => {
        for (const f of recommendApproach(s).reasons) {
          for (const locale of ["en", "zh-CN"] as const) {
            const text = render(f, locale);
            expect(text).not.toMatch(/\{[A-Za-z0-9_]+\}|undefined|conflicts\./);
          }
        }
      }),
    );
  });

  it("reads as a manager would say it", () => {
    const r = recommendApproach({ issueImportance: "high", relationshipImportance: "high", timePressure: true });
    expect(render(r.reasons[0]!, "en")).toBe(
      "Compromise: each side gives up part of what it wants (issue importance: high; relationship importance: high). It fits moderately important goals, sides of equal power, or a settlement needed quickly. Risk: nobody is fully satisfied, and the underlying issue may come back.",
    );
    expect(render(r.reasons[1]!, "zh-CN")).toBe("时间紧：本来“合作”是最好的办法，但需要时间，不如先各让一步把事情定下来，等这阵子忙完再回头彻底解决。");
    const o = recommendApproach({ issueImportance: "low", relationshipImportance: "high", safetyOrEthics: true });
    expect(render(o.reasons[0]!, "zh-CN")).toBe(
      "建议采取“竞争”方式：表明立场，由你拍板（事情本身的重要性：低；关系的重要性：高）。适用于原则性问题、紧急情况，或者不受欢迎但必须做的决定。风险：容易伤感情，事后要把决定的理由讲清楚，并主动找对方沟通。",
    );
    expect(render(o.reasons[1]!, "zh-CN")).toBe("涉及安全或道德合规问题，这一条压倒其他所有考虑：必须立即、坚决处理，哪怕影响关系也在所不惜。如果不涉及这类问题，原本的建议是“迁就”。");
    expect(render(recommendApproach({ issueImportance: "low", relationshipImportance: "low" }).reasons[0]!, "en")).toContain("Risk: issues fester");
  });
});

describe("recommendApproach: validation", () => {
  it("names every bad path at once", () => {
    const bad = { issueImportance: "urgent", relationshipImportance: undefined, timePressure: "yes", safetyOrEthics: 1 } as unknown as ConflictSituation;
    expect(issuesOf(() => recommendApproach(bad))).toEqual([
      "situation.issueImportance:validation.enum",
      "situation.relationshipImportance:validation.required",
      "situation.timePressure:validation.type",
      "situation.safetyOrEthics:validation.type",
    ]);
  });

  it("rejects a missing or non-object situation with a ValidationError, not a TypeError", () => {
    for (const bad of [undefined, null, "high", [], 3]) {
      expect(issuesOf(() => recommendApproach(bad as unknown as ConflictSituation))).toHaveLength(1);
    }
    expect(issuesOf(() => recommendApproach(undefined as unknown as ConflictSituation))).toEqual(["situation:validation.required"]);
    expect(issuesOf(() => recommendApproach({} as ConflictSituation))).toEqual(["situation.issueImportance:validation.required", "situation.relationshipImportance:validation.required"]);
  });

  it("keys named __proto__ reach no prototype", () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "issueImportance": "low", "relationshipImportance": "low"}') as ConflictSituation;
    expect(recommendApproach(input).mode).toBe("avoiding");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
