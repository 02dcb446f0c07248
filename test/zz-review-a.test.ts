import { describe, it, expect } from "vitest";
import { formatFinding } from "team-playbook/core";
import * as C from "team-playbook/conflicts";
const { applyConflictEvent, replayConflictCase, openConflictCase, availableEvents, conflictSla, redactConflictCase, conflictAccess, defaultConflictWorkflow, parseWorkflowDefinition } = C;
const rep = { type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "s" } as const;
const tri = { type: "triage", actorId: "mgr", at: "2026-11-23T15:00:00+08:00", handlerId: "mgr", severity: "medium" } as const;
const log = (...a: unknown[]) => console.log(JSON.stringify(a));
function tryit(f: () => unknown) { try { return f(); } catch (e) { return `${(e as Error).constructor.name}: ${(e as Error).message}`; } }
describe("probe", () => {
  it("consent empty", () => {
    const t = replayConflictCase([rep, tri]); if (!t.ok) throw 0;
    const r = applyConflictEvent(t.case, { type: "start-mediation", actorId: "mgr", at: "2026-11-24T10:00:00+08:00", mediatorId: "m", consentedBy: [] });
    log("consent[]", r.ok ? "" : [r.error.params, formatFinding(r.error, "en"), formatFinding(r.error, "zh-CN")]);
    const r2 = applyConflictEvent(t.case, { type: "start-mediation", actorId: "mgr", at: "2026-11-24T10:00:00+08:00", mediatorId: "m" });
    log("consent-absent", r2.ok ? "" : [formatFinding(r2.error, "en")]);
  });
  it("proto workflow", () => {
    const wf = JSON.parse(JSON.stringify(defaultConflictWorkflow));
    wf.version = 9;
    wf.events["x"] = JSON.parse(`{"payload": {"__proto__": {"type": "ids"}}, "transitions": [{"from": ["*"]}], "assign": [{"action":"set","params":{"field":"__proto__","from":"__proto__"}}]}`);
    log("parse", tryit(() => parseWorkflowDefinition(wf).id));
    const ev = JSON.parse(`{"type":"x","actorId":"mgr","at":"2026-11-24T10:00:00+08:00","__proto__":["zz"]}`);
    const r = tryit(() => replayConflictCase([rep, tri, ev], { workflow: wf }));
    const c = (r as any).case;
    log("protoresult", typeof r === "string" ? r : [(r as any).ok, c && Object.getPrototypeOf(c.data) === Object.prototype, c && JSON.stringify(c.data), c && (c.data as any).length]);
    const wf2 = JSON.parse(JSON.stringify(defaultConflictWorkflow)); wf2.version = 10;
    wf2.events["y"] = { payload: { who: { type: "ids" } }, transitions: [{ from: ["*"] }], assign: [{ action: "add", params: { field: "__proto__", from: "who" } }] };
    const r2 = tryit(() => replayConflictCase([rep, tri, { type: "y", actorId: "mgr", at: "2026-11-24T10:00:00+08:00", who: ["p"] }], { workflow: wf2 }));
    const c2 = (r2 as any).case;
    log("add proto", typeof r2 === "string" ? r2 : [Object.getPrototypeOf(c2.data) === Object.prototype, JSON.stringify(c2.data), Array.isArray(Object.getPrototypeOf(c2.data))]);
    const wf3 = JSON.parse(JSON.stringify(defaultConflictWorkflow)); wf3.version = 11;
    wf3.events["z"] = { transitions: [{ from: ["*"] }], assign: [{ action: "increment", params: { field: "constructor" } }, { action: "increment", params: { field: "toString" } }] };
    const r3 = tryit(() => replayConflictCase([rep, tri, { type: "z", actorId: "mgr", at: "2026-11-24T10:00:00+08:00" }], { workflow: wf3 }));
    log("constructor data", typeof r3 === "string" ? r3 : (r3 as any).case.data);
    const wf4 = JSON.parse(JSON.stringify(defaultConflictWorkflow)); wf4.version = 12;
    wf4.events["z"] = { transitions: [{ from: ["*"] }], requires: [{ guard: "actor-in", params: { roles: ["hr"], constructor: 1, toString: 2 }, code: "c.x" }] };
    log("unknown param constructor", tryit(() => parseWorkflowDefinition(wf4).id));
  });
  it("sla", () => {
    const o = openConflictCase(rep); if (!o.ok) throw 0;
    log("sla", conflictSla(o.case, "2026-11-25T23:59:00+08:00").due, conflictSla(o.case, "2026-11-26T00:00:00+08:00").overdueWorkingDays);
    log("dow", new Date("2026-11-23T00:00:00Z").getUTCDay());
  });
  it("opts unknown keys", () => {
    const o = openConflictCase(rep); if (!o.ok) throw 0;
    log("timezone typo", tryit(() => conflictSla(o.case, "2026-11-25T23:59:00+08:00", { timezone: "Asia/Shanghai" } as any).due));
    log("opts bad", tryit(() => conflictSla(o.case, "2026-11-25T23:59:00+08:00", { calendar: 5, timeZone: "Mars/X", workflow: 3 } as any)));
  });
});
