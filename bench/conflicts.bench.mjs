// Benchmark for conflicts: replaying 100,000 events of the default team-conflict workflow with
// replayConflictCase, against
//   - xstate: XState v5 (the peer the conflicts issue names), the same workflow as a state
//     machine, replayed with the pure API: `initialTransition` once per case and `transition`
//     per event (no actors, nothing executed);
//   - xstate-actor (for information): the same machine run the usual way, an actor per case
//     (`createActor(machine).start()`, then `send` per event), which XState runs faster than its
//     pure `transition()` (that one builds a throwaway actor on every call); and
//   - hand-loop: a plain switch reducer over trusted events doing the same rule checks (the
//     practical limit).
// Two datasets: 10,000 cases of 10 events each, and one case of 100,000 events (report, triage,
// then suspend/resume pairs). Every event is valid, so every implementation accepts all of them;
// before any timing every case's final state, outcome, handler, severity, mediator, actions,
// history, last instant and effects (the `hand-over` an escalation asks for) are checked equal
// across all of them (a difference stops the run).
//
// Not in the peers: the SLA clocks ours keeps for every state (started, stopped, paused on hold:
// its work, counted in its time) and the `tick` clock event that reads them (the datasets have no
// ticks); and the shape checks ours makes on every event (a real instant, declared fields only).
//
// The goal: ours at least 3× as fast as XState's pure `transition()` on the same machine.
// The actor figure is printed next to it so the goal's margin is not read as "3× XState" in general.

import { pathToFileURL } from "node:url";
import { defaultConflictWorkflow, replayConflictCase } from "team-playbook/conflicts";
import { assign, createActor, initialTransition, setup, transition } from "xstate";
import { lcg, MismatchError, note, runCase } from "./harness.mjs";

const CASES = 10_000;
const EVENTS_PER_CASE = 10;
const EVENTS = CASES * EVENTS_PER_CASE; // 100,000: one operation = one event replayed
const LONG = 100_000; // events of the long case
const SEED = 20261202;
const GOAL_VS_XSTATE = 3;

// ---------------------------------------------------------------------------------------
// Dataset
// ---------------------------------------------------------------------------------------

const HOUR = 3_600_000;
/** An instant as the app stores it: wall time in +08:00 with its offset. */
const instant = (ms) => `${new Date(ms + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;

const CATEGORIES = [
  ["interpersonal", 0.3],
  ["task", 0.2],
  ["process", 0.15],
  ["resources", 0.1],
  ["commission", 0.1],
  ["other", 0.07],
  ["harassment", 0.05],
  ["discrimination", 0.03],
];
const SEVERITIES = [
  ["low", 0.3],
  ["medium", 0.4],
  ["high", 0.25],
  ["critical", 0.05],
];

function weighted(rand, options) {
  let total = 0;
  for (const [, w] of options) total += w;
  let x = rand() * total;
  for (const [v, w] of options) {
    if ((x -= w) < 0) return v;
  }
  return options[options.length - 1][0];
}

/**
 * 10,000 cases of exactly 10 events, each a seeded random walk through the workflow that only
 * takes events the workflow accepts: report, triage (sometimes again), a conversation or
 * mediation (never for harassment, discrimination or critical cases), holds and resumes, an
 * agreement, a follow-up that relapses (back to triage) or holds; a closing event (follow-up
 * holding, escalate, withdraw, close-no-action for low severity) only as the tenth event, so
 * some cases end closed and some still open. Actors are the handler, HR (`actorRoles: ["hr"]`),
 * the mediator or the reporter, as each rule allows; events are minutes to days apart, some at
 * the same instant as the one before.
 */
function makeCases(count, seed) {
  const rand = lcg(seed);
  const int = (n) => Math.floor(rand() * n);
  const cases = new Array(count);
  for (let c = 0; c < count; c++) {
    const nParties = rand() < 0.8 ? 2 : 3;
    const parties = [];
    while (parties.length < nParties) {
      const id = `u${int(2000)}`;
      if (!parties.includes(id)) parties.push(id);
    }
    let reporter = parties[0];
    if (rand() < 0.1) {
      do reporter = `u${int(2000)}`;
      while (parties.includes(reporter));
    }
    const category = weighted(rand, CATEGORIES);
    let ms = Date.UTC(2026, 0, 5, 1) + int(300) * 24 * HOUR + int(8 * 60) * 60_000;
    const next = () => {
      const r = rand();
      if (r >= 0.05) ms += r < 0.6 ? (1 + int(240)) * 60_000 : (1 + int(5)) * 24 * HOUR + int(600) * 60_000;
      return instant(ms); // one event in twenty at the same instant as the one before
    };
    const s = { state: "reported", handler: undefined, mediator: undefined, severity: undefined, heldFrom: undefined };
    const hr = () => ({ actorId: `hr${int(5)}`, actorRoles: ["hr"] });
    const handling = () => (s.handler !== undefined && rand() < 0.7 ? { actorId: s.handler } : hr());
    const agreeing = () => {
      const r = rand();
      if (s.mediator !== undefined && r < 0.4) return { actorId: s.mediator };
      return r < 0.8 && s.handler !== undefined ? { actorId: s.handler } : hr();
    };
    const routeOk = () => category !== "harassment" && category !== "discrimination" && s.severity !== "critical";
    const events = [
      {
        type: "report",
        actorId: reporter,
        at: next(),
        caseId: `case-${c}`,
        parties: parties.slice(),
        category,
        summary: "周会上两人因客户归属争执",
        ...(rand() < 0.1 ? { confidential: true } : {}),
      },
    ];

    // Builders of each kind of event; each updates the generator's view of the case.
    const triage = () => {
      // Once triaged, only the handler or HR changes the triage.
      const actor = s.state === "triaged" ? handling() : rand() < 0.75 ? { actorId: `mgr${int(200)}` } : hr();
      s.handler = rand() < 0.8 && actor.actorRoles === undefined ? actor.actorId : `mgr${int(200)}`;
      s.severity = weighted(rand, SEVERITIES);
      s.state = "triaged";
      return { type: "triage", ...actor, at: next(), handlerId: s.handler, severity: s.severity };
    };
    const conversation = () => {
      s.state = "in-conversation";
      return { type: "start-conversation", ...handling(), at: next() };
    };
    const mediation = () => {
      s.mediator = `med${int(50)}`;
      s.state = "in-mediation";
      const consentedBy = rand() < 0.5 ? parties.slice().reverse() : parties.slice();
      return { type: "start-mediation", ...handling(), at: next(), mediatorId: s.mediator, consentedBy };
    };
    const agreement = () => {
      const n = 1 + int(2);
      const actions = [];
      for (let k = 0; k < n; k++) actions.push({ ownerId: parties[int(parties.length)], description: "客户A按签约时间归属，本月移交资料", due: instant(ms + (3 + int(20)) * 24 * HOUR).slice(0, 10) });
      const e = { type: "record-agreement", ...agreeing(), at: next(), agreedBy: parties.slice(), actions };
      s.state = "agreed";
      return e;
    };
    const followUp = (outcome) => {
      const e = { type: "follow-up", ...agreeing(), at: next(), outcome };
      s.state = outcome === "holding" ? "closed" : "triaged";
      return e;
    };
    const suspend = () => {
      s.heldFrom = s.state;
      s.state = "on-hold";
      return { type: "suspend", ...handling(), at: next(), reason: "一方休假两周" };
    };
    const resume = () => {
      s.state = s.heldFrom;
      s.heldFrom = undefined;
      return { type: "resume", ...handling(), at: next() };
    };
    const escalate = () => {
      const r = rand();
      const actor = r < 0.3 ? { actorId: reporter } : r < 0.6 && s.handler !== undefined ? { actorId: s.handler } : hr();
      s.state = "closed";
      return { type: "escalate", ...actor, at: next(), to: rand() < 0.5 ? "hr" : "formal-grievance", reason: "需要正式申诉程序" };
    };
    const withdraw = () => {
      s.state = "closed";
      return { type: "withdraw", actorId: reporter, at: next(), ...(rand() < 0.5 ? { reason: "已私下解决" } : {}) };
    };
    const closeNoAction = () => {
      s.state = "closed";
      return { type: "close-no-action", ...handling(), at: next(), reason: "双方确认误会已消除" };
    };

    for (let i = 1; i < EVENTS_PER_CASE; i++) {
      const last = i === EVENTS_PER_CASE - 1;
      const options = [];
      switch (s.state) {
        case "reported":
          options.push([triage, 0.85], [suspend, 0.15]);
          break;
        case "triaged":
          if (routeOk()) options.push([conversation, 0.45], [mediation, 0.3]);
          options.push([suspend, 0.15], [triage, 0.1]);
          break;
        case "in-conversation":
          options.push([agreement, 0.6], [suspend, 0.2]);
          if (routeOk()) options.push([mediation, 0.2]);
          break;
        case "in-mediation":
          options.push([agreement, 0.75], [suspend, 0.25]);
          break;
        case "agreed":
          options.push([() => followUp("relapsed"), last ? 0.15 : 0.7], [suspend, 0.3]);
          if (last) options.push([() => followUp("holding"), 1.5]);
          break;
        case "on-hold":
          options.push([resume, 1]);
          break;
      }
      if (last) {
        options.push([escalate, 0.15], [withdraw, 0.1]);
        if (s.severity === "low" && (s.state === "triaged" || s.state === "in-conversation" || s.state === "in-mediation")) options.push([closeNoAction, 0.5]);
      }
      events.push(weighted(rand, options)());
    }
    cases[c] = events;
  }
  return cases;
}

/** One case of `count` events: report, triage, then suspend/resume pairs by the handler or HR. */
function makeLongCase(count, seed) {
  const rand = lcg(seed);
  let ms = Date.UTC(2026, 0, 5, 1);
  const next = () => instant((ms += (1 + Math.floor(rand() * 180)) * 60_000));
  const events = [
    { type: "report", actorId: "u1", at: next(), caseId: "long", parties: ["u1", "u2"], category: "interpersonal", summary: "长期的排班争执" },
    { type: "triage", actorId: "mgr1", at: next(), handlerId: "mgr1", severity: "medium" },
  ];
  const actor = () => (rand() < 0.7 ? { actorId: "mgr1" } : { actorId: `hr${Math.floor(rand() * 5)}`, actorRoles: ["hr"] });
  while (events.length < count) {
    events.push({ type: "suspend", ...actor(), at: next(), reason: "等待调查结果" });
    if (events.length < count) events.push({ type: "resume", ...actor(), at: next() });
  }
  return events;
}

// ---------------------------------------------------------------------------------------
// Results: three numbers per case (state and outcome, history length, agreed actions)
// ---------------------------------------------------------------------------------------

const STATES = Object.keys(defaultConflictWorkflow.states);
const OUTCOMES = [undefined, ...defaultConflictWorkflow.states.closed.outcomes];
const code = (state, outcome) => STATES.indexOf(state) * 8 + OUTCOMES.indexOf(outcome);
const PER_CASE = 3;

/** Everything compared before timing, as one string per case. */
function signature(v) {
  return [v.state, v.outcome ?? "", v.historyLength, v.handlerId ?? "", v.severity ?? "", v.mediatorId ?? "", v.actions.length, v.actions.map((a) => `${a.ownerId}/${a.due}/${a.agreedAt}`).join(","), v.updatedAt, v.heldFrom ?? "", v.escalatedTo ?? "", v.confidential].join("|");
}

// ---------------------------------------------------------------------------------------
// Ours
// ---------------------------------------------------------------------------------------

function oursView(events) {
  const r = replayConflictCase(events);
  if (!r.ok) return undefined;
  return { ...r.case, history: r.case.history, escalatedTo: r.case.data["escalatedTo"], effects: r.effects };
}

function oursRun(cases, out) {
  for (let k = 0; k < cases.length; k++) {
    const r = replayConflictCase(cases[k]);
    if (r.ok) {
      out[k * PER_CASE] = code(r.case.state, r.case.outcome);
      out[k * PER_CASE + 1] = r.case.history.length;
      out[k * PER_CASE + 2] = r.case.actions.length;
    } else out[k * PER_CASE] = -1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// XState v5: the same workflow as a machine, replayed with the pure transition API
// ---------------------------------------------------------------------------------------

const has = (list, x) => list !== undefined && list.includes(x);
const notEarlier = (context, event) => Date.parse(event.at) >= context.lastMs;
const routeOk = (context) => context.category !== "harassment" && context.category !== "discrimination" && context.severity !== "critical";
/** The actor is the handler or HR (vouched for in `actorRoles`), and never a party. */
const handling = (context, event) => (event.actorId === context.handlerId || has(event.actorRoles, "hr")) && !context.parties.includes(event.actorId);
/** The actor is the handler, the mediator or HR, and never a party. */
const agreeing = (context, event) => (event.actorId === context.handlerId || event.actorId === context.mediatorId || has(event.actorRoles, "hr")) && !context.parties.includes(event.actorId);
/** Case roles (handler, reporter...) come from the case; `actorRoles` only vouch for app roles such as HR. */
const covers = (ids, parties) => Array.isArray(ids) && parties.every((p) => ids.includes(p));
const reasonGiven = (event) => typeof event.reason === "string" && event.reason.trim() !== "";

/** The rules of each event of the default workflow (as in src/conflicts/workflows/default.ts), with "not earlier than the last event". */
const RULES = {
  triage: (c, e) => notEarlier(c, e) && !c.parties.includes(e.actorId) && (c.handlerId === undefined || handling(c, e)) && !c.parties.includes(e.handlerId),
  "start-conversation": (c, e) => notEarlier(c, e) && handling(c, e) && routeOk(c),
  "start-mediation": (c, e) => notEarlier(c, e) && handling(c, e) && routeOk(c) && !c.parties.includes(e.mediatorId) && e.mediatorId !== c.reportedBy && covers(e.consentedBy, c.parties),
  "record-agreement": (c, e) => notEarlier(c, e) && agreeing(c, e) && covers(e.agreedBy, c.parties) && Array.isArray(e.actions) && e.actions.length >= 1,
  "follow-up": (c, e) => notEarlier(c, e) && agreeing(c, e),
  escalate: (c, e) => notEarlier(c, e) && (e.actorId === c.handlerId || e.actorId === c.reportedBy || has(e.actorRoles, "hr")) && reasonGiven(e),
  "close-no-action": (c, e) => notEarlier(c, e) && handling(c, e) && c.severity === "low" && reasonGiven(e),
  withdraw: (c, e) => notEarlier(c, e) && e.actorId === c.reportedBy,
  suspend: (c, e) => notEarlier(c, e) && handling(c, e) && reasonGiven(e),
  resume: (c, e) => notEarlier(c, e) && handling(c, e),
};

/** What every accepted event changes: history (a persistent list, O(1) to append), last instant. */
const stamp = (context, event) => ({ history: { event, prev: context.history }, historyLength: context.historyLength + 1, updatedAt: event.at, lastMs: Date.parse(event.at) });

const OPEN = ["reported", "triaged", "in-conversation", "in-mediation", "agreed"];

const xstateMachine = setup({
  guards: {
    triage: ({ context, event }) => RULES.triage(context, event),
    startConversation: ({ context, event }) => RULES["start-conversation"](context, event),
    startMediation: ({ context, event }) => RULES["start-mediation"](context, event),
    recordAgreement: ({ context, event }) => RULES["record-agreement"](context, event),
    followUp: ({ context, event }, params) => RULES["follow-up"](context, event) && event.outcome === params.outcome,
    escalate: ({ context, event }) => RULES.escalate(context, event),
    closeNoAction: ({ context, event }) => RULES["close-no-action"](context, event),
    withdraw: ({ context, event }) => RULES.withdraw(context, event),
    suspend: ({ context, event }) => RULES.suspend(context, event),
    resume: ({ context, event }, params) => RULES.resume(context, event) && context.heldFrom === params.to,
  },
  actions: {
    open: assign(({ event }) => ({
      id: event.caseId,
      reportedBy: event.actorId,
      reportedAt: event.at,
      parties: event.parties.slice(),
      category: event.category,
      summary: event.summary,
      confidential: event.confidential === true || event.category === "harassment" || event.category === "discrimination",
      history: { event, prev: null },
      historyLength: 1,
      updatedAt: event.at,
      lastMs: Date.parse(event.at),
    })),
    stamp: assign(({ context, event }) => stamp(context, event)),
    triage: assign(({ context, event }) => ({ ...stamp(context, event), handlerId: event.handlerId, severity: event.severity })),
    mediate: assign(({ context, event }) => ({ ...stamp(context, event), mediatorId: event.mediatorId })),
    agree: assign(({ context, event }) => ({
      ...stamp(context, event),
      actions: [...context.actions, ...event.actions.map((a) => ({ ownerId: a.ownerId, description: a.description, due: a.due, agreedAt: event.at }))],
    })),
    hold: assign(({ context, event }, params) => ({ ...stamp(context, event), heldFrom: params.from })),
    unhold: assign(({ context, event }) => ({ ...stamp(context, event), heldFrom: undefined })),
    close: assign(({ context, event }, params) => ({ ...stamp(context, event), outcome: params.outcome, heldFrom: undefined, closedAt: event.at })),
    escalate: assign(({ context, event }) => ({ ...stamp(context, event), outcome: "escalated", heldFrom: undefined, closedAt: event.at, escalatedTo: event.to })),
    // An effect for the app: `transition()` returns it and executes nothing; an actor would run it.
    handOver: () => {},
  },
}).createMachine({
  id: "team-conflict",
  initial: "new",
  context: {
    id: "",
    reportedBy: "",
    reportedAt: "",
    parties: [],
    category: "",
    summary: "",
    confidential: false,
    severity: undefined,
    handlerId: undefined,
    mediatorId: undefined,
    heldFrom: undefined,
    outcome: undefined,
    closedAt: undefined,
    escalatedTo: undefined,
    actions: [],
    history: null,
    historyLength: 0,
    updatedAt: "",
    lastMs: -Infinity,
  },
  states: {
    new: { on: { report: { target: "reported", actions: "open" } } },
    reported: {
      on: {
        triage: { target: "triaged", guard: "triage", actions: "triage" },
        ...leaving("reported"),
      },
    },
    triaged: {
      on: {
        triage: { target: "triaged", guard: "triage", actions: "triage" },
        "start-conversation": { target: "in-conversation", guard: "startConversation", actions: "stamp" },
        "start-mediation": { target: "in-mediation", guard: "startMediation", actions: "mediate" },
        "close-no-action": { target: "closed", guard: "closeNoAction", actions: { type: "close", params: { outcome: "no-action" } } },
        ...leaving("triaged"),
      },
    },
    "in-conversation": {
      on: {
        "start-mediation": { target: "in-mediation", guard: "startMediation", actions: "mediate" },
        "record-agreement": { target: "agreed", guard: "recordAgreement", actions: "agree" },
        "close-no-action": { target: "closed", guard: "closeNoAction", actions: { type: "close", params: { outcome: "no-action" } } },
        ...leaving("in-conversation"),
      },
    },
    "in-mediation": {
      on: {
        "record-agreement": { target: "agreed", guard: "recordAgreement", actions: "agree" },
        "close-no-action": { target: "closed", guard: "closeNoAction", actions: { type: "close", params: { outcome: "no-action" } } },
        ...leaving("in-mediation"),
      },
    },
    agreed: {
      on: {
        "follow-up": [
          { target: "closed", guard: { type: "followUp", params: { outcome: "holding" } }, actions: { type: "close", params: { outcome: "resolved" } } },
          { target: "triaged", guard: { type: "followUp", params: { outcome: "relapsed" } }, actions: "stamp" },
        ],
        ...leaving("agreed"),
      },
    },
    "on-hold": {
      on: {
        resume: OPEN.map((to) => ({ target: to, guard: { type: "resume", params: { to } }, actions: "unhold" })),
        ...closing(),
      },
    },
    closed: { type: "final" },
  },
});

/** Transitions every open state has: escalate, withdraw and (not on hold) suspend. */
function leaving(from) {
  return { suspend: { target: "on-hold", guard: "suspend", actions: { type: "hold", params: { from } } }, ...closing() };
}
function closing() {
  return {
    escalate: { target: "closed", guard: "escalate", actions: ["escalate", { type: "handOver", params: ({ event }) => ({ to: event.to, reason: event.reason }) }] },
    withdraw: { target: "closed", guard: "withdraw", actions: { type: "close", params: { outcome: "withdrawn" } } },
  };
}

function xstateReplay(events) {
  let [snapshot] = initialTransition(xstateMachine);
  for (let i = 0; i < events.length; i++) [snapshot] = transition(xstateMachine, snapshot, events[i]);
  return snapshot;
}

/** The usual way to run a machine: an actor, one `send` per event (assigns run, nothing else to execute). */
function xstateActorReplay(events) {
  const actor = createActor(xstateMachine).start();
  for (let i = 0; i < events.length; i++) actor.send(events[i]);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

function xstateView(events, replay = xstateReplay) {
  const snapshot = replay(events);
  const c = snapshot.context;
  const history = new Array(c.historyLength);
  for (let node = c.history, i = c.historyLength - 1; node !== null; node = node.prev, i--) history[i] = node.event;
  return { ...c, state: snapshot.value, history };
}

/** The effects the pure API returns along a replay, as ours reports them. */
function xstateEffects(events) {
  let [snapshot] = initialTransition(xstateMachine);
  const effects = [];
  for (let i = 0; i < events.length; i++) {
    let actions;
    [snapshot, actions] = transition(xstateMachine, snapshot, events[i]);
    for (const a of actions) if (a.type === "handOver") effects.push({ type: "hand-over", caseId: snapshot.context.id, to: ["hr"], params: a.params });
  }
  return effects;
}

function xstateRun(cases, out, replay = xstateReplay) {
  for (let k = 0; k < cases.length; k++) {
    const snapshot = replay(cases[k]);
    out[k * PER_CASE] = code(snapshot.value, snapshot.context.outcome);
    out[k * PER_CASE + 1] = snapshot.context.historyLength;
    out[k * PER_CASE + 2] = snapshot.context.actions.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// hand-loop: a plain switch reducer over trusted events, the same rules, mutating its state
// ---------------------------------------------------------------------------------------

/** Applies one event to `s` in place; false (and `s` unchanged) when a rule rejects it. */
function handApply(s, e) {
  if (s.state === "closed") return false;
  const ms = Date.parse(e.at);
  if (ms < s.lastMs) return false;
  let to;
  switch (e.type) {
    case "triage":
      if (s.state !== "reported" && s.state !== "triaged") return false;
      if (s.parties.includes(e.actorId) || (s.handlerId !== undefined && !handling(s, e)) || s.parties.includes(e.handlerId)) return false;
      s.handlerId = e.handlerId;
      s.severity = e.severity;
      to = "triaged";
      break;
    case "start-conversation":
      if (s.state !== "triaged" || !handling(s, e) || !routeOk(s)) return false;
      to = "in-conversation";
      break;
    case "start-mediation":
      if (s.state !== "triaged" && s.state !== "in-conversation") return false;
      if (!handling(s, e) || !routeOk(s) || s.parties.includes(e.mediatorId) || e.mediatorId === s.reportedBy || !covers(e.consentedBy, s.parties)) return false;
      s.mediatorId = e.mediatorId;
      to = "in-mediation";
      break;
    case "record-agreement":
      if (s.state !== "in-conversation" && s.state !== "in-mediation") return false;
      if (!agreeing(s, e) || !covers(e.agreedBy, s.parties) || !Array.isArray(e.actions) || e.actions.length < 1) return false;
      for (const a of e.actions) s.actions.push({ ownerId: a.ownerId, description: a.description, due: a.due, agreedAt: e.at });
      to = "agreed";
      break;
    case "follow-up":
      if (s.state !== "agreed" || !agreeing(s, e)) return false;
      if (e.outcome === "holding") {
        to = "closed";
        s.outcome = "resolved";
      } else if (e.outcome === "relapsed") to = "triaged";
      else return false;
      break;
    case "escalate":
      if (!(e.actorId === s.handlerId || e.actorId === s.reportedBy || has(e.actorRoles, "hr")) || !reasonGiven(e)) return false;
      s.escalatedTo = e.to;
      s.effects.push({ type: "hand-over", caseId: s.id, to: ["hr"], params: { to: e.to, reason: e.reason } });
      s.outcome = "escalated";
      to = "closed";
      break;
    case "close-no-action":
      if (s.state !== "triaged" && s.state !== "in-conversation" && s.state !== "in-mediation") return false;
      if (!handling(s, e) || s.severity !== "low" || !reasonGiven(e)) return false;
      s.outcome = "no-action";
      to = "closed";
      break;
    case "withdraw":
      if (e.actorId !== s.reportedBy) return false;
      s.outcome = "withdrawn";
      to = "closed";
      break;
    case "suspend":
      if (s.state === "on-hold" || !handling(s, e) || !reasonGiven(e)) return false;
      s.heldFrom = s.state;
      to = "on-hold";
      break;
    case "resume":
      if (s.state !== "on-hold" || !handling(s, e)) return false;
      to = s.heldFrom;
      s.heldFrom = undefined;
      break;
    default:
      return false;
  }
  if (to === "closed") {
    s.closedAt = e.at;
    s.heldFrom = undefined;
  }
  s.state = to;
  s.history.push(e);
  s.updatedAt = e.at;
  s.lastMs = ms;
  return true;
}

function handReplay(events) {
  const r = events[0];
  if (r.type !== "report") return undefined;
  const s = {
    id: r.caseId,
    state: "reported",
    reportedBy: r.actorId,
    reportedAt: r.at,
    parties: r.parties.slice(),
    category: r.category,
    summary: r.summary,
    confidential: r.confidential === true || r.category === "harassment" || r.category === "discrimination",
    severity: undefined,
    handlerId: undefined,
    mediatorId: undefined,
    heldFrom: undefined,
    outcome: undefined,
    closedAt: undefined,
    escalatedTo: undefined,
    actions: [],
    effects: [],
    history: [r],
    updatedAt: r.at,
    lastMs: Date.parse(r.at),
  };
  for (let i = 1; i < events.length; i++) if (!handApply(s, events[i])) return undefined;
  return s;
}

function handRun(cases, out) {
  for (let k = 0; k < cases.length; k++) {
    const s = handReplay(cases[k]);
    if (s === undefined) {
      out[k * PER_CASE] = -1;
      continue;
    }
    out[k * PER_CASE] = code(s.state, s.outcome);
    out[k * PER_CASE + 1] = s.history.length;
    out[k * PER_CASE + 2] = s.actions.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The check before timing, and the cases
// ---------------------------------------------------------------------------------------

/** Every case, every implementation: accepted in full, history identical to the input, same signature. */
function verify(name, cases) {
  for (let k = 0; k < cases.length; k++) {
    const events = cases[k];
    const views = { ours: oursView(events), xstate: xstateView(events), "xstate-actor": xstateView(events, xstateActorReplay), "hand-loop": handReplay(events) };
    views.xstate.effects = xstateEffects(events);
    let reference;
    let referenceEffects;
    for (const [impl, v] of Object.entries(views)) {
      if (v === undefined) throw new MismatchError(`[${name}] ${impl} rejected case #${k}`);
      if (v.history.length !== events.length || JSON.stringify(v.history) !== JSON.stringify(events)) throw new MismatchError(`[${name}] ${impl} did not record every event of case #${k}`);
      v.historyLength = v.history.length;
      const sig = signature(v);
      if (reference === undefined) reference = sig;
      else if (sig !== reference) throw new MismatchError(`[${name}] ${impl} differs from ours on case #${k}:\n  ours ${reference}\n  ${impl} ${sig}`);
      if (v.effects === undefined) continue; // the actor ran its effects (no-ops); its state is compared above
      const effects = JSON.stringify(v.effects);
      if (referenceEffects === undefined) referenceEffects = effects;
      else if (effects !== referenceEffects) throw new MismatchError(`[${name}] ${impl} asks for other effects than ours on case #${k}:\n  ours ${referenceEffects}\n  ${impl} ${effects}`);
    }
  }
}

function distribution(cases) {
  const counts = new Map();
  for (const events of cases) {
    const s = handReplay(events);
    const key = s.outcome === undefined ? s.state : `closed (${s.outcome})`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n.toLocaleString("en-US")}`).join(", ");
}

function report(result, label) {
  const ours = result.stats["ours"];
  const xs = result.stats["xstate"];
  const actor = result.stats["xstate-actor"];
  const hand = result.stats["hand-loop"];
  const ns = (s) => ((s.medianMs * 1e6) / result.ops).toFixed(0);
  const speedUp = xs.medianMs / ours.medianMs;
  note(`  per event: ours ${ns(ours)} ns, xstate ${ns(xs)} ns, xstate-actor ${ns(actor)} ns, hand-loop ${ns(hand)} ns (${label})`);
  note(`  ours vs XState transition(): ×${speedUp.toFixed(2)} as fast; goal ≥ ×${GOAL_VS_XSTATE}: ${speedUp >= GOAL_VS_XSTATE ? "MET" : "MISSED"}`);
  note(`  ours vs XState actor.send (information, not the goal): ×${(actor.medianMs / ours.medianMs).toFixed(2)} as fast`);
  note(`  ours ÷ hand-loop: ${(hand.medianMs / ours.medianMs).toFixed(3)} (hand-loop ×${(ours.medianMs / hand.medianMs).toFixed(1)} as fast as ours)`);
  return speedUp;
}

const BENCH_OPTIONS = { iterations: 5, time: 1500, warmupIterations: 2, warmupTime: 300 };

export default async function run() {
  const cases = makeCases(CASES, SEED);
  const long = makeLongCase(LONG, SEED + 1);
  const casesFor = new Map([EVENTS, EVENTS / 10].map((n) => [n, cases.slice(0, n / EVENTS_PER_CASE)]));
  const longFor = new Map([LONG, LONG / 10].map((n) => [n, [long.slice(0, n)]]));
  note(`[conflicts] dataset: ${CASES.toLocaleString("en-US")} cases × ${EVENTS_PER_CASE} events (seed ${SEED}); final states: ${distribution(cases)}`);
  note(`[conflicts] dataset: one case of ${LONG.toLocaleString("en-US")} events (report, triage, ${((LONG - 2) / 2).toLocaleString("en-US")} suspend/resume pairs; seed ${SEED + 1})`);

  note(`[conflicts] checking every case: ours, xstate, xstate-actor and hand-loop accept every event and end equal...`);
  verify("conflicts", cases);
  verify("conflicts-long", [long]);
  note(`[conflicts] all ${CASES.toLocaleString("en-US")} + 1 cases equal for ours, xstate, xstate-actor and hand-loop (state, outcome, handler, severity, mediator, actions, history, last instant, hold, escalation, effects)`);

  const out = { ours: new Float64Array(CASES * PER_CASE), xstate: new Float64Array(CASES * PER_CASE), actor: new Float64Array(CASES * PER_CASE), hand: new Float64Array(CASES * PER_CASE) };
  const many = await runCase({
    name: "replayConflictCase (10,000 cases × 10 events)",
    ops: EVENTS,
    ours: (count) => oursRun(casesFor.get(count), out.ours).subarray(0, (count / EVENTS_PER_CASE) * PER_CASE),
    peers: {
      xstate: (count) => xstateRun(casesFor.get(count), out.xstate).subarray(0, (count / EVENTS_PER_CASE) * PER_CASE),
      "xstate-actor": (count) => xstateRun(casesFor.get(count), out.actor, xstateActorReplay).subarray(0, (count / EVENTS_PER_CASE) * PER_CASE),
      "hand-loop": (count) => handRun(casesFor.get(count), out.hand).subarray(0, (count / EVENTS_PER_CASE) * PER_CASE),
    },
    describe: (k) => `case-${Math.floor(k / PER_CASE)} ${["state/outcome", "history length", "actions"][k % PER_CASE]}`,
    scaleFrom: EVENTS / 10,
    benchOptions: BENCH_OPTIONS,
  });
  const manySpeedUp = report(many, "10,000 cases");

  const longOut = { ours: new Float64Array(PER_CASE), xstate: new Float64Array(PER_CASE), actor: new Float64Array(PER_CASE), hand: new Float64Array(PER_CASE) };
  const one = await runCase({
    name: "replayConflictCase (one case of 100,000 events)",
    ops: LONG,
    ours: (count) => oursRun(longFor.get(count), longOut.ours),
    peers: {
      xstate: (count) => xstateRun(longFor.get(count), longOut.xstate),
      "xstate-actor": (count) => xstateRun(longFor.get(count), longOut.actor, xstateActorReplay),
      "hand-loop": (count) => handRun(longFor.get(count), longOut.hand),
    },
    describe: (k) => `long case ${["state/outcome", "history length", "actions"][k % PER_CASE]}`,
    expect: [
      [0, code("triaged", undefined)],
      [1, LONG],
    ],
    scaleFrom: LONG / 10,
    benchOptions: BENCH_OPTIONS,
  });
  const longSpeedUp = report(one, "one long case");
  note(`[conflicts] goal (ours ≥ ×${GOAL_VS_XSTATE} XState transition()): ${manySpeedUp >= GOAL_VS_XSTATE && longSpeedUp >= GOAL_VS_XSTATE ? "MET" : "MISSED"} (×${manySpeedUp.toFixed(2)} on 10,000 cases, ×${longSpeedUp.toFixed(2)} on one long case)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
