import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/index.js";
import {
  WORKFLOW_ACTIONS,
  WORKFLOW_GUARDS,
  WorkflowDefinitionSchema,
  commissionDisputeWorkflow,
  defaultConflictWorkflow,
  parseWorkflowDefinition,
  replayConflictCase,
  safeParseWorkflowDefinition,
  type WorkflowDefinition,
} from "../../src/conflicts/index.js";

/** A two-step approval, to show a workflow of one's own. */
const approval: WorkflowDefinition = {
  id: "swap-territory",
  version: 3,
  states: { asked: { slaWorkingDays: 3 }, done: { terminal: true, outcomes: ["approved", "refused"] } },
  events: {
    report: { transitions: [{ from: [], to: "asked" }] },
    decide: {
      payload: { approve: { type: "boolean" } },
      requires: [{ guard: "actor-in", params: { roles: ["director"] }, code: "conflict.actor-not-allowed" }],
      transitions: [
        { from: ["asked"], to: "done", outcome: "approved", when: [{ guard: "is-true", params: { field: "approve" } }] },
        { from: ["asked"], to: "done", outcome: "refused" },
      ],
    },
  },
};

const issues = (def: unknown) => {
  const r = safeParseWorkflowDefinition(def);
  if (r.success) throw new Error("accepted");
  return r.error.issues.map((i) => [i.path.join("."), i.code]);
};

describe("workflow definitions are data", () => {
  it("the shipped workflows and one of our own parse, and survive JSON", () => {
    for (const wf of [defaultConflictWorkflow, commissionDisputeWorkflow, approval]) {
      expect(parseWorkflowDefinition(JSON.parse(JSON.stringify(wf)))).toEqual(wf);
    }
  });
  it("our own workflow runs: the first transition whose conditions hold is taken", () => {
    const report = { type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "s1", parties: ["a", "b"], category: "territory", summary: "互换华东/华南两个客户" };
    const decide = (approve: boolean, roles: string[]) => ({ type: "decide", actorId: "d", actorRoles: roles, at: "2026-11-24T09:00:00+08:00", approve });
    const yes = replayConflictCase([report, decide(true, ["director"])], { workflow: approval });
    const no = replayConflictCase([report, decide(false, ["director"])], { workflow: approval });
    expect(yes.ok && yes.case.outcome).toBe("approved");
    expect(no.ok && no.case.outcome).toBe("refused");
    expect(replayConflictCase([report, decide(true, [])], { workflow: approval })).toMatchObject({ ok: false, error: { code: "conflict.actor-not-allowed" } });
  });
  it("the shipped definitions cannot be changed", () => {
    expect(Object.isFrozen(defaultConflictWorkflow.states["reported"])).toBe(true);
    expect(() => {
      (defaultConflictWorkflow.events["triage"]!.requires as unknown[]).push({});
    }).toThrow(TypeError);
    expect(Object.isFrozen(WORKFLOW_GUARDS)).toBe(true);
  });
  it("the registry says which parameters each guard and action takes", () => {
    expect(WORKFLOW_GUARDS["covers-parties"]).toEqual(["field", "source"]);
    expect(WORKFLOW_GUARDS["before-deadline"]).toEqual(["deadline"]);
    expect(Object.keys(WORKFLOW_ACTIONS)).toEqual(["set", "unset", "add", "increment", "record-actions"]);
  });
});

describe("mistakes in a definition are named by path", () => {
  it("states and outcomes that do not exist", () => {
    const bad = {
      ...approval,
      events: { ...approval.events, decide: { transitions: [{ from: ["asked", "limbo"], to: "done", outcome: "maybe" }, { from: ["asked"], to: "nowhere" }] } },
    };
    expect(issues(bad)).toEqual([
      ["events.decide.transitions.0.from.1", "validation.enum"],
      ["events.decide.transitions.0.outcome", "validation.enum"],
      ["events.decide.transitions.1.to", "validation.enum"],
    ]);
  });
  it("guards and actions that are not in the registry, or miss parameters", () => {
    const bad = {
      ...approval,
      events: {
        ...approval.events,
        decide: {
          requires: [{ guard: "is-nice", code: "x" }, { guard: "person-not-in", params: { field: "p" }, code: "y" }, { guard: "non-empty", params: { field: "r" } }],
          transitions: [{ from: ["asked"], to: "done", outcome: "approved" }],
          assign: [{ action: "launch" }, { action: "set", params: { field: "state", value: 1 } }],
        },
      },
    };
    expect(issues(bad)).toEqual([
      ["events.decide.requires.0.guard", "validation.enum"],
      ["events.decide.requires.1.params.roles", "validation.required"],
      ["events.decide.requires.2.code", "validation.required"],
      ["events.decide.assign.0.action", "validation.enum"],
      ["events.decide.assign.1.params.field", "validation.invalid"],
    ]);
  });
  it("a workflow needs a report event, a terminal state, and deadlines on real states", () => {
    expect(issues({ id: "w", version: 1, states: { open: {} }, events: {}, deadlines: [{ id: "d", workingDays: -1, startsOn: ["gone"], activeIn: [] }] })).toEqual([
      ["states", "validation.requires"],
      ["deadlines.0.workingDays", "validation.range"],
      ["deadlines.0.startsOn.0", "validation.enum"],
      ["deadlines.0.activeIn", "validation.empty"],
      ["events.report", "validation.required"],
    ]);
  });
  it("payload fields may not shadow the envelope, and the report cannot start closed", () => {
    const bad = { ...approval, events: { ...approval.events, report: { payload: { at: { type: "text" }, parties: { type: "ids" } }, transitions: [{ from: [], to: "done", outcome: "approved" }] } } };
    expect(issues(bad)).toEqual([
      ["events.report.payload.at", "validation.invalid"],
      ["events.report.payload.parties", "validation.invalid"],
      ["events.report.transitions.0.to", "validation.invalid"],
    ]);
  });
  it("the engine refuses a bad workflow with the same paths, under opts.workflow", () => {
    try {
      replayConflictCase([{ type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00" }], { workflow: { ...approval, version: -1 } });
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path.join("."))).toEqual(["opts.workflow.version"]);
    }
  });
  it("the schema reports every problem at once", () => {
    expect(WorkflowDefinitionSchema.safeParse({ id: "", version: 1.5, states: [], events: null }).success).toBe(false);
    expect(issues({ id: "", version: 1.5, states: [], events: null })).toEqual([
      ["id", "validation.empty"],
      ["version", "validation.integer"],
      ["states", "validation.type"],
      ["events", "validation.type"],
    ]);
  });
});
