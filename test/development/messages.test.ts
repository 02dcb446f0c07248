/**
 * Every development code reads fully in English and Chinese with the parameters it is raised
 * with (the same check as test/core/messages.test.ts, with this module's parameters).
 */
import { describe, expect, it } from "vitest";
import { formatFinding, type MessageParams } from "team-playbook/core";
import { developmentMessagesEn, developmentMessagesZhCN } from "team-playbook/development";

const SAMPLE: MessageParams = {
  roleId: "kam",
  skill: "forecasting",
  current: 1,
  required: 3,
  reaches: 2,
  gap: 2,
  weight: 2,
  trainingId: "fc-101",
  title: "销售预测入门",
  id: "a1",
  due: "2027-02-15",
  days: 5,
  kind: "formal",
  percent: 25,
  reference: 10,
  limit: 20,
  members: ["li"],
  count: 1,
  min: 2,
  coveredWeight: "20/3",
  totalWeight: 9,
  result: "20/27",
};

describe("development messages", () => {
  it("have the same codes in both languages", () => {
    expect(Object.keys(developmentMessagesZhCN).sort()).toEqual(Object.keys(developmentMessagesEn).sort());
  });
  it.each(Object.keys(developmentMessagesEn))("%s reads fully", (code) => {
    const en = formatFinding({ code, severity: "info", params: SAMPLE }, "en");
    const zh = formatFinding({ code, severity: "info", params: SAMPLE }, "zh-CN");
    for (const text of [en, zh]) {
      expect(text).not.toMatch(/\{[A-Za-z0-9_]+\}/);
      expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).not.toBe(en);
  });
  it("read naturally for a manager", () => {
    expect(formatFinding({ code: "development.training.closes-gap", severity: "info", params: { ...SAMPLE, reaches: 3 } }, "en")).toBe(
      "“销售预测入门” (fc-101) takes forecasting from level 1 (aware) to level 3 (independent), the level required.",
    );
    expect(formatFinding({ code: "development.bus-factor.low", severity: "warning", params: { ...SAMPLE, members: ["li", "wang"], count: 2, min: 3 } }, "en")).toBe(
      "Only li, wang hold forecasting at level 3 (independent) (fewer than 3): train another person before it becomes a single point of failure.",
    );
  });
});
