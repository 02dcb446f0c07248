import { describe, expect, it } from "vitest";
import { conflictAccess, defaultConflictWorkflow, redactConflictCase, replayConflictCase, type ConflictCase, type ConflictEvent, type WorkflowDefinition } from "../../src/conflicts/index.js";

const withWitnesses: WorkflowDefinition = { ...defaultConflictWorkflow, involved: ["witnesses"] };

const T = (day: string, time = "10:00") => `2026-${day}T${time}:00+08:00`;
function replay(events: ConflictEvent[]): ConflictCase {
  const r = replayConflictCase(events);
  if (!r.ok) throw new Error(r.error.code);
  return r.case;
}
// c reports that a harassed b; mgr handles it; hr1 is HR; x is a teammate not involved.
const harassment = replay([
  { type: "report", actorId: "c", at: T("11-23", "09:00"), caseId: "h1", parties: ["a", "b"], category: "harassment", summary: "a 在群里多次辱骂 b", note: "截图已保存" },
  { type: "triage", actorId: "mgr", at: T("11-23", "15:00"), handlerId: "mgr", severity: "high", note: "先和 b 单独谈" },
]);

describe("a confidential case (harassment is always confidential)", () => {
  it("is confidential although the report did not say so", () => {
    expect(harassment.confidential).toBe(true);
  });
  it("the reporter, the handler and HR see everything", () => {
    for (const viewer of [{ id: "c" }, { id: "mgr" }, { id: "hr1", roles: ["hr"] }]) {
      expect(conflictAccess(harassment, viewer)).toBe("full");
      const v = redactConflictCase(harassment, viewer);
      expect(v).toMatchObject({ access: "full", reportedBy: "c", summary: "a 在群里多次辱骂 b" });
      expect(v.history![1]!["note"]).toBe("先和 b 单独谈");
    }
  });
  it("a party never sees who reported it, the summary or the notes", () => {
    const v = redactConflictCase(harassment, { id: "a" });
    expect(v.access).toBe("involved");
    expect(v.reportedBy).toBeUndefined();
    expect(v.summary).toBeUndefined();
    expect(v.data).toBeUndefined();
    expect(v.history).toEqual([
      { type: "report", at: T("11-23", "09:00") },
      { type: "triage", at: T("11-23", "15:00") },
    ]);
    expect(JSON.stringify(v)).not.toMatch(/截图|单独谈|辱骂|"c"/);
    expect(v).toMatchObject({ parties: ["a", "b"], handlerId: "mgr", severity: "high", state: "triaged" });
  });
  it("someone not involved and not HR sees only id, category, state and dates", () => {
    expect(redactConflictCase(harassment, { id: "x" })).toEqual({
      access: "summary",
      id: "h1",
      category: "harassment",
      state: "triaged",
      reportedAt: T("11-23", "09:00"),
      updatedAt: T("11-23", "15:00"),
    });
  });
  it("an HR member who is a party is treated as a party", () => {
    expect(conflictAccess(harassment, { id: "a", roles: ["hr"] })).toBe("involved");
  });
});

describe("an open (not confidential) case", () => {
  const open = replay([{ type: "report", actorId: "a", at: T("11-23", "09:00"), caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "客户归属争执" }]);
  it("the parties see it whole; others still only the summary", () => {
    expect(conflictAccess(open, { id: "b" })).toBe("full");
    expect(conflictAccess(open, { id: "x" })).toBe("summary");
  });
  it("the report can ask for confidentiality itself", () => {
    const asked = replay([{ type: "report", actorId: "a", at: T("11-23", "09:00"), caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "客户归属争执", confidential: true }]);
    expect(conflictAccess(asked, { id: "b" })).toBe("involved");
  });
});

describe("restricted cases", () => {
  // A restricted case keeps HR members who are involved out entirely (ServiceNow ER practice).
  const restricted: ConflictCase = { ...harassment, restricted: true, parties: ["a", "b"], data: { witnesses: ["w"] } };
  it("an involved HR agent loses access; the parties keep their view", () => {
    expect(conflictAccess(restricted, { id: "w", roles: ["hr"] }, { workflow: withWitnesses })).toBe("none");
    expect(redactConflictCase(restricted, { id: "w", roles: ["hr"] }, { workflow: withWitnesses })).toEqual({ access: "none", id: "h1" });
    expect(conflictAccess(restricted, { id: "a", roles: ["hr"] }, { workflow: withWitnesses })).toBe("involved");
    expect(conflictAccess(restricted, { id: "hr2", roles: ["hr"] }, { workflow: withWitnesses })).toBe("full");
  });
});
