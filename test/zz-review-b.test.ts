import { describe, it } from "vitest";
import * as C from "team-playbook/conflicts";
const { replayConflictCase, redactConflictCase, acasGrievanceWorkflow, conflictAccess } = C;
const log = (...a: unknown[]) => console.log(JSON.stringify(a));
describe("g", () => {
  it("mediator notes after mediation ends", () => {
    const events: any[] = [
      { type: "report", actorId: "C", at: "2024-03-04T09:00:00Z", caseId: "g9", parties: ["C", "S"], category: "bullying", summary: "S shouts at C in meetings", formal: true, inWriting: true },
      { type: "acknowledge", actorId: "Hr", actorRoles: ["hr"], at: "2024-03-05T09:00:00Z", handlerId: "H" },
      { type: "triage", actorId: "H", at: "2024-03-05T10:00:00Z", severity: "low", route: "mediation" },
      { type: "offer-mediation", actorId: "H", at: "2024-03-05T11:00:00Z", mediatorId: "M" },
      { type: "consent-mediation", actorId: "C", at: "2024-03-06T09:00:00Z" },
      { type: "consent-mediation", actorId: "S", at: "2024-03-06T10:00:00Z" },
      { type: "record-separate-meeting", actorId: "M", at: "2024-03-07T09:00:00Z", partyId: "C", note: "C would accept a private apology" },
    ];
    const opts = { workflow: acasGrievanceWorkflow };
    for (const last of [
      { type: "mediation-failed", actorId: "M", at: "2024-03-08T09:00:00Z" },
      { type: "decline-mediation", actorId: "S", at: "2024-03-08T09:00:00Z" },
    ]) {
      const r = replayConflictCase([...events, last], opts);
      if (!r.ok) { log("rej", r.error); continue; }
      log(last.type, r.case.state, r.case.mediatorId, "H sees", redactConflictCase(r.case, { id: "H" }, opts).history![6]!["note"],
        "HR sees", redactConflictCase(r.case, { id: "Hr2", roles: ["hr"] }, opts).history![6]!["note"],
        "M access", conflictAccess(r.case, { id: "M" }, opts), redactConflictCase(r.case, { id: "M" }, opts).history?.[6]?.["note"]);
    }
  });
});
