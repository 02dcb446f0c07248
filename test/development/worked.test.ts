/**
 * Development (培训与发展): the skills cases S1–S5 of the research notes
 * (shared/research/feedback-culture-conflict.md §7.7), the other functions' worked examples
 * with the arithmetic written out, validation, and no mutation.
 */
import { describe, expect, it } from "vitest";
import { formatExplanation, formatFinding, ValidationError } from "team-playbook/core";
import {
  checkDevelopmentPlan,
  developmentPlanMix,
  developmentPlanProgress,
  nextRoleReadiness,
  parseDevelopmentPlan,
  parseRoleProfile,
  PROFICIENCY_SCALE,
  recommendTrainings,
  roleReadiness,
  safeParseDevelopmentPlan,
  safeParseRoleProfile,
  safeParseTrainingCatalog,
  skillBusFactor,
  skillGaps,
  trainingCompletion,
  type DevelopmentPlan,
  type RoleProfile,
  type Training,
} from "team-playbook/development";
import { issuesOf } from "../support/issues.js";

// S1: required {Negotiation 3, CRM hygiene 2, Forecasting 3, Product 4}; current {2, 3, 1, 4}; weights {3, 1, 2, 3}
const S1_MEMBER = { skills: { negotiation: 2, crm: 3, forecasting: 1, product: 4 } } as const;
const S1_ROLE: RoleProfile = {
  id: "kam",
  requirements: { negotiation: { level: 3, weight: 3 }, crm: { level: 2, weight: 1 }, forecasting: { level: 3, weight: 2 }, product: { level: 4, weight: 3 } },
};

describe("S1: gaps and readiness", () => {
  it("gaps max(0, r − c) = {1, 0, 2, 0}: forecasting (2 × 2 = 4) before negotiation (1 × 3 = 3)", () => {
    expect(skillGaps(S1_MEMBER, S1_ROLE)).toEqual([
      { skill: "forecasting", required: 3, current: 1, gap: 2, weight: 2, weightedGap: 4 },
      { skill: "negotiation", required: 3, current: 2, gap: 1, weight: 3, weightedGap: 3 },
    ]);
  });

  it("totalGap 3, gapCount 2, weightedGap 7 of 29, readiness 22/29 = 75.9 %, skills met 2/4 = 50 %", () => {
    const r = roleReadiness(S1_MEMBER, S1_ROLE);
    // max = 3·3 + 1·2 + 2·3 + 3·4 = 29; weighted gap = 1·3 + 2·2 = 7; 1 − 7/29 = 22/29 = 0.7586 → 75.9 %
    expect([r.totalGap, r.gaps.length, r.weightedGap, r.weightedRequirement]).toEqual([3, 2, 7, 29]);
    expect(r.readiness).toEqual({ fraction: "22/29", value: 22 / 29, percent: 75.9 });
    expect(r.skillsMet).toEqual({ met: 2, of: 4, share: { fraction: "1/2", value: 0.5, percent: 50 } });
  });

  it("skill coverage weighs each skill by its weight only: (3·2/3 + 1·1 + 2·1/3 + 3·1) / 9 = (20/3) / 9 = 20/27 = 74.1 %", () => {
    const r = roleReadiness(S1_MEMBER, S1_ROLE);
    expect(r.skillCoverage).toEqual({ fraction: "20/27", value: 20 / 27, percent: 74.1 });
  });

  it("explains readiness skill by skill: 3·2 + 1·2 + 2·1 + 3·4 = 22 of 29", () => {
    const r = roleReadiness(S1_MEMBER, S1_ROLE);
    expect(formatExplanation(r.explanation, "en")).toEqual([
      "negotiation: weight 3 × min(2, 3) = 6, out of 3 × 3.",
      "crm: weight 1 × min(3, 2) = 2, out of 1 × 2.",
      "forecasting: weight 2 × min(1, 3) = 2, out of 2 × 3.",
      "product: weight 3 × min(4, 4) = 12, out of 3 × 4.",
      "Readiness: 22 of the 29 weighted levels required = 22/29 (75.9%).",
    ]);
  });

  it("findings name the biggest gaps, largest first, in both languages", () => {
    const r = roleReadiness(S1_MEMBER, S1_ROLE);
    expect(r.findings.map((f) => f.params?.["skill"])).toEqual(["forecasting", "negotiation"]);
    expect(formatFinding(r.findings[0]!, "en")).toBe("forecasting: at level 1 (aware), role kam needs level 3 (independent) — 2 level(s) short, weight 2.");
    expect(formatFinding(r.findings[0]!, "zh-CN")).toBe("forecasting：目前是 1 级（了解），岗位 kam 要求 3 级（独立胜任），还差 2 级（权重 2）。");
    expect(roleReadiness(S1_MEMBER, S1_ROLE, { maxGapFindings: 1 }).findings).toHaveLength(1);
  });

  it("the shared vector: objects carry skill, required, current and gap", () => {
    const gaps = skillGaps(
      { skills: { negotiation: 2, crm: 3, forecasting: 1, product: 4 } },
      { requirements: { negotiation: { level: 3, weight: 3 }, crm: { level: 2, weight: 1 }, forecasting: { level: 3, weight: 2 }, product: { level: 4, weight: 3 } } },
    );
    expect(gaps).toMatchObject([
      { skill: "forecasting", required: 3, current: 1, gap: 2 },
      { skill: "negotiation", required: 3, current: 2, gap: 1 },
    ]);
  });
});

describe("skillGaps details", () => {
  it("a missing skill counts as 0; weight defaults to 1; skills the role does not need are ignored", () => {
    expect(skillGaps({ skills: { golf: 4 } }, { requirements: { crm: { level: 2 } } })).toEqual([{ skill: "crm", required: 2, current: 0, gap: 2, weight: 1, weightedGap: 2 }]);
  });
  it("ties of weighted gap go by skill name, compared exactly (1 × 0.3 = 3 × 0.1)", () => {
    const gaps = skillGaps({ skills: { b: 3, a: 1 } }, { requirements: { b: { level: 4, weight: 0.3 }, a: { level: 4, weight: 0.1 } } });
    expect(gaps.map((g) => [g.skill, g.weightedGap])).toEqual([["a", 0.3], ["b", 0.3]]);
  });
  it("skills at or above the requirement are not gaps", () => {
    expect(skillGaps({ skills: { crm: 4 } }, { requirements: { crm: { level: 2 } } })).toEqual([]);
  });
});

describe("S3: levels outside the 0–4 scale are a ValidationError", () => {
  it("level 5 in a member, a role and a parsed role", () => {
    expect(() => skillGaps({ skills: { crm: 5 } } as never, { requirements: {} })).toThrow(ValidationError);
    expect(issuesOf(() => skillGaps({ skills: { crm: 5, fc: 2.5, neg: -1 } } as never, { requirements: { crm: { level: 5 }, fc: { level: 0 }, neg: { level: 2, weight: 0 } } } as never))).toEqual([
      "member.skills.crm:validation.range",
      "member.skills.fc:validation.integer",
      "member.skills.neg:validation.range",
      "role.requirements.crm.level:validation.range",
      "role.requirements.fc.level:validation.range",
      "role.requirements.neg.weight:validation.range",
    ]);
    const parsed = safeParseRoleProfile({ requirements: { crm: { level: 5 } } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((i) => [i.path, i.code])).toEqual([[["requirements", "crm", "level"], "validation.range"]]);
    expect(() => parseRoleProfile({ requirements: { crm: { level: 3, weight: -2 } } })).toThrow(ValidationError);
  });
  it("names every bad path of both arguments at once, never a TypeError", () => {
    expect(issuesOf(() => skillGaps(null as never, { requirements: [] } as never))).toEqual(["member:validation.type", "role.requirements:validation.type"]);
    expect(issuesOf(() => roleReadiness({ skills: {} }, { requirements: {} }, { maxGapFindings: -1 }))).toEqual(["opts.maxGapFindings:validation.range"]);
  });
  it("keys like __proto__ and constructor are ordinary skill names", () => {
    const role = JSON.parse('{"requirements": {"__proto__": {"level": 2}, "constructor": {"level": 1}}}') as RoleProfile;
    expect(skillGaps({ skills: {} }, role).map((g) => g.skill)).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>)["level"]).toBeUndefined();
  });
});

describe("readiness edge cases and the career ladder", () => {
  it("a role without requirements has no readiness (null, with a note), never 0", () => {
    const r = roleReadiness({ skills: {} }, { id: "x", requirements: {} });
    expect([r.readiness, r.skillCoverage, r.findings.map((f) => f.code)]).toEqual([null, null, ["development.readiness.no-requirements"]]);
  });
  it("every requirement met → readiness 1 and a met note; surplus does not raise it above 1", () => {
    const r = roleReadiness({ skills: { crm: 4 } }, { requirements: { crm: { level: 2 } } });
    expect(r.readiness).toEqual({ fraction: "1", value: 1, percent: 100 });
    expect(r.findings.map((f) => f.code)).toEqual(["development.readiness.met"]);
  });
  const ladder = {
    id: "sales",
    rungs: [
      { id: "am", requirements: { negotiation: { level: 2 }, forecasting: { level: 2 } } },
      { id: "kam", requirements: { negotiation: { level: 3, weight: 2 }, forecasting: { level: 3 } } },
      { id: "head", requirements: { negotiation: { level: 4 }, forecasting: { level: 4 }, coaching: { level: 3 } } },
    ],
  };
  it("next rung after am is kam: (2·min(3,3)/3 + 1·min(2,3)/3) / 3 = (2 + 2/3) / 3 = 8/9 = 88.9 %", () => {
    const r = nextRoleReadiness({ skills: { negotiation: 3, forecasting: 2 } }, ladder, "am");
    expect(r.nextRoleId).toBe("kam");
    expect(r.readiness?.readiness).toEqual({ fraction: "8/9", value: 8 / 9, percent: 88.9 });
    expect(r.findings.map((f) => [f.code, f.params?.["skill"], f.params?.["roleId"]])).toEqual([["development.readiness.gap", "forecasting", "kam"]]);
  });
  it("no current role → the first rung; the top rung → no next role", () => {
    expect(nextRoleReadiness({ skills: {} }, ladder, null).nextRoleId).toBe("am");
    const top = nextRoleReadiness({ skills: {} }, ladder, "head");
    expect([top.nextRoleId, top.readiness, top.findings.map((f) => f.code)]).toEqual([null, null, ["development.ladder.top-rung"]]);
    expect(formatFinding(top.findings[0]!, "zh-CN")).toBe("head 已经是职业发展阶梯的最高一级，没有下一级岗位可以评估。");
  });
  it("an unknown current role, a rung without an id and a repeated id are ValidationErrors", () => {
    expect(issuesOf(() => nextRoleReadiness({ skills: {} }, ladder, "ceo"))).toEqual(["currentRoleId:validation.not-found"]);
    const bad = { rungs: [{ requirements: {} }, { id: "a", requirements: {} }, { id: "a", requirements: {} }] };
    expect(issuesOf(() => nextRoleReadiness({ skills: {} }, bad as never, "a"))).toEqual(["ladder.rungs.0.id:validation.required", "ladder.rungs.2.id:validation.duplicate"]);
  });
});

const CATALOG: Training[] = [
  { id: "neg-201", title: "价值谈判进阶", skills: [{ skill: "negotiation", raisesTo: 3 }], format: "formal", hours: 16 },
  { id: "fc-101", title: "销售预测入门", skills: [{ skill: "forecasting", raisesTo: 2 }], format: "formal", hours: 8 },
  { id: "shadow", title: "跟岗大客户经理做季度预测", skills: [{ skill: "forecasting", raisesTo: 3 }], format: "experience" },
  { id: "fc-301", title: "预测大师课", skills: [{ skill: "forecasting", raisesTo: 4 }], format: "formal", hours: 24 },
  { id: "golf", title: "商务高尔夫", skills: [{ skill: "golf", raisesTo: 3 }], format: "social", hours: 4 },
];

describe("recommendTrainings", () => {
  const gaps = skillGaps(S1_MEMBER, S1_ROLE); // forecasting 1→3 (weight 2), negotiation 2→3 (weight 3)
  it("orders by weighted gap closed: fc-301 and shadow close 2 × 2 = 4 (fewer known hours first: 24 h before unknown), neg-201 1 × 3 = 3, fc-101 1 × 2 = 2", () => {
    const r = recommendTrainings(gaps, CATALOG);
    expect(r.recommendations.map((x) => [x.trainingId, x.weightedGapClosed])).toEqual([["fc-301", 4], ["shadow", 4], ["neg-201", 3], ["fc-101", 2]]);
    // raising to 4 earns nothing beyond the requirement of 3
    expect(r.recommendations[0]!.closes).toEqual([{ skill: "forecasting", current: 1, reaches: 3, required: 3, closed: 2, weight: 2 }]);
    expect(r.recommendations[3]!.closesFully).toEqual([]);
    expect(r.uncovered).toEqual([]);
    expect(formatFinding(r.recommendations[3]!.reasons[0]!, "zh-CN")).toBe("“销售预测入门”（fc-101）能把 forecasting 从 1 级（了解）提升到 2 级（需要指导）（岗位要求 3 级（独立胜任））。");
    expect(recommendTrainings(gaps, CATALOG, { limit: 1 }).recommendations).toHaveLength(1);
  });
  it("gaps no training works on are listed with a finding", () => {
    const r = recommendTrainings([{ skill: "coaching", required: 3, current: 0, gap: 3, weight: 1, weightedGap: 3 }], CATALOG);
    expect([r.recommendations, r.uncovered, r.findings.map((f) => f.code)]).toEqual([[], ["coaching"], ["development.training.none-for-gap"]]);
  });
  it("validates the gaps and the catalogue, naming every path", () => {
    expect(
      issuesOf(() =>
        recommendTrainings([{ skill: "a", required: 2, current: 2, gap: 0, weight: 1 }, { skill: "b", required: 3, current: 1, gap: 1 }] as never, [{ id: "x", title: "x", skills: [], format: "book" }, { id: "x", title: "y", skills: [{ skill: "a", raisesTo: 9 }], format: "formal", hours: -1 }] as never),
      ),
    ).toEqual([
      "gaps.0.current:validation.range",
      "gaps.1.gap:validation.invalid",
      "catalog.0.format:validation.enum",
      "catalog.0.skills:validation.empty",
      "catalog.1.hours:validation.range",
      "catalog.1.skills.0.raisesTo:validation.range",
    ]);
    expect(safeParseTrainingCatalog([CATALOG[0], CATALOG[0]]).success).toBe(false);
  });
});

describe("trainingCompletion", () => {
  const records = [
    { memberId: "wang", trainingId: "neg-201", assignedOn: "2026-10-08", completedOn: "2026-10-30" },
    { memberId: "li", trainingId: "neg-201", assignedOn: "2026-10-08" },
    { memberId: "li", trainingId: "fc-101", assignedOn: "2026-11-02", completedOn: "2026-11-20" },
    { memberId: "zhao", trainingId: "fc-101", assignedOn: "2026-11-02", completedOn: "2027-01-05" },
    { memberId: "zhao", trainingId: "neg-201", assignedOn: "2026-06-01", completedOn: "2026-10-02" },
  ];
  it("Q4 cohort: 4 assigned, 2 completed by 31 Dec (zhao's in January does not count) → 1/2; the June assignment is outside the cohort but its October completion is listed", () => {
    const c = trainingCompletion(records, { period: { start: "2026-10-01", end: "2026-12-31" } });
    expect(c.overall).toEqual({ id: "*", assigned: 4, completed: 2, rate: { fraction: "1/2", value: 0.5, percent: 50 } });
    expect(c.byTraining).toEqual([
      { id: "fc-101", assigned: 2, completed: 1, rate: { fraction: "1/2", value: 0.5, percent: 50 } },
      { id: "neg-201", assigned: 2, completed: 1, rate: { fraction: "1/2", value: 0.5, percent: 50 } },
    ]);
    expect(c.byMember.map((r) => [r.id, r.completed, r.assigned])).toEqual([["li", 1, 2], ["wang", 1, 1], ["zhao", 0, 1]]);
    expect(c.completions).toEqual([
      { memberId: "zhao", trainingId: "neg-201", completedOn: "2026-10-02" },
      { memberId: "wang", trainingId: "neg-201", completedOn: "2026-10-30" },
      { memberId: "li", trainingId: "fc-101", completedOn: "2026-11-20" },
    ]);
  });
  it("nothing assigned → rate null; a completion before its assignment is a ValidationError", () => {
    expect(trainingCompletion([], { period: { start: "2026-10-01", end: "2026-12-31" } }).overall.rate).toBeNull();
    expect(issuesOf(() => trainingCompletion([{ memberId: "a", trainingId: "t", assignedOn: "2026-10-08", completedOn: "2026-10-01" }], { period: { start: "2026-12-31", end: "2026-10-01" } }))).toEqual([
      "records.0.completedOn:validation.date-before",
      "opts.period:validation.period-order",
    ]);
  });
});

const S5_PLAN: DevelopmentPlan = {
  id: "idp-wang",
  memberId: "wang",
  goals: [
    { id: "g1", title: "提升影响力" },
    { id: "g2", title: "独立做季度预测", skill: "forecasting", targetLevel: 3 },
  ],
  activities: [
    { id: "a1", title: "读一本谈判的书", goalId: "g1", format: "formal" },
    { id: "a2", title: "跟岗做Q1预测", goalId: "g2", format: "experience", due: "2027-02-15" },
  ],
};

describe("S5: plan checks", () => {
  it("a goal with no linked gap or career aim → warning; an activity without a due date → error (errors first)", () => {
    const f = checkDevelopmentPlan(S5_PLAN);
    expect(f.map((x) => [x.code, x.severity, x.path])).toEqual([
      ["development.plan.activity-no-due-date", "error", ["plan", "activities", 0]],
      ["development.plan.unlinked-goal", "warning", ["plan", "goals", 0]],
    ]);
    expect(formatFinding(f[1]!, "zh-CN")).toBe("目标 g1（“提升影响力”）既没有对应某项技能差距，也没有对应职业发展方向：写明它要补哪项短板、为哪个岗位做准备。");
  });
  it("with the member's gaps: a goal without activities, and gaps no goal names", () => {
    const plan = { ...S5_PLAN, goals: [...S5_PLAN.goals, { id: "g3", title: "为晋升KAM做准备", careerAim: "kam" }] };
    const f = checkDevelopmentPlan(plan, { gaps: skillGaps(S1_MEMBER, S1_ROLE) });
    expect(f.map((x) => [x.code, x.params?.["id"] ?? x.params?.["skill"]])).toEqual([
      ["development.plan.activity-no-due-date", "a1"],
      ["development.plan.unlinked-goal", "g1"],
      ["development.plan.goal-without-activities", "g3"],
      ["development.plan.gap-not-covered", "negotiation"],
    ]);
  });
  it("an activity naming a goal the plan does not have, and repeated ids, are ValidationErrors", () => {
    const bad = { ...S5_PLAN, goals: [S5_PLAN.goals[0], S5_PLAN.goals[0]], activities: [{ id: "a", title: "x", goalId: "nope", format: "formal", due: "2027-02-30" }] };
    expect(issuesOf(() => checkDevelopmentPlan(bad as never))).toEqual(["plan.goals.1.id:validation.duplicate", "plan.activities.0.goalId:validation.not-found", "plan.activities.0.due:validation.calendar-date"]);
    expect(safeParseDevelopmentPlan(bad).success).toBe(false);
    expect(parseDevelopmentPlan(S5_PLAN)).toEqual(S5_PLAN);
  });
});

describe("S4: the 70-20-10 mix is descriptive", () => {
  const plan: DevelopmentPlan = {
    id: "idp",
    memberId: "wang",
    goals: [],
    activities: [
      { id: "a1", title: "主导一个续约项目", format: "experience", hours: 28, due: "2027-03-31" },
      { id: "a2", title: "每两周和导师复盘", format: "social", hours: 8, due: "2027-03-31" },
      { id: "a3", title: "预测课程", format: "formal", hours: 12, due: "2027-01-31" },
    ],
  };
  it("hours 28/48, 8/48, 12/48 = 58.3 / 16.7 / 25.0 % vs 70/20/10 → deltas −11.7 / −3.3 / +15.0, no pass/fail", () => {
    const mix = developmentPlanMix(plan, { basis: "hours" });
    expect(mix.total).toBe(48);
    expect(mix.kinds).toEqual([
      { kind: "experience", amount: 28, share: { fraction: "7/12", value: 7 / 12, percent: 58.3 }, reference: 70, deltaPoints: -11.7 },
      { kind: "social", amount: 8, share: { fraction: "1/6", value: 1 / 6, percent: 16.7 }, reference: 20, deltaPoints: -3.3 },
      { kind: "formal", amount: 12, share: { fraction: "1/4", value: 0.25, percent: 25 }, reference: 10, deltaPoints: 15 },
    ]);
    expect(mix.findings).toEqual([]); // 15 points is within the default 20
  });
  it("a far mix gives an info finding that says 70-20-10 is a rule of thumb", () => {
    const mix = developmentPlanMix(plan, { basis: "hours", farFromReferencePoints: 10 });
    expect(mix.findings.map((f) => [f.code, f.severity, f.params?.["kind"]])).toEqual([
      ["development.plan.mix-far-from-reference", "info", "experience"],
      ["development.plan.mix-far-from-reference", "info", "formal"],
    ]);
    expect(formatFinding(mix.findings[1]!, "en")).toContain("rule of thumb");
    expect(formatFinding(mix.findings[1]!, "zh-CN")).toBe("课程培训占计划的 25%，与参考比例（默认 70-20-10）中的 10% 相差超过 10 个百分点。这只是经验法则，不是硬指标：确认这样的安排是有意为之即可。");
    expect(developmentPlanMix(plan, { basis: "hours", farFromReferencePoints: null }).findings).toEqual([]);
  });
  it("by activity count (default): 1/3 each; hours may be decimals, added exactly (0.1 + 0.2 = 0.3)", () => {
    expect(developmentPlanMix(plan).kinds.map((k) => k.share?.fraction)).toEqual(["1/3", "1/3", "1/3"]);
    const decimals = { ...plan, activities: [{ ...plan.activities[0]!, hours: 0.1 }, { ...plan.activities[1]!, hours: 0.2 }] };
    const mix = developmentPlanMix(decimals, { basis: "hours" });
    expect(mix.total).toBe(0.3);
    expect(mix.kinds[0]!.share?.fraction).toBe("1/3");
  });
  it("an empty plan has no mix (null, with a note); hours basis needs hours on every activity", () => {
    const empty = developmentPlanMix({ ...plan, activities: [] });
    expect([empty.kinds[0]!.share, empty.findings.map((f) => f.code)]).toEqual([null, ["development.plan.mix-empty"]]);
    const noHours = { ...plan, activities: [{ id: "x", title: "x", format: "formal" as const }] };
    expect(issuesOf(() => developmentPlanMix(noHours, { basis: "hours", reference: { experience: 70, social: 20, formal: 20 } }))).toEqual(["opts.reference:validation.exact-total", "plan.activities.0.hours:validation.required"]);
  });
});

describe("plan progress", () => {
  it("done 1 of 2 on 2027-02-20; a2 due 2027-02-15 is 5 days overdue; a completion dated after asOf does not count yet", () => {
    const plan: DevelopmentPlan = {
      ...S5_PLAN,
      activities: [
        { id: "a1", title: "预测课程", goalId: "g2", format: "formal", due: "2027-01-31", completedOn: "2027-01-20" },
        { id: "a2", title: "跟岗做Q1预测", goalId: "g2", format: "experience", due: "2027-02-15" },
        { id: "a3", title: "谈判复盘", goalId: "g1", format: "social", due: "2027-02-20", completedOn: "2027-02-25" },
      ],
    };
    const p = developmentPlanProgress(plan, "2027-02-20");
    expect([p.done, p.total, p.share?.fraction]).toEqual([1, 3, "1/3"]);
    expect(p.byGoal).toEqual([{ goalId: "g1", done: 0, total: 1 }, { goalId: "g2", done: 1, total: 2 }]);
    expect(p.overdue).toEqual([{ id: "a2", title: "跟岗做Q1预测", due: "2027-02-15", days: 5 }]); // a3 is due today: not overdue
    expect(formatFinding(p.findings[0]!, "zh-CN")).toBe("行动 a2（“跟岗做Q1预测”）原定 2027-02-15 完成，已经逾期 5 天。");
    expect(developmentPlanProgress(plan, "2027-02-26").done).toBe(2);
  });
  it("a plan without activities has no share", () => {
    expect(developmentPlanProgress({ ...S5_PLAN, activities: [] }, "2027-01-01").share).toBeNull();
    expect(issuesOf(() => developmentPlanProgress(S5_PLAN, "2027-13-01"))).toEqual(["asOf:validation.calendar-date"]);
  });
});

describe("S2: bus factor", () => {
  const team = [
    { id: "li", skills: { forecasting: 3, negotiation: 3 } },
    { id: "wang", skills: { forecasting: 2, negotiation: 3 } },
    { id: "zhao", skills: { forecasting: 1, negotiation: 4 } },
    { id: "chen", skills: { negotiation: 2 } },
    { id: "sun", skills: { forecasting: 2 } },
  ];
  it("a team of 5 where Forecasting ≥ 3 is held by 1 person → bus factor 1, a single-point-of-failure warning", () => {
    const r = skillBusFactor(team, { requirements: { forecasting: { level: 3 }, negotiation: { level: 3 } } });
    expect(r.skills).toEqual([
      { skill: "forecasting", required: 3, holders: ["li"], busFactor: 1 },
      { skill: "negotiation", required: 3, holders: ["li", "wang", "zhao"], busFactor: 3 },
    ]);
    expect(r.findings.map((f) => [f.code, f.severity, f.params?.["skill"]])).toEqual([["development.bus-factor.low", "warning", "forecasting"]]);
    expect(formatFinding(r.findings[0]!, "en")).toBe("Only li holds forecasting at level 3 (independent) (fewer than 2): train another person before it becomes a single point of failure.");
    expect(formatFinding(r.findings[0]!, "zh-CN")).toBe("forecasting 达到 3 级（独立胜任）的只有 li（不足 2 人）：尽快再培养一个人，免得一人请假或离职就没人能顶上。");
  });
  it("nobody → an error; minHolders raises the bar", () => {
    const r = skillBusFactor(team, { requirements: { coaching: { level: 3 }, negotiation: { level: 3 } } }, { minHolders: 4 });
    expect(r.findings.map((f) => [f.code, f.severity, f.params?.["count"]])).toEqual([["development.bus-factor.none", "error", undefined], ["development.bus-factor.low", "warning", 3]]);
    expect(formatFinding(r.findings[0]!, "zh-CN")).toBe("团队里没有人的 coaching 达到 3 级（独立胜任）：这块工作团队目前接不住。");
  });
  it("members need unique ids", () => {
    expect(issuesOf(() => skillBusFactor([{ skills: {} }, { id: "a", skills: {} }, { id: "a", skills: { x: 7 } }] as never, { requirements: {} }))).toEqual([
      "team.0.id:validation.required",
      "team.2.skills.x:validation.range",
    ]);
    expect(issuesOf(() => skillBusFactor([{ id: "a", skills: {} }, { id: "a", skills: {} }], { requirements: {} }, { minHolders: 0 }))).toEqual(["team.1.id:validation.duplicate", "opts.minHolders:validation.range"]);
  });
});

describe("the proficiency scale", () => {
  it("has five anchored levels in both languages, frozen", () => {
    expect(PROFICIENCY_SCALE.map((a) => [a.level, a.name.en])).toEqual([[0, "None"], [1, "Aware"], [2, "With supervision"], [3, "Independent"], [4, "Teaches others"]]);
    for (const a of PROFICIENCY_SCALE) expect(a.description["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    expect(Object.isFrozen(PROFICIENCY_SCALE[0]!.name)).toBe(true);
  });
});

describe("no mutation, plain JSON results", () => {
  it("every function leaves its arguments as they were and returns data that survives JSON", () => {
    const member = structuredClone(S1_MEMBER);
    const role = structuredClone(S1_ROLE);
    const catalog = structuredClone(CATALOG);
    const plan = structuredClone(S5_PLAN);
    const before = structuredClone([member, role, catalog, plan]);
    const results = [
      skillGaps(member, role),
      roleReadiness(member, role),
      nextRoleReadiness(member, { rungs: [{ ...role, id: "kam" }] }, null),
      recommendTrainings(skillGaps(member, role), catalog),
      checkDevelopmentPlan(plan, { gaps: skillGaps(member, role) }),
      developmentPlanMix(plan),
      developmentPlanProgress(plan, "2027-03-01"),
      skillBusFactor([{ id: "m", ...member }], role),
      trainingCompletion([{ memberId: "m", trainingId: "t", assignedOn: "2026-01-01" }], { period: { start: "2026-01-01", end: "2026-12-31" } }),
    ];
    expect([member, role, catalog, plan]).toEqual(before);
    for (const r of results) expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
