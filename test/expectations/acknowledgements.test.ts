import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError, formatFinding } from "team-playbook/core";
import { charterAcknowledgements, checkCharter, parseRoleCharter, type Acknowledgement, type RoleCharter, type RoleHolder } from "team-playbook/expectations";

const kam1: RoleCharter = {
  roleId: "kam",
  version: 1,
  effectiveFrom: "2025-01-01",
  responsibilities: [
    { id: "renewals", text: "按时完成负责客户的续约", metricId: "renewal-rate" },
    { id: "pipeline", text: "每周更新商机阶段", metricId: "pipeline-hygiene" },
  ],
};
const kam2: RoleCharter = { ...kam1, version: 2, effectiveFrom: "2026-11-01", responsibilities: [...kam1.responsibilities, { id: "cross-sell", text: "每季度提出交叉销售方案", metricId: "cross-sell" }] };
const kam3: RoleCharter = { ...kam2, version: 3, effectiveFrom: "2027-01-01" }; // not yet in force on 2026-11-28
const holders: RoleHolder[] = [
  { memberId: "m-li", roleId: "kam", since: "2021-07-12" },
  { memberId: "m-wang", roleId: "kam", since: "2022-02-21" },
  { memberId: "m-new", roleId: "kam", since: "2026-11-20" },
  { memberId: "m-liu", roleId: "sales-ops" },
  { memberId: "m-liu2", roleId: "sales-ops" },
];
const acks: Acknowledgement[] = [
  { memberId: "m-li", roleId: "kam", version: 1, at: "2025-01-03T09:00:00+08:00" },
  { memberId: "m-li", roleId: "kam", version: 2, at: "2026-11-03T10:15:00+08:00" },
  { memberId: "m-wang", roleId: "kam", version: 1, at: "2025-01-06T09:00:00+08:00" },
  { memberId: "m-new", roleId: "kam", version: 2, at: "2026-12-01T09:00:00+08:00" }, // after asOf: ignored
];

describe("charterAcknowledgements", () => {
  const report = charterAcknowledgements([kam3, kam1, kam2], holders, acks, { asOf: "2026-11-28" });

  it("finds the version in force and who owes an acknowledgement, since when", () => {
    expect(report.rows).toEqual([
      { memberId: "m-li", roleId: "kam", currentVersion: 2, acknowledgedVersion: 2, state: "acknowledged", pendingSince: null, daysPending: null },
      // version 2 in force since 1 November: 27 days by 28 November
      { memberId: "m-wang", roleId: "kam", currentVersion: 2, acknowledgedVersion: 1, state: "outdated", pendingSince: "2026-11-01", daysPending: 27 },
      // joined on 20 November, after the version took effect: owed for 8 days, within the grace period
      { memberId: "m-new", roleId: "kam", currentVersion: 2, acknowledgedVersion: null, state: "pending", pendingSince: "2026-11-20", daysPending: 8 },
      { memberId: "m-liu", roleId: "sales-ops", currentVersion: null, acknowledgedVersion: null, state: "no-charter", pendingSince: null, daysPending: null },
      { memberId: "m-liu2", roleId: "sales-ops", currentVersion: null, acknowledgedVersion: null, state: "no-charter", pendingSince: null, daysPending: null },
    ]);
  });

  it("says so as a manager would, once per role without a charter", () => {
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([
      ["expectations.outdated-acknowledgement", "warning"],
      ["expectations.not-acknowledged", "info"],
      ["expectations.no-charter", "warning"],
    ]);
    expect(report.findings.map((f) => formatFinding(f, "zh-CN"))).toEqual([
      "m-wang 确认的是 kam 岗位职责第 1 版，但从 2026-11-01 起执行的是第 2 版。请向其说明本次修订的内容。",
      "m-new 还没有确认 kam 岗位职责（第 2 版），自 2026-11-20 起已 8 天未确认。建议在下次一对一面谈时一起过一遍。",
      "岗位“sales-ops”还没有岗位职责说明，请写清楚这个岗位要做到什么。",
    ]);
    expect(formatFinding(report.findings[1]!, "en")).toBe("m-new has not acknowledged version 2 of the kam charter, owed since 2026-11-20 (8 days). Go through it together in the next 1:1.");
  });

  it("leaves out someone who takes the role after asOf", () => {
    const r = charterAcknowledgements([kam2], [{ memberId: "m-future", roleId: "kam", since: "2026-12-01" }], [], { asOf: "2026-11-28" });
    expect(r).toEqual({ rows: [], findings: [] });
  });

  it("counts a later version for an earlier one, and the grace period is configurable", () => {
    const r = charterAcknowledgements([kam1, kam2], [{ memberId: "a", roleId: "kam" }], [{ memberId: "a", roleId: "kam", version: 3, at: "2026-11-02T08:00:00Z" }], { asOf: "2026-11-28" });
    expect(r.rows[0]?.state).toBe("acknowledged");
    const strict = charterAcknowledgements([kam2], [{ memberId: "m-new", roleId: "kam", since: "2026-11-20" }], [], { asOf: "2026-11-28", graceDays: 7 });
    expect(strict.findings[0]?.severity).toBe("warning");
  });

  it("rejects malformed input and duplicate charter versions", () => {
    try {
      charterAcknowledgements([kam1, { ...kam1 }], [{ memberId: "", roleId: "kam" }], [{ memberId: "a", roleId: "kam", version: 0, at: "2026-11-02" }], { asOf: "2026-11-28", graceDays: -1 });
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => `${i.path.join(".")}:${i.code}`)).toEqual([
        "charters.1.version:validation.duplicate",
        "holders.0.memberId:validation.empty",
        "acknowledgements.0.version:validation.range",
        "acknowledgements.0.at:validation.instant",
        "opts.graceDays:validation.range",
      ]);
    }
  });

  it("has one row per holder whatever the order of acknowledgements (property)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(acks), (subset) => {
        const a = charterAcknowledgements([kam1, kam2], holders, subset, { asOf: "2026-11-28" });
        const b = charterAcknowledgements([kam2, kam1], holders, [...subset].reverse(), { asOf: "2026-11-28" });
        expect(a).toEqual(b);
        expect(a.rows.map((r) => r.memberId)).toEqual(holders.map((h) => h.memberId));
      }),
    );
  });
});

describe("checkCharter", () => {
  it("wants responsibilities, each with a metric", () => {
    expect(checkCharter(kam2)).toEqual([]);
    expect(checkCharter({ roleId: "kam", version: 1, responsibilities: [{ id: "care", text: "维护好客户关系" }] })).toEqual([
      { code: "expectations.responsibility-unmeasured", severity: "info", path: ["responsibilities", 0], params: { id: "care" } },
    ]);
    expect(checkCharter({ roleId: "kam", version: 4, responsibilities: [] })[0]).toMatchObject({ code: "expectations.charter-empty", severity: "error" });
    expect(() => checkCharter({ roleId: "kam", version: 1, responsibilities: [{ id: "a", text: "x" }, { id: "a", text: "y" }] })).toThrow(/“a” appears more than once/);
    expect(parseRoleCharter(kam2)).toEqual(kam2);
  });
});
