/** Survey summaries: research cases A1, A5a, A5b, A6, A11, and the privacy property. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "team-playbook/core";
import { summarizeSurvey, type SurveyResponse, type SurveySummary } from "team-playbook/culture";

function team(sizes: Record<string, number>, answers: (i: number) => Record<string, number> = () => ({ enps: 8, q1: 4 })): SurveyResponse[] {
  const out: SurveyResponse[] = [];
  for (const [key, n] of Object.entries(sizes)) for (let i = 0; i < n; i++) out.push({ respondentId: `${key}-${i}`, attributes: { team: key }, answers: answers(out.length) });
  return out;
}
const shownKeys = (s: SurveySummary) => s.groups.filter((g) => !g.suppressed).map((g) => g.key);

describe("groups under the minimum, and complementary suppression", () => {
  it("A1: with a minimum of 5, a group of 4 is hidden and a group of 5 is shown... once the hidden group's 4 are covered", () => {
    // 4 hidden is fewer than 5, so the next-smallest shown group (5) is hidden too.
    const s = summarizeSurvey(team({ A: 4, B: 5 }), { groupBy: "team" });
    expect(s.groups).toEqual([
      { key: "A", suppressed: true, reason: "too-few" },
      { key: "B", suppressed: true, reason: "complementary" },
    ]);
    // With a third group, B can stay: A 4 + C 5 hidden = 9 ≥ 5.
    const t = summarizeSurvey(team({ A: 4, B: 6, C: 5 }), { groupBy: "team" });
    expect(t.groups.map((g) => [g.key, g.suppressed, g.reason])).toEqual([
      ["A", true, "too-few"],
      ["B", false, undefined],
      ["C", true, "complementary"],
    ]);
  });
  it("A5a: Sales 4 + Tech 9 — both hidden (13 − 9 would give Sales away)", () => {
    expect(summarizeSurvey(team({ Sales: 4, Tech: 9 }), { groupBy: "team" }).groups.map((g) => g.suppressed)).toEqual([true, true]);
  });
  it("A5b: Sales 6 + Tech 9 — both shown, with their results", () => {
    const s = summarizeSurvey(team({ Sales: 6, Tech: 9 }), { groupBy: "team" });
    expect(shownKeys(s)).toEqual(["Sales", "Tech"]);
    expect(s.groups[0]).toMatchObject({ n: 6, results: { questions: { enps: { kind: "enps", n: 6, enps: { score: 0, passives: 6 } }, q1: { kind: "favourability", favourability: { favourableShare: 1 } } } } });
  });
  it("A6: the differencing attack fails — Tech is never shown beside a total that would reveal Sales", () => {
    // 13 respondents, 8 favourable; Tech 9 with 7 favourable: Sales = (8 − 7)/(13 − 9) if Tech were shown.
    const answers = (i: number) => ({ q1: i < 4 ? (i === 0 ? 5 : 2) : i < 11 ? 5 : 1 });
    const s = summarizeSurvey(team({ Sales: 4, Tech: 9 }, answers), { groupBy: "team" });
    expect(s.overall.results!.questions["q1"]!.favourability!.favourable).toBe(8);
    expect(s.groups.every((g) => g.results === undefined && g.n === undefined)).toBe(true);
  });
  it("A7: a team of 7, full-time 5 + part-time 2 — the strict default hides both (5 = 7 − 2 would give the part-timers away)", () => {
    const groups = summarizeSurvey(
      [1, 2, 3, 4, 5, 6, 7].map((i) => ({ respondentId: `e${i}`, attributes: { contract: i <= 5 ? "full-time" : "part-time" }, answers: { q1: 4 } })),
      { groupBy: "contract" },
    ).groups;
    expect(groups).toEqual([
      { key: "full-time", suppressed: true, reason: "complementary" },
      { key: "part-time", suppressed: true, reason: "too-few" },
    ]);
  });
  it("A11: Tech 8 + Product 1, minimum 3 — Product hidden, and Tech with it", () => {
    expect(summarizeSurvey(team({ Tech: 8, Product: 1 }), { groupBy: "team", minGroupSize: 3 }).groups.map((g) => [g.key, g.reason])).toEqual([
      ["Product", "too-few"],
      ["Tech", "complementary"],
    ]);
  });
  it("a survey under the minimum shows only its head count", () => {
    expect(summarizeSurvey(team({ A: 2, B: 2 }), { groupBy: "team" })).toEqual({
      minGroupSize: 5,
      overall: { n: 4, suppressed: true },
      groups: [
        { key: "A", suppressed: true, reason: "overall-too-small" },
        { key: "B", suppressed: true, reason: "overall-too-small" },
      ],
    });
  });
  it("ties between the next-smallest groups go by key", () => {
    const s = summarizeSurvey(team({ Z: 6, Y: 6, A: 2 }), { groupBy: "team" });
    expect(s.groups.map((g) => [g.key, g.reason])).toEqual([
      ["A", "too-few"],
      ["Y", "complementary"],
      ["Z", undefined],
    ]);
  });
});

describe("questions few people answered", () => {
  it("a question answered by fewer than the minimum is hidden everywhere", () => {
    const s = summarizeSurvey(team({ A: 6, B: 6 }, (i) => (i < 3 ? { q1: 4, q2: 5 } : { q1: 4 })), { groupBy: "team" });
    expect(s.overall.results!.questions["q2"]).toEqual({ kind: "favourability", suppressed: true });
    expect(s.groups[0]!.results!.questions["q2"]).toEqual({ kind: "favourability", suppressed: true });
    expect(s.groups[0]!.results!.questions["q1"]).toMatchObject({ suppressed: false, n: 6 });
  });
  it("a group's answers to a question are hidden when the other groups' count would reveal them", () => {
    // q2: A 5 answers, B 3 answers (hidden, too few) → A's q2 must go too (8 − 5 = 3).
    const s = summarizeSurvey(team({ A: 6, B: 6 }, (i) => (i < 5 || (i >= 6 && i < 9) ? { q1: 4, q2: 2 } : { q1: 4 })), { groupBy: "team" });
    expect(s.overall.results!.questions["q2"]).toMatchObject({ suppressed: false, n: 8 });
    expect(s.groups.map((g) => g.results!.questions["q2"]!.suppressed)).toEqual([true, true]);
  });
});

describe("comments", () => {
  it("shown groups and the survey carry comments, sorted; hidden groups none", () => {
    const responses = team({ A: 5, B: 1 }).map((r, i) => ({ ...r, comment: ["z 季度目标太高", "a 希望多培训", "", "m", "b", "only-B"][i]! }));
    const s = summarizeSurvey(responses, { groupBy: "team", minGroupSize: 1 });
    expect(s.groups[0]!.results!.comments).toEqual(["a 希望多培训", "b", "m", "z 季度目标太高"]);
    const strict = summarizeSurvey(responses, { groupBy: "team" });
    expect(strict.groups).toEqual([
      { key: "A", suppressed: true, reason: "complementary" },
      { key: "B", suppressed: true, reason: "too-few" },
    ]);
    expect(strict.overall.results!.comments).toEqual(["a 希望多培训", "b", "m", "only-B", "z 季度目标太高"]);
  });
});

describe("comments follow the same rules (review finding)", () => {
  it("the survey's comments minus the shown groups' never leave fewer than the minimum commenters", () => {
    // A 5 (no comments), B 5 (all comment), C 3 (one writes "secret"): C is too few, A goes with it.
    // Showing B's 5 comments beside the survey's 6 would give away the one comment from A or C,
    // so B's comments are hidden too; the survey shows all 6.
    const responses = team({ A: 5, B: 5, C: 3 }).map((r, i) => (i >= 5 && i < 10 ? { ...r, comment: `b${i}` } : i === 10 ? { ...r, comment: "secret" } : r));
    const s = summarizeSurvey(responses, { groupBy: "team" });
    expect(s.groups.map((g) => [g.key, g.reason ?? "shown"])).toEqual([
      ["A", "complementary"],
      ["B", "shown"],
      ["C", "too-few"],
    ]);
    expect(s.groups[1]!.results!.comments).toEqual([]);
    expect(s.overall.results!.comments).toHaveLength(6);
  });
  it("fewer commenters than the minimum in the whole survey: no comments anywhere", () => {
    const responses = team({ A: 6, B: 6 }).map((r, i) => (i < 2 ? { ...r, comment: `c${i}` } : r));
    const s = summarizeSurvey(responses, { groupBy: "team" });
    expect(s.overall.results!.comments).toEqual([]);
    expect(s.groups.map((g) => g.results!.comments)).toEqual([[], []]);
  });
  it("every shown group lists every question, so which questions a group answered tells nothing", () => {
    const responses = team({ A: 5, B: 5 }).map((r, i) => (i === 7 ? { ...r, answers: { ...r.answers, q9: 3 } } : r));
    const s = summarizeSurvey(responses, { groupBy: "team" });
    expect(s.groups.map((g) => Object.keys(g.results!.questions))).toEqual([
      ["enps", "q1", "q9"],
      ["enps", "q1", "q9"],
    ]);
    expect(s.groups.map((g) => g.results!.questions["q9"]!.suppressed)).toEqual([true, true]);
  });
});

describe("bad input", () => {
  it("names every bad path: a repeated respondent, a missing group attribute, answers outside their scales", () => {
    try {
      summarizeSurvey(
        [
          { respondentId: "r1", attributes: { team: "A" }, answers: { enps: 11, q1: 0 } },
          { respondentId: "r1", attributes: {}, answers: { q1: 3 } },
        ],
        { groupBy: "team", minGroupSize: 0 },
      );
      expect.unreachable("a ValidationError");
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path.join("."))).toEqual(["opts.minGroupSize", "responses.0.answers.enps", "responses.0.answers.q1", "responses.1.respondentId", "responses.1.attributes.team"]);
    }
  });
  it("does not change its arguments, and its result survives JSON", () => {
    const responses = team({ A: 6, B: 7 });
    const before = structuredClone(responses);
    const s = summarizeSurvey(responses, { groupBy: "team" });
    expect(responses).toEqual(before);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe("privacy property: nothing shown reveals fewer than minGroupSize respondents", () => {
  const responseArb = fc.record({
    team: fc.constantFrom("A", "B", "C", "D", "E", "F"),
    enps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    q1: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    comment: fc.option(fc.constantFrom("多一些培训", "目标太高", "ok"), { nil: undefined }),
  });
  it("shown groups hold at least the minimum; the total minus the shown groups is 0 or at least the minimum, for the respondents and for every question", () => {
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (rows, min) => {
        const responses = rows.map((r, i) => {
          const answers: Record<string, number> = {};
          if (r.enps !== undefined) answers["enps"] = r.enps;
          if (r.q1 !== undefined) answers["q1"] = r.q1;
          return { respondentId: `r${i}`, attributes: { team: r.team }, answers, ...(r.comment === undefined ? {} : { comment: r.comment }) };
        });
        const s = summarizeSurvey(responses, { groupBy: "team", minGroupSize: min });
        if (s.overall.suppressed) {
          expect(s.overall.results).toBeUndefined();
          expect(s.groups.every((g) => g.suppressed)).toBe(true);
          return;
        }
        const shown = s.groups.filter((g) => !g.suppressed);
        for (const g of shown) expect(g.n!).toBeGreaterThanOrEqual(min);
        const rest = s.overall.n - shown.reduce((t, g) => t + g.n!, 0);
        expect(rest === 0 || rest >= min).toBe(true);
        const commentRest = s.overall.results!.comments.length - shown.reduce((t, g) => t + g.results!.comments.length, 0);
        expect(commentRest === 0 || commentRest >= min).toBe(true);
        for (const q of ["enps", "q1"]) {
          const total = s.overall.results!.questions[q];
          if (total === undefined || total.suppressed) {
            for (const g of shown) expect(g.results!.questions[q]?.suppressed ?? true).toBe(true);
            continue;
          }
          expect(total.n!).toBeGreaterThanOrEqual(min);
          const cells = shown.map((g) => g.results!.questions[q]).filter((c) => c !== undefined && !c.suppressed);
          for (const c of cells) expect(c!.n!).toBeGreaterThanOrEqual(min);
          const qRest = total.n! - cells.reduce((t, c) => t + c!.n!, 0);
          expect(qRest === 0 || qRest >= min).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
