import { describe, it } from "vitest";
import { ValidationError } from "team-playbook/core";
import * as C from "team-playbook/conflicts";
const { applyConflictEvent, replayConflictCase, availableEvents, conflictSla, redactConflictCase, conflictAccess, acasGrievanceWorkflow, commissionDisputeWorkflow } = C;
const rep = { type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "s" } as const;
const evs: any[] = [rep, { type: "triage", actorId: "mgr", at: "2026-11-23T15:00:00+08:00", handlerId: "mgr", severity: "medium" },
  { type: "start-mediation", actorId: "mgr", at: "2026-11-24T10:00:00+08:00", mediatorId: "m", consentedBy: ["a", "b"] },
  { type: "suspend", actorId: "mgr", at: "2026-11-25T10:00:00+08:00", reason: "x" },
];
const log = (...a: unknown[]) => console.log(JSON.stringify(a));
const garbage: unknown[] = [null, undefined, 5, "", [], {}, NaN, "x", [null], [1], { a: 1 }, true, "2026-11-23T09:00:00+08:00", [, "a"]];
function paths(o: any, p: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(p);
  if (o && typeof o === "object") for (const k of Object.keys(o)) paths(o[k], [...p, Array.isArray(o) ? Number(k) : k], out);
  return out;
}
function setAt(o: any, p: (string | number)[], v: unknown) { const c = structuredClone(o); if (p.length === 0) return v; let t = c; for (let i = 0; i < p.length - 1; i++) t = t[p[i]!]; if (v === undefined) delete t[p[p.length-1]!]; else t[p[p.length - 1]!] = v; return c; }
describe("fuzz", () => {
  it("no TypeErrors", () => {
    const r = replayConflictCase(evs); if (!r.ok) throw new Error(JSON.stringify(r.error));
    const c = r.case;
    const bad: string[] = [];
    const call = (name: string, f: () => unknown) => { try { const out = f(); structuredClone(out); } catch (e) { if (!(e instanceof ValidationError)) bad.push(`${name}: ${(e as Error).name} ${(e as Error).message}`.slice(0, 200)); } };
    const ev = { type: "resume", actorId: "mgr", at: "2026-11-26T10:00:00+08:00" };
    for (const p of paths(c)) for (const g of garbage) {
      const cc = setAt(c, p, g);
      call(`apply case.${p.join(".")}=${JSON.stringify(g) ?? "undef"}`, () => applyConflictEvent(cc, ev as any));
      call(`sla case.${p.join(".")}=${JSON.stringify(g) ?? "undef"}`, () => conflictSla(cc, "2026-11-30T10:00:00+08:00"));
      call(`avail case.${p.join(".")}=${JSON.stringify(g) ?? "undef"}`, () => availableEvents(cc, "mgr"));
      call(`redact case.${p.join(".")}=${JSON.stringify(g) ?? "undef"}`, () => redactConflictCase(cc, { id: "b" }));
    }
    for (let i = 0; i < evs.length; i++) for (const p of paths(evs[i])) for (const g of garbage) {
      const e2 = [...evs]; e2[i] = setAt(evs[i], p, g);
      call(`replay ev${i}.${p.join(".")}=${JSON.stringify(g) ?? "undef"}`, () => replayConflictCase(e2));
    }
    for (const g of garbage) {
      call(`opts=${JSON.stringify(g) ?? "undef"}`, () => replayConflictCase(evs, g as any));
      call(`opts.workflow=${JSON.stringify(g) ?? "undef"}`, () => replayConflictCase(evs, { workflow: g } as any));
      call(`opts.calendar=${JSON.stringify(g) ?? "undef"}`, () => replayConflictCase(evs, { calendar: g } as any));
      call(`viewer=${JSON.stringify(g) ?? "undef"}`, () => redactConflictCase(c, g as any));
      call(`viewer.roles=${JSON.stringify(g) ?? "undef"}`, () => redactConflictCase(c, { id: "x", roles: g } as any));
      call(`actor=${JSON.stringify(g) ?? "undef"}`, () => availableEvents(c, g as any));
      call(`actorRoles=${JSON.stringify(g) ?? "undef"}`, () => availableEvents(c, "x", { actorRoles: g } as any));
      call(`asOf=${JSON.stringify(g) ?? "undef"}`, () => conflictSla(c, g as any));
      call(`events=${JSON.stringify(g) ?? "undef"}`, () => replayConflictCase(g as any));
      call(`redact opts=${JSON.stringify(g) ?? "undef"}`, () => redactConflictCase(c, { id: "x" }, g as any));
      call(`redact opts.workflow=${JSON.stringify(g) ?? "undef"}`, () => redactConflictCase(c, { id: "x" }, { workflow: g } as any));
    }
    log(bad.length, bad.slice(0, 30));
  });
});
