import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyConflictEvent,
  commissionDisputeWorkflow,
  defaultConflictWorkflow,
  replayConflictCase,
  type ConflictCase,
  type ConflictEvent,
  type WorkflowDefinition,
} from "../../src/conflicts/index.js";

const PEOPLE = ["a", "b", "mgr", "hr1", "x"];
const person = fc.constantFrom(...PEOPLE);
const people = fc.subarray(PEOPLE);

/** Well-formed events of the default workflow (any type, any actor, any values), so each is either accepted or rejected by a rule. */
const payloadOf: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  triage: fc.record({ handlerId: person, severity: fc.constantFrom("low", "medium", "high", "critical") }),
  "start-conversation": fc.constant({}),
  "start-mediation": fc.record({ mediatorId: person, consentedBy: people }, { requiredKeys: ["mediatorId"] }),
  "record-agreement": fc.record(
    { agreedBy: people, actions: fc.array(fc.record({ ownerId: person, description: fc.constant("移交资料"), due: fc.constant("2026-12-05") }), { maxLength: 2 }) },
    { requiredKeys: [] },
  ),
  "follow-up": fc.record({ outcome: fc.constantFrom("holding", "relapsed") }),
  escalate: fc.record({ to: fc.constant("hr"), reason: fc.constantFrom("", "转人力资源") }, { requiredKeys: ["to"] }),
  "close-no-action": fc.record({ reason: fc.constantFrom("", "已和解") }, { requiredKeys: [] }),
  withdraw: fc.record({ reason: fc.constant("不再需要") }, { requiredKeys: [] }),
  suspend: fc.record({ reason: fc.constantFrom("", "休假") }, { requiredKeys: [] }),
  resume: fc.constant({}),
  shout: fc.constant({}),
  report: fc.constant({ caseId: "k2", parties: ["a", "b"], category: "interpersonal", summary: "again" }),
};

const eventStep = fc.record({
  type: fc.constantFrom(...Object.keys(payloadOf)),
  actorId: person,
  hr: fc.boolean(),
  minutes: fc.integer({ min: -120, max: 3 * 24 * 60 }),
  seed: fc.integer(),
});

function eventsFrom(steps: { type: string; actorId: string; hr: boolean; minutes: number; seed: number }[]): ConflictEvent[] {
  let ms = Date.UTC(2026, 10, 23, 1, 0);
  const out: ConflictEvent[] = [{ type: "report", actorId: "a", at: new Date(ms).toISOString(), caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "客户归属争执" }];
  for (const s of steps) {
    ms += s.minutes * 60_000;
    const payload = fc.sample(payloadOf[s.type]!, { seed: s.seed, numRuns: 1 })[0]!;
    const roles = s.hr && s.actorId === "hr1" ? { actorRoles: ["hr"] } : {};
    out.push({ type: s.type, actorId: s.actorId, at: new Date(ms).toISOString(), ...roles, ...payload } as ConflictEvent);
  }
  return out;
}

const KNOWN = new Set([
  "conflict.transition-not-allowed",
  "conflict.case-closed",
  "conflict.handler-is-party",
  "conflict.mediator-not-impartial",
  "conflict.consent-required",
  "conflict.agreement-incomplete",
  "conflict.route-not-allowed",
  "conflict.not-reporter",
  "conflict.reason-required",
  "conflict.time-went-backwards",
  "conflict.actor-not-allowed",
]);

function invariants(c: ConflictCase, wf: WorkflowDefinition): void {
  const terminal = wf.states[c.state]?.terminal === true;
  expect(c.outcome !== undefined).toBe(terminal);
  expect(c.closedAt !== undefined).toBe(terminal);
  expect(c.heldFrom !== undefined).toBe(wf.states[c.state]?.hold === true);
  const running = c.deadlines.filter((d) => d.stoppedAt === undefined).map((d) => d.id);
  expect(new Set(running).size).toBe(running.length);
  if (terminal) expect(running).toEqual([]);
}

describe("properties of the engine (default workflow)", () => {
  it("any event either applies or leaves the case unchanged; replaying the history gives the same case", () => {
    fc.assert(
      fc.property(fc.array(eventStep, { maxLength: 25 }), (steps) => {
        const events = eventsFrom(steps);
        const opened = replayConflictCase([events[0]!]);
        if (!opened.ok) throw new Error("the report opens a case");
        let c = opened.case;
        for (const e of events.slice(1)) {
          const before = structuredClone(c);
          const r = applyConflictEvent(c, e);
          expect(c).toEqual(before);
          if (r.ok) {
            expect(r.case.history).toHaveLength(c.history.length + 1);
            c = r.case;
            invariants(c, defaultConflictWorkflow);
          } else {
            expect(KNOWN.has(r.error.code)).toBe(true);
          }
        }
        const replayed = replayConflictCase(c.history);
        expect(replayed.ok && replayed.case).toEqual(c);
      }),
      { numRuns: 300 },
    );
  });

  it("replaying all the events equals applying them one by one, up to the first rejection", () => {
    fc.assert(
      fc.property(fc.array(eventStep, { maxLength: 25 }), (steps) => {
        const events = eventsFrom(steps);
        const whole = replayConflictCase(events);
        let current = replayConflictCase([events[0]!]);
        let i = 1;
        for (; i < events.length && current.ok; i++) {
          const next = applyConflictEvent(current.case, events[i]!);
          if (!next.ok) {
            expect(whole).toEqual({ ok: false, error: { ...next.error, path: ["events", i, ...next.error.path!.slice(1)] } });
            return;
          }
          current = next;
        }
        expect(whole.ok).toBe(true);
        expect(whole.ok && current.ok && whole.case).toEqual(current.ok && current.case);
      }),
      { numRuns: 300 },
    );
  });

  it("a closed case accepts nothing", () => {
    const closed = replayConflictCase([
      { type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "客户归属争执" },
      { type: "withdraw", actorId: "a", at: "2026-11-23T10:00:00+08:00" },
    ]);
    if (!closed.ok) throw new Error("withdrawn");
    fc.assert(
      fc.property(eventStep, (s) => {
        const [, e] = eventsFrom([{ ...s, minutes: Math.abs(s.minutes) + 60 }]);
        const r = applyConflictEvent(closed.case, e!);
        expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: "conflict.case-closed" }) });
      }),
      { numRuns: 200 },
    );
  });

  it("the same holds for the commission-dispute workflow", () => {
    const types = ["start-review", "adjust", "uphold", "accept", "appeal", "decide-appeal", "withdraw", "suspend", "resume", "tick"];
    const step = fc.record({ type: fc.constantFrom(...types), actorId: fc.constantFrom("rep1", "ops", "hr1", "hr2"), days: fc.integer({ min: 0, max: 6 }), decision: fc.constantFrom("adjust", "uphold"), reason: fc.constantFrom("", "理由") });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 15 }), (steps) => {
        let ms = Date.UTC(2026, 11, 1, 1, 0);
        const events: ConflictEvent[] = [{ type: "report", actorId: "rep1", at: new Date(ms).toISOString(), caseId: "d1", parties: ["rep1"], category: "commission", summary: "提成少算", statementId: "S1", lineId: "commission" }];
        for (const s of steps) {
          ms += s.days * 86_400_000;
          const at = new Date(ms).toISOString();
          const extra: Record<string, unknown> =
            s.type === "start-review" ? { reviewerId: s.actorId } : s.type === "adjust" ? { amount: { amount: 100, currency: "CNY" }, reason: s.reason } : s.type === "decide-appeal" ? { deciderId: "hr2", decision: s.decision, reason: s.reason } : ["uphold", "appeal", "suspend"].includes(s.type) ? { reason: s.reason } : {};
          events.push({ type: s.type, actorId: s.actorId, at, ...(s.actorId.startsWith("hr") ? { actorRoles: ["hr"] } : {}), ...extra } as ConflictEvent);
        }
        const opts = { workflow: commissionDisputeWorkflow };
        let current = replayConflictCase([events[0]!], opts);
        for (const e of events.slice(1)) {
          if (!current.ok) break;
          const next = applyConflictEvent(current.case, e, opts);
          if (next.ok) {
            invariants(next.case, commissionDisputeWorkflow);
            current = next;
          }
        }
        if (!current.ok) throw new Error("opened");
        const replayed = replayConflictCase(current.case.history, opts);
        expect(replayed.ok && replayed.case).toEqual(current.case);
      }),
      { numRuns: 200 },
    );
  });
});
