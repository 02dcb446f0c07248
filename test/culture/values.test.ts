/** Team values that feedback and kudos tag, and the ones nobody is recognised for. */
import { describe, expect, it } from "vitest";
import { ValidationError, formatFinding } from "team-playbook/core";
import { SurveyResponseSchema, parseSurveyResponses, safeParseSurveyResponses, valueRecognition } from "team-playbook/culture";

const values = [
  { id: "customer-first", name: { en: "Customer first", "zh-CN": "客户第一" } },
  { id: "teamwork", name: { en: "Teamwork", "zh-CN": "团队协作" } },
  { id: "integrity", name: { en: "Integrity", "zh-CN": "诚信" } },
];
const november = { start: "2026-11-01", end: "2026-11-30" };
const kudos = [
  { id: "k1", from: "a", to: ["b"], date: "2026-11-10", message: "周末帮客户排查故障", values: ["customer-first"] },
  { id: "k2", from: "b", to: ["a", "c"], date: "2026-11-30", message: "一起拿下华东大单", values: ["teamwork", "customer-first"] },
  { id: "k3", from: "c", to: ["a"], date: "2026-10-31", message: "上月的", values: ["integrity"] },
];
const feedback = {
  entries: [
    { id: "f1", from: "mgr", to: "a", at: "2026-11-20T10:00:00+08:00", kind: "praise", visibility: "public", valueTags: ["teamwork", "unknown-tag"] },
    { id: "f2", from: "mgr", to: "b", at: "2026-11-21T10:00:00+08:00", kind: "praise", visibility: "public", valueTags: ["integrity"] },
  ],
  retractions: [{ id: "r1", entryId: "f2", by: "mgr", at: "2026-11-22T10:00:00+08:00", reason: "发错了人" }],
};

describe("valueRecognition", () => {
  it("counts kudos and feedback per value within the period, both ends included; retracted feedback and unknown tags do not count", () => {
    const r = valueRecognition(values, { kudos, feedback } as never, november);
    expect(r.values).toEqual([
      { valueId: "customer-first", kudos: 2, feedback: 0, total: 2 },
      { valueId: "teamwork", kudos: 1, feedback: 1, total: 2 },
      { valueId: "integrity", kudos: 0, feedback: 0, total: 0 },
    ]);
    expect(r.neverRecognised).toEqual(["integrity"]);
  });
  it("says so for the manager, in both languages", () => {
    const f = valueRecognition(values, { kudos }, november).findings;
    expect(f.map((x) => x.params?.["valueId"])).toEqual(["integrity"]);
    expect(formatFinding(f[0]!, "en")).toBe(
      "Nobody was recognised for “Integrity” between 2026-11-01 and 2026-11-30: either the value is not lived, or people do not see it when it is. Point out an example in the next team meeting.",
    );
    expect(formatFinding(f[0]!, "zh-CN")).toBe("2026-11-01 至 2026-11-30 期间，没有人因为“诚信”受到表扬：要么这条价值观没有落地，要么做到了却没人看见。下次团队会上找个实例讲一讲。");
  });
  it("bad input is one ValidationError naming every path", () => {
    try {
      valueRecognition([{ id: "x", name: { en: "X" } }, { id: "x", name: { en: "X", "zh-CN": "某" } }] as never, { kudos: [{ date: "2026-02-30", values: "teamwork" }] } as never, { start: "2026-12-01", end: "2026-11-01" });
      expect.unreachable("a ValidationError");
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path.join("."))).toEqual(["values.0.name.zh-CN", "values.1.id", "period", "data.kudos.0.date", "data.kudos.0.values"]);
    }
  });
});

describe("schemas", () => {
  it("a response parses; answers outside 0–10 and repeated respondents do not", () => {
    expect(SurveyResponseSchema.safeParse({ respondentId: "r0", attributes: { team: "Sales" }, answers: { enps: 8, q1: 4 } }).success).toBe(true);
    const r = safeParseSurveyResponses([
      { respondentId: "r0", attributes: {}, answers: { enps: 11 } },
      { respondentId: "r0", attributes: {}, answers: {} },
    ]);
    expect(r.success).toBe(false);
    expect(!r.success && r.error.issues.map((i) => `${i.path.join(".")} ${i.code}`)).toEqual(["0.answers.enps validation.range", "1.respondentId validation.duplicate"]);
    expect(parseSurveyResponses(JSON.parse('[{"respondentId":"r","attributes":{"__proto__":"x"},"answers":{}}]'))[0]!.attributes).toEqual(JSON.parse('{"__proto__":"x"}'));
  });
});
