import { describe, it } from "vitest";
import * as C from "team-playbook/conflicts";
const { applyConflictEvent, replayConflictCase, openConflictCase, availableEvents, conflictSla, redactConflictCase } = C;
const rep = { type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "s" } as const;
const tri = { type: "triage", actorId: "mgr", at: "2026-11-23T15:00:00+08:00", handlerId: "mgr", severity: "medium" } as const;
const log = (...a: unknown[]) => console.log(JSON.stringify(a));
function tryit(f: () => unknown) { try { return f(); } catch (e) { return `${(e as Error).constructor.name}: ${(e as Error).message}`; } }
function deepFreeze<T>(o: T): T { if (o && typeof o === "object") { Object.freeze(o); for (const v of Object.values(o)) deepFreeze(v); } return o; }
describe("c", () => {
  it("inherited fields", () => {
    const t = replayConflictCase([rep, tri]); if (!t.ok) throw 0;
    const e = Object.assign(Object.create({ reason: "inherited reason", to: "hr-team" }), { type: "escalate", actorId: "mgr", at: "2026-11-24T10:00:00+08:00" });
    const r = tryit(() => applyConflictEvent(t.case, e)) as any;
    log("inherit apply", typeof r === "string" ? r : [r.ok, r.ok && r.effects, r.ok && r.case.data]);
    if (r.ok) {
      const again = replayConflictCase(JSON.parse(JSON.stringify(r.case.history)));
      log("json replay", again.ok ? again.case.state : again.error);
    }
    class Ev { type = "start-conversation"; actorId = "mgr"; at = "2026-11-24T10:00:00+08:00"; }
    const r2 = tryit(() => applyConflictEvent(t.case, new Ev() as any)) as any;
    log("class instance", typeof r2 === "string" ? r2 : [r2.ok, r2.ok && r2.case.history[2].constructor.name]);
  });
  it("aliasing of events", () => {
    const t = replayConflictCase([rep, tri]); if (!t.ok) throw 0;
    const e: any = { type: "start-conversation", actorId: "mgr", at: "2026-11-24T10:00:00+08:00" };
    const r = applyConflictEvent(t.case, e); if (!r.ok) throw 0;
    e.note = "later edit"; e.at = "2020-01-01T00:00:00Z";
    log("alias", r.case.history[2], r.case.updatedAt);
    const a = availableEvents(r.case, "mgr");
    const sla = conflictSla(r.case, "2026-11-24T10:00:00+08:00");
    const v = redactConflictCase(r.case, { id: "mgr" }) as any;
    v.parties.push("zzz");
    log("redact alias mutates case", r.case.parties);
  });
  it("frozen", () => {
    const events = deepFreeze([rep, tri, { type: "start-conversation", actorId: "mgr", at: "2026-11-24T10:00:00+08:00" },
      { type: "suspend", actorId: "mgr", at: "2026-11-25T10:00:00+08:00", reason: "x" },
      { type: "resume", actorId: "mgr", at: "2026-11-30T10:00:00+08:00" },
      { type: "tick", actorId: "s", at: "2026-12-30T10:00:00+08:00" }]);
    const r = tryit(() => replayConflictCase(events as any)) as any;
    log("frozen replay", typeof r === "string" ? r : [r.ok, r.case?.deadlines]);
    const c = deepFreeze(r.case);
    const r2 = tryit(() => applyConflictEvent(c, { type: "suspend", actorId: "mgr", at: "2026-12-31T10:00:00+08:00", reason: "y" })) as any;
    const r3 = tryit(() => applyConflictEvent(r2.case, { type: "resume", actorId: "mgr", at: "2027-01-05T10:00:00+08:00" })) as any;
    log("frozen apply", typeof r3 === "string" ? r3 : r3.ok);
  });
  it("replay after no-op tick / noop", () => {
    const o = openConflictCase(rep); if (!o.ok) throw 0;
    const t = applyConflictEvent(o.case, { type: "tick", actorId: "s", at: "2026-11-24T09:00:00+08:00" }); if (!t.ok) throw 0;
    log("noop tick hist", t.case.history.length, t.case === o.case, t.case.history === o.case.history);
    // restrict twice - stays, history grows
  });
  it("tick on hold and breach recorded before hold", () => {
    const r = replayConflictCase([rep,
      { type: "suspend", actorId: "hr", actorRoles: ["hr"], at: "2026-11-27T10:00:00+08:00", reason: "x" },
      { type: "tick", actorId: "s", at: "2026-11-30T10:00:00+08:00" },
      { type: "resume", actorId: "hr", actorRoles: ["hr"], at: "2026-12-02T10:00:00+08:00" },
      { type: "tick", actorId: "s", at: "2026-12-02T11:00:00+08:00" },
    ]);
    log("tick hold", r.ok ? [r.effects, r.case.deadlines, conflictSla(r.case, "2026-12-02T12:00:00+08:00")] : r.error);
  });
  it("sla hold across holiday", () => {
    const cal = { holidays: ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08"], extraWorkingDays: ["2025-09-28", "2025-10-11"] };
    // reported Fri 26 Sep, due +2 wd = Sun28(extra), Mon29 -> due Mon 29. Suspend Mon29 10:00, resume Thu Oct 9: paused wd in (29, 9] = 30,9 = 2 -> due = 26 + 4wd = 28,29,30,9 -> Oct 9
    const r = replayConflictCase([{ ...rep, at: "2025-09-26T09:00:00+08:00" },
      { type: "suspend", actorId: "hr", actorRoles: ["hr"], at: "2025-09-29T10:00:00+08:00", reason: "x" },
      { type: "resume", actorId: "hr", actorRoles: ["hr"], at: "2025-10-09T10:00:00+08:00" }], { calendar: cal });
    log("holiday hold", r.ok ? conflictSla(r.case, "2025-10-10T09:00:00+08:00", { calendar: cal }) : r.error);
  });
});
