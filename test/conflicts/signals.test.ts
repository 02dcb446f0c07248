/**
 * detectConflictSignals: repeated and mutual constructive feedback, task ping-pong and falling
 * survey scores, with numbers worked out by hand.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFinding } from "team-playbook/core";
import type { FeedbackEntry, FeedbackKind } from "team-playbook/feedback";
import { DEFAULT_CONFLICT_SIGNAL_POLICY, detectConflictSignals, type ConflictSignalInput, type ConflictSignalOptions, type TaskHandoff, type TeamSurveyScore } from "../../src/conflicts/signals.js";
import { conflictAdviceMessagesEn } from "../../src/conflicts/messages/advice-en.js";
import { conflictAdviceMessagesZhCN } from "../../src/conflicts/messages/advice-zh-CN.js";
import { issuesOf } from "../support/issues.js";

const fb = (id: string, from: string, to: string, day: string, kind: FeedbackKind = "constructive"): FeedbackEntry => ({ id, from, to, at: `${day}T10:00:00+08:00`, kind, visibility: "private" });
const hand = (taskId: string, fromId: string, toId: string, at: string): TaskHandoff => ({ taskId, fromId, toId, at });
const codes = (input: ConflictSignalInput, opts: ConflictSignalOptions) => detectConflictSignals(input, opts).map((f) => f.code);
const render = (f: Parameters<typeof formatFinding>[0], locale: "en" | "zh-CN") =>
  formatFinding(f, locale, { catalog: locale === "en" ? conflictAdviceMessagesEn : conflictAdviceMessagesZhCN });

describe("repeated constructive feedback (default ≥ 3 in the 30 days ending on asOf)", () => {
  // asOf 2026-11-30, 30 days → the window is 2026-11-01 … 2026-11-30 (November has 30 days):
  // 2026-11-01 is its first day, 2026-10-31 is one day outside.
  const asOf = "2026-11-30";

  it("mgr → b three times (11-02, 11-15, 11-30) → one info finding with the people and the count", () => {
    const feedback = [fb("f1", "mgr", "b", "2026-11-02"), fb("f2", "mgr", "b", "2026-11-15"), fb("f3", "mgr", "b", "2026-11-30"), fb("p1", "mgr", "b", "2026-11-20", "praise")];
    expect(detectConflictSignals({ feedback }, { asOf })).toEqual([
      {
        code: "conflict.signal.feedback-repeated",
        severity: "info",
        path: ["input", "feedback"],
        params: { giverId: "mgr", receiverId: "b", count: 3, windowDays: 30, first: "2026-11-02", last: "2026-11-30", entryIds: ["f1", "f2", "f3"] },
      },
    ]);
  });

  it("boundary: the first day of the window counts, the day before does not", () => {
    const two = [fb("f2", "mgr", "b", "2026-11-15"), fb("f3", "mgr", "b", "2026-11-30")];
    // 11-01 = asOf − 29: inside → 3 entries
    expect(codes({ feedback: [fb("f1", "mgr", "b", "2026-11-01"), ...two] }, { asOf })).toEqual(["conflict.signal.feedback-repeated"]);
    // 10-31 = asOf − 30: one day outside → 2 entries, below 3
    expect(codes({ feedback: [fb("f1", "mgr", "b", "2026-10-31"), ...two] }, { asOf })).toEqual([]);
    // exactly at the threshold vs one below it, with the threshold changed
    expect(codes({ feedback: two }, { asOf, repeatedFeedbackMin: 2 })).toEqual(["conflict.signal.feedback-repeated"]);
    // after asOf does not count either
    expect(codes({ feedback: [...two, fb("f4", "mgr", "b", "2026-12-01")] }, { asOf })).toEqual([]);
  });

  it("the day is the date of `at` in its own offset (00:30 in Beijing on 11-01 is inside)", () => {
    const early: FeedbackEntry = { ...fb("f1", "mgr", "b", "2026-11-01"), at: "2026-11-01T00:30:00+08:00" }; // 2026-10-31T16:30Z
    expect(codes({ feedback: [early, fb("f2", "mgr", "b", "2026-11-15"), fb("f3", "mgr", "b", "2026-11-30")] }, { asOf })).toEqual(["conflict.signal.feedback-repeated"]);
  });

  it("a retracted entry does not count (given a log); a bare list has no retractions", () => {
    const entries = [fb("f1", "mgr", "b", "2026-11-02"), fb("f2", "mgr", "b", "2026-11-15"), fb("f3", "mgr", "b", "2026-11-30")];
    const log = { entries, retractions: [{ id: "r1", entryId: "f2", by: "mgr", at: "2026-11-16T09:00:00+08:00", reason: "写错了对象" }] };
    expect(codes({ feedback: log }, { asOf })).toEqual([]);
    expect(codes({ feedback: { entries } }, { asOf })).toEqual(["conflict.signal.feedback-repeated"]);
    expect(detectConflictSignals({ feedback: { entries } }, { asOf })[0]!.path).toEqual(["input", "feedback", "entries"]);
  });

  it("mutual: a → b twice and b → a twice → a warning (and no one-way signal: 2 < 3)", () => {
    const feedback = [fb("1", "a", "b", "2026-11-03"), fb("2", "b", "a", "2026-11-04"), fb("3", "a", "b", "2026-11-10"), fb("4", "b", "a", "2026-11-12")];
    expect(detectConflictSignals({ feedback }, { asOf })).toEqual([
      {
        code: "conflict.signal.feedback-mutual",
        severity: "warning",
        path: ["input", "feedback"],
        params: { personA: "a", personB: "b", countAB: 2, countBA: 2, windowDays: 30, entryIds: ["1", "3", "2", "4"] },
      },
    ]);
    // b → a only once: no mutual signal
    expect(codes({ feedback: feedback.slice(0, 3) }, { asOf })).toEqual([]);
  });

  it("mutual comes on top of the one-way signal: a → b 3 times, b → a twice", () => {
    const feedback = [fb("1", "b", "a", "2026-11-03"), fb("2", "a", "b", "2026-11-04"), fb("3", "a", "b", "2026-11-10"), fb("4", "b", "a", "2026-11-12"), fb("5", "a", "b", "2026-11-20")];
    const r = detectConflictSignals({ feedback }, { asOf });
    expect(r.map((f) => f.code)).toEqual(["conflict.signal.feedback-repeated", "conflict.signal.feedback-mutual"]);
    expect(r[0]!.params).toMatchObject({ giverId: "a", receiverId: "b", count: 3 });
    expect(r[1]!.params).toMatchObject({ personA: "a", personB: "b", countAB: 3, countBA: 2 });
    expect(render(r[1]!, "zh-CN")).toBe("近 30 天内，a 和 b 互相提改进意见：a 提了 3 次，b 提了 2 次。你来我往的批评往往是冲突的苗头，趁还没闹僵，尽快跟两人谈谈。");
  });
});

describe("task ping-pong (default ≥ 2 round trips in the 14 days ending on asOf)", () => {
  // asOf 2026-11-28, 14 days → 2026-11-15 … 2026-11-28; 2026-11-14 is one day outside.
  const asOf = "2026-11-28";
  const fourLegs = [hand("T-17", "li", "wang", "2026-11-20"), hand("T-17", "wang", "li", "2026-11-21"), hand("T-17", "li", "wang", "2026-11-24"), hand("T-17", "wang", "li", "2026-11-25")];

  it("li → wang → li → wang → li: 4 handoffs, ⌊4/2⌋ = 2 round trips → warning", () => {
    const r = detectConflictSignals({ handoffs: fourLegs }, { asOf });
    expect(r).toEqual([
      {
        code: "conflict.signal.handoff-ping-pong",
        severity: "warning",
        path: ["input", "handoffs"],
        params: { taskId: "T-17", personA: "li", personB: "wang", roundTrips: 2, handoffs: 4, first: "2026-11-20", last: "2026-11-25", windowDays: 14 },
      },
    ]);
    expect(render(r[0]!, "en")).toBe("Task T-17 has gone back and forth between li and wang 2 times in the last 14 days (4 handoffs, 2026-11-20 to 2026-11-25). Agree who owns it and what “done” means.");
    expect(render(r[0]!, "zh-CN")).toBe("近 14 天内，任务 T-17 在 li 和 wang 之间来回踢了 2 个来回（2026-11-20 至 2026-11-25，共转手 4 次）。请明确由谁负责、做到什么程度算完成。");
  });

  it("3 handoffs are ⌊3/2⌋ = 1 round trip: below the threshold", () => {
    expect(codes({ handoffs: fourLegs.slice(0, 3) }, { asOf })).toEqual([]);
    expect(codes({ handoffs: fourLegs.slice(0, 2) }, { asOf, pingPongMinRoundTrips: 1 })).toEqual(["conflict.signal.handoff-ping-pong"]);
  });

  it("boundary: a first leg on 11-15 (asOf − 13) counts, on 11-14 (asOf − 14) it does not", () => {
    const rest = fourLegs.slice(1);
    expect(codes({ handoffs: [hand("T-17", "li", "wang", "2026-11-15"), ...rest] }, { asOf })).toEqual(["conflict.signal.handoff-ping-pong"]);
    // outside the window only 3 legs remain: 1 round trip
    expect(codes({ handoffs: [hand("T-17", "li", "wang", "2026-11-14"), ...rest] }, { asOf })).toEqual([]);
    // a leg after asOf does not count either
    expect(codes({ handoffs: [...fourLegs.slice(0, 3), hand("T-17", "wang", "li", "2026-11-29")] }, { asOf })).toEqual([]);
  });

  it("round trips broken by a third person still add up for the pair", () => {
    // li→wang, wang→li (1 trip li/wang) · li→zhao, zhao→li (1 trip li/zhao) · li→wang, wang→li (1 more li/wang)
    const handoffs = [
      hand("T-9", "li", "wang", "2026-11-16"), hand("T-9", "wang", "li", "2026-11-17"),
      hand("T-9", "li", "zhao", "2026-11-18"), hand("T-9", "zhao", "li", "2026-11-19"),
      hand("T-9", "li", "wang", "2026-11-20"), hand("T-9", "wang", "li", "2026-11-21"),
    ];
    const r = detectConflictSignals({ handoffs }, { asOf });
    expect(r.map((f) => f.params)).toEqual([{ taskId: "T-9", personA: "li", personB: "wang", roundTrips: 2, handoffs: 4, first: "2026-11-16", last: "2026-11-21", windowDays: 14 }]);
  });

  it("a task passed on along a chain (a → b → c → d) or twice the same way is no ping-pong", () => {
    const chain = [hand("T", "a", "b", "2026-11-16"), hand("T", "b", "c", "2026-11-17"), hand("T", "c", "d", "2026-11-18"), hand("T", "d", "a", "2026-11-19")];
    expect(codes({ handoffs: chain }, { asOf })).toEqual([]);
    const sameWay = [hand("T", "a", "b", "2026-11-16"), hand("T", "a", "b", "2026-11-17"), hand("T", "b", "a", "2026-11-18"), hand("T", "b", "a", "2026-11-19")];
    // runs: [a→b] [a→b, b→a] [b→a] → 0 + 1 + 0 = 1 round trip
    expect(codes({ handoffs: sameWay }, { asOf })).toEqual([]);
    // different tasks between the same two people do not add up
    expect(codes({ handoffs: [...fourLegs.slice(0, 2), ...fourLegs.slice(2).map((h) => ({ ...h, taskId: "T-18" }))] }, { asOf })).toEqual([]);
  });

  it("on one day, instants put handoffs in order, whatever their order in the input and their offsets", () => {
    // on 11-20: 09:00+08:00 = 01:00Z, 03:00+01:00 = 02:00Z, 11:00+08:00 = 03:00Z; then 11-21
    const handoffs = [
      hand("T", "wang", "li", "2026-11-20T11:00:00+08:00"),
      hand("T", "li", "wang", "2026-11-20T09:00:00+08:00"),
      hand("T", "li", "wang", "2026-11-21T12:00:00+08:00"),
      hand("T", "wang", "li", "2026-11-20T03:00:00+01:00"),
    ];
    // sorted: li→wang 01:00Z, wang→li 02:00Z, wang→li 03:00Z, li→wang (11-21): runs [2] [2] → 2 round trips
    expect(detectConflictSignals({ handoffs }, { asOf })[0]!.params).toMatchObject({ roundTrips: 2, handoffs: 4, first: "2026-11-20", last: "2026-11-21" });
  });
});

describe("survey scores (default: 2 falls in a row, or one fall of 10% of a 0–100 scale)", () => {
  const asOf = "2026-11-28";

  it("east 78 → 74 → 71: two falls in a row (declining); the last fall 74 − 71 = 3 < 10 is not sharp", () => {
    const surveys: TeamSurveyScore[] = [
      { teamId: "east", date: "2026-08-31", score: 78 },
      { teamId: "east", date: "2026-09-30", score: 74 },
      { teamId: "east", date: "2026-10-31", score: 71 },
    ];
    const r = detectConflictSignals({ surveys }, { asOf });
    expect(r).toEqual([
      { code: "conflict.signal.survey-declining", severity: "warning", path: ["input", "surveys"], params: { teamId: "east", drops: 2, from: 78, to: 71, since: "2026-08-31", latest: "2026-10-31" } },
    ]);
    expect(render(r[0]!, "zh-CN")).toBe("east 团队的调研得分已经连续 2 次下滑，从 78（2026-08-31）降到 71（2026-10-31）。尽快了解一下发生了什么变化，别等矛盾摆上台面。");
    // one fall only (74 → 71 after a rise 70 → 74): not declining
    expect(codes({ surveys: [{ ...surveys[0]!, score: 70 }, surveys[1]!, surveys[2]!] }, { asOf })).toEqual([]);
    // a flat step breaks the run: 78 → 74 → 74 → 71 is one fall at the end
    expect(codes({ surveys: [...surveys.slice(0, 2), { teamId: "east", date: "2026-10-15", score: 74 }, surveys[2]!] }, { asOf })).toEqual([]);
  });

  it("sharp drop: 80 → 70 is exactly 10 points (0.1 × 100) → signal; 80 → 70.5 is 9.5 → none", () => {
    const at = (score: number): TeamSurveyScore[] => [
      { teamId: "west", date: "2026-09-30", score: 80 },
      { teamId: "west", date: "2026-10-31", score },
    ];
    const r = detectConflictSignals({ surveys: at(70) }, { asOf });
    expect(r).toEqual([
      { code: "conflict.signal.survey-drop", severity: "warning", path: ["input", "surveys"], params: { teamId: "west", from: 80, to: 70, drop: 10, threshold: 10, previous: "2026-09-30", latest: "2026-10-31" } },
    ]);
    expect(render(r[0]!, "en")).toBe("Team west's survey score dropped 10 points, from 80 (2026-09-30) to 70 (2026-10-31), past the alert line of 10 points. Ask the team what is going on.");
    expect(codes({ surveys: at(70.5) }, { asOf })).toEqual([]);
    // a stricter policy: 5% of 100 = 5 points
    expect(codes({ surveys: at(70.5) }, { asOf, surveySharpDrop: 0.05 })).toEqual(["conflict.signal.survey-drop"]);
  });

  it("on a 1–5 scale the line is 0.1 × (5 − 1) = 0.4: 3.8 → 3.4 (0.3999… in binary) counts, 3.8 → 3.41 does not", () => {
    const surveys = (last: number): TeamSurveyScore[] => [
      { date: "2026-09-30", score: 3.8 },
      { date: "2026-10-31", score: last },
    ];
    const r = detectConflictSignals({ surveys: surveys(3.4) }, { asOf, surveyScale: { min: 1, max: 5 } });
    expect(r.map((f) => f.params)).toEqual([{ from: 3.8, to: 3.4, drop: 0.4, threshold: 0.4, previous: "2026-09-30", latest: "2026-10-31" }]);
    expect(render(r[0]!, "en")).toMatch(/^The team's survey score dropped 0\.4 points/);
    expect(render(r[0]!, "zh-CN")).toBe("团队的调研得分从 3.8（2026-09-30）跌到 3.4（2026-10-31），一下子掉了 0.4 分，超过了 0.4 分的预警线。找团队成员聊聊，问问出了什么状况。");
    expect(codes({ surveys: surveys(3.41) }, { asOf, surveyScale: { min: 1, max: 5 } })).toEqual([]);
  });

  it("eNPS on −100…100: the line is 0.1 × 200 = 20 points; +12 → −8 is exactly 20", () => {
    const surveys: TeamSurveyScore[] = [
      { teamId: "north", date: "2026-09-30", score: 12 },
      { teamId: "north", date: "2026-10-31", score: -8 },
    ];
    expect(codes({ surveys }, { asOf, surveyScale: { min: -100, max: 100 } })).toEqual(["conflict.signal.survey-drop"]);
    // the same fall on the default 0–100 scale is rejected: −8 is off the scale
    expect(issuesOf(() => detectConflictSignals({ surveys }, { asOf }))).toEqual(["input.surveys.1.score:validation.range"]);
  });

  it("a period is dated by its last day; results dated after asOf do not count yet", () => {
    const month = (m: string, end: string, score: number): TeamSurveyScore => ({ teamId: "east", period: { start: `2026-${m}-01`, end: `2026-${m}-${end}` }, score });
    const surveys = [month("09", "30", 80), month("10", "31", 76), month("11", "30", 60)];
    // asOf 11-28: November (ends 11-30) is not in yet → 80 → 76, one fall of 4: nothing
    expect(codes({ surveys }, { asOf })).toEqual([]);
    // asOf 11-30: 80 → 76 → 60 is two falls in a row, and the last is 16 ≥ 10
    expect(detectConflictSignals({ surveys }, { asOf: "2026-11-30" }).map((f) => [f.code, f.params])).toEqual([
      ["conflict.signal.survey-declining", { teamId: "east", drops: 2, from: 80, to: 60, since: "2026-09-30", latest: "2026-11-30" }],
      ["conflict.signal.survey-drop", { teamId: "east", from: 76, to: 60, drop: 16, threshold: 10, previous: "2026-10-31", latest: "2026-11-30" }],
    ]);
  });

  it("teams are judged apart; the unnamed team first, then by id", () => {
    const drop = (teamId: string | undefined): TeamSurveyScore[] =>
      [{ date: "2026-09-30", score: 90 }, { date: "2026-10-31", score: 70 }].map((s) => (teamId === undefined ? s : { ...s, teamId }));
    const r = detectConflictSignals({ surveys: [...drop("west"), ...drop(undefined), ...drop("east")] }, { asOf });
    expect(r.map((f) => f.params?.["teamId"])).toEqual([undefined, "east", "west"]);
  });
});

describe("everything together", () => {
  const asOf = "2026-11-30";
  const input: ConflictSignalInput = {
    surveys: [
      { teamId: "east", date: "2026-09-30", score: 80 },
      { teamId: "east", date: "2026-10-31", score: 65 },
    ],
    handoffs: [hand("T-2", "b", "a", "2026-11-20"), hand("T-2", "a", "b", "2026-11-21"), hand("T-2", "b", "a", "2026-11-22"), hand("T-2", "a", "b", "2026-11-23")],
    feedback: [fb("x1", "c", "d", "2026-11-05"), fb("x2", "c", "d", "2026-11-06"), fb("x3", "c", "d", "2026-11-07"), fb("y1", "d", "c", "2026-11-08"), fb("y2", "d", "c", "2026-11-09")],
  };

  it("come in the documented order: repeated, mutual, ping-pong, surveys", () => {
    expect(codes(input, { asOf })).toEqual([
      "conflict.signal.feedback-repeated",
      "conflict.signal.feedback-mutual",
      "conflict.signal.handoff-ping-pong",
      "conflict.signal.survey-drop",
    ]);
    // the pair is named in the order the task first moved: b handed it to a
    expect(detectConflictSignals(input, { asOf })[2]!.params).toMatchObject({ personA: "b", personB: "a", roundTrips: 2 });
  });

  it("every finding reads fully in both languages", () => {
    const all = [
      ...detectConflictSignals(input, { asOf }),
      ...detectConflictSignals({ surveys: [{ date: "2026-08-31", score: 90 }, { date: "2026-09-30", score: 80 }, { date: "2026-10-31", score: 60 }] }, { asOf }),
    ];
    expect(new Set(all.map((f) => f.code)).size).toBe(5);
    for (const f of all) {
      for (const locale of ["en", "zh-CN"] as const) expect(render(f, locale)).not.toMatch(/\{[A-Za-z0-9_]+\}|undefined|NaN|conflicts\./);
    }
  });

  it("no data, no signals; the defaults are frozen", () => {
    expect(detectConflictSignals({}, { asOf })).toEqual([]);
    expect(detectConflictSignals({ feedback: [], handoffs: [], surveys: [] }, { asOf })).toEqual([]);
    expect(Object.isFrozen(DEFAULT_CONFLICT_SIGNAL_POLICY) && Object.isFrozen(DEFAULT_CONFLICT_SIGNAL_POLICY.surveyScale)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// properties

const PEOPLE = ["a", "b", "c"];
const OTHERS = ["x", "y", "z"];
const day = (n: number) => `2026-11-${String(n).padStart(2, "0")}`;

const entries = (people: readonly string[], prefix: string) =>
  fc
    .array(fc.record({ from: fc.constantFrom(...people), to: fc.constantFrom(...people), d: fc.integer({ min: 1, max: 30 }), praise: fc.boolean(), hour: fc.integer({ min: 0, max: 23 }) }), { maxLength: 14 })
    .map((list) =>
      list
        .filter((e) => e.from !== e.to)
        .map((e, i): FeedbackEntry => ({ id: `${prefix}${i}`, from: e.from, to: e.to, at: `${day(e.d)}T${String(e.hour).padStart(2, "0")}:00:00+08:00`, kind: e.praise ? "praise" : "constructive", visibility: "private" })),
    );
const handoffs = (people: readonly string[], tasks: readonly string[]) =>
  fc
    .array(fc.record({ taskId: fc.constantFrom(...tasks), from: fc.constantFrom(...people), to: fc.constantFrom(...people), d: fc.integer({ min: 10, max: 30 }), timed: fc.boolean(), hour: fc.integer({ min: 0, max: 23 }) }), { maxLength: 14 })
    .map((list) => list.filter((h) => h.from !== h.to).map((h) => hand(h.taskId, h.from, h.to, h.timed ? `${day(h.d)}T${String(h.hour).padStart(2, "0")}:00:00+08:00` : day(h.d))));
const surveys = (teams: readonly (string | undefined)[]) =>
  fc
    .uniqueArray(fc.record({ team: fc.constantFrom(...teams), d: fc.integer({ min: 1, max: 30 }), score: fc.integer({ min: 0, max: 100 }) }), { selector: (s) => `${s.team ?? ""}|${s.d}`, maxLength: 10 })
    .map((list) => list.map((s): TeamSurveyScore => (s.team === undefined ? { date: day(s.d), score: s.score } : { teamId: s.team, date: day(s.d), score: s.score })));

const world = (people: readonly string[], tasks: readonly string[], teams: readonly (string | undefined)[], prefix: string) =>
  fc.record({ feedback: entries(people, prefix), handoffs: handoffs(people, tasks), surveys: surveys(teams) });

const policies = fc.record(
  { repeatedFeedbackMin: fc.integer({ min: 2, max: 4 }), mutualFeedbackMin: fc.integer({ min: 1, max: 3 }), pingPongMinRoundTrips: fc.integer({ min: 1, max: 3 }), surveyDropsInARow: fc.integer({ min: 1, max: 3 }), handoffWindowDays: fc.integer({ min: 1, max: 30 }) },
  { requiredKeys: [] },
);

describe("properties", () => {
  const asOf = "2026-11-28";

  it("the order of the input never changes the output", () => {
    fc.assert(
      fc.property(world(PEOPLE, ["T1", "T2"], [undefined, "t1", "t2"], "f"), policies, fc.nat(), (w, policy, seed) => {
        const shuffle = <T>(xs: readonly T[]): T[] => {
          const out = [...xs];
          let s = seed;
          for (let i = out.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) % 2147483648;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        const opts = { asOf, ...policy };
        const shuffled = { feedback: shuffle(w.feedback), handoffs: shuffle(w.handoffs), surveys: shuffle(w.surveys) };
        expect(detectConflictSignals(shuffled, opts)).toEqual(detectConflictSignals(w, opts));
        expect(detectConflictSignals({ ...w, feedback: [...w.feedback].reverse(), handoffs: [...w.handoffs].reverse() }, opts)).toEqual(detectConflictSignals(w, opts));
      }),
      { numRuns: 300 },
    );
  });

  it("adding unrelated data (other people, tasks and teams) never removes a signal", () => {
    fc.assert(
      fc.property(world(PEOPLE, ["T1", "T2"], [undefined, "t1"], "f"), world(OTHERS, ["U1", "U2"], ["u1", "u2"], "g"), policies, (base, extra, policy) => {
        const opts = { asOf, ...policy };
        const before = detectConflictSignals(base, opts);
        const after = detectConflictSignals({ feedback: [...base.feedback, ...extra.feedback], handoffs: [...extra.handoffs, ...base.handoffs], surveys: [...base.surveys, ...extra.surveys] }, opts);
        for (const f of before) expect(after).toContainEqual(f);
      }),
      { numRuns: 300 },
    );
  });

  it("more constructive feedback from a giver to a receiver never removes a signal", () => {
    fc.assert(
      fc.property(entries(PEOPLE, "f"), fc.constantFrom(...PEOPLE), fc.constantFrom(...PEOPLE), fc.integer({ min: 1, max: 28 }), (list, from, to, d) => {
        fc.pre(from !== to);
        const before = detectConflictSignals({ feedback: list }, { asOf }).map((f) => [f.code, f.params?.["giverId"] ?? f.params?.["personA"], f.params?.["receiverId"] ?? f.params?.["personB"]]);
        const after = detectConflictSignals({ feedback: [...list, fb("new", from, to, day(d))] }, { asOf }).map((f) => [f.code, f.params?.["giverId"] ?? f.params?.["personA"], f.params?.["receiverId"] ?? f.params?.["personB"]]);
        for (const signal of before) expect(after).toContainEqual(signal);
      }),
    );
  });

  it("never changes its arguments; results survive JSON", () => {
    fc.assert(
      fc.property(world(PEOPLE, ["T1"], [undefined, "t1"], "f"), (w) => {
        const copy = structuredClone(w);
        const r = detectConflictSignals(w, { asOf });
        expect(w).toEqual(copy);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// validation

describe("validation", () => {
  it("names every bad path at once, the input's before the options'", () => {
    const input = {
      feedback: [fb("f1", "a", "b", "2026-11-02"), { id: "f2", from: "a", to: "a", at: "2026-11-02", kind: "critical", visibility: "private" }],
      handoffs: [
        { taskId: "", fromId: "a", toId: "b", at: "2026-11-02" },
        { taskId: "T", fromId: "a", toId: "a", at: "2026-02-30" },
        { taskId: "T", fromId: "a", toId: "b", at: "2026-11-02T10:00:00" },
        "x",
      ],
      surveys: [
        { teamId: "t", date: "2026-10-31", period: { start: "2026-10-01", end: "2026-10-31" }, score: 70 },
        { teamId: "t", score: 70 },
        { teamId: "t", date: "2026-10-31", score: 101 },
        { teamId: "t", period: { start: "2026-10-01", end: "2026-10-31" }, score: Number.NaN },
        { teamId: "", date: "2026-09-30", score: "70" },
        { teamId: "u", period: { start: "2026-10-31", end: "2026-10-01" }, score: 1 },
      ],
    } as unknown as ConflictSignalInput;
    const opts = { asOf: "2026-11-31", feedbackWindowDays: 0, repeatedFeedbackMin: 1, mutualFeedbackMin: 1.5, handoffWindowDays: "14", pingPongMinRoundTrips: -1, surveyDropsInARow: 0, surveySharpDrop: 2 } as unknown as ConflictSignalOptions;
    expect(issuesOf(() => detectConflictSignals(input, opts))).toEqual([
      "input.feedback.1.to:validation.same-as",
      "input.feedback.1.at:validation.instant",
      "input.feedback.1.kind:validation.enum",
      "input.handoffs.0.taskId:validation.empty",
      "input.handoffs.1.toId:validation.same-as",
      "input.handoffs.1.at:validation.calendar-date",
      "input.handoffs.2.at:validation.instant",
      "input.handoffs.3:validation.type",
      "input.surveys.0:validation.one-of",
      "input.surveys.1:validation.one-of",
      "input.surveys.2.score:validation.range",
      "input.surveys.3.score:validation.number",
      "input.surveys.3.period:validation.duplicate",
      "input.surveys.4.teamId:validation.empty",
      "input.surveys.4.score:validation.type",
      "input.surveys.5.period:validation.period-order",
      "opts.asOf:validation.calendar-date",
      "opts.feedbackWindowDays:validation.range",
      "opts.repeatedFeedbackMin:validation.range",
      "opts.mutualFeedbackMin:validation.integer",
      "opts.handoffWindowDays:validation.type",
      "opts.pingPongMinRoundTrips:validation.range",
      "opts.surveyDropsInARow:validation.range",
      "opts.surveySharpDrop:validation.range",
    ]);
  });

  it("rejects missing or malformed arguments with a ValidationError, never a TypeError", () => {
    expect(issuesOf(() => detectConflictSignals(undefined as unknown as ConflictSignalInput, undefined as unknown as ConflictSignalOptions))).toEqual(["input:validation.required", "opts:validation.required"]);
    expect(issuesOf(() => detectConflictSignals({}, {} as ConflictSignalOptions))).toEqual(["opts.asOf:validation.required"]);
    expect(issuesOf(() => detectConflictSignals({ feedback: "log" } as unknown as ConflictSignalInput, { asOf: "2026-11-28" }))).toEqual(["input.feedback:validation.type"]);
    expect(issuesOf(() => detectConflictSignals({ feedback: { entries: [{}] } } as unknown as ConflictSignalInput, { asOf: "2026-11-28" }))).toEqual([
      "input.feedback.entries.0.id:validation.required",
      "input.feedback.entries.0.from:validation.required",
      "input.feedback.entries.0.to:validation.required",
      "input.feedback.entries.0.at:validation.required",
      "input.feedback.entries.0.kind:validation.required",
      "input.feedback.entries.0.visibility:validation.required",
    ]);
    expect(issuesOf(() => detectConflictSignals({ handoffs: {}, surveys: null } as unknown as ConflictSignalInput, { asOf: "2026-11-28" }))).toEqual(["input.handoffs:validation.type", "input.surveys:validation.type"]);
  });

  it("checks the survey scale, and scores against it", () => {
    const surveys = [{ date: "2026-10-31", score: 7 }];
    expect(issuesOf(() => detectConflictSignals({ surveys }, { asOf: "2026-11-28", surveyScale: { min: 10, max: 1 } }))).toEqual(["opts.surveyScale.max:validation.range"]);
    expect(issuesOf(() => detectConflictSignals({ surveys }, { asOf: "2026-11-28", surveyScale: { min: 5, max: 5 } }))).toEqual(["opts.surveyScale.max:validation.invalid"]);
    expect(issuesOf(() => detectConflictSignals({ surveys }, { asOf: "2026-11-28", surveyScale: { min: 0, max: 5 } }))).toEqual(["input.surveys.0.score:validation.range"]);
    expect(issuesOf(() => detectConflictSignals({ surveys }, { asOf: "2026-11-28", surveyScale: { min: "0" } as unknown as { min: number; max: number } }))).toEqual([
      "opts.surveyScale.min:validation.type",
      "opts.surveyScale.max:validation.required",
    ]);
    // a bad asOf does not stop the scale from checking the scores
    expect(issuesOf(() => detectConflictSignals({ surveys: [{ date: "2026-10-31", score: 170 }] }, { asOf: "x" }))).toEqual(["input.surveys.0.score:validation.range", "opts.asOf:validation.calendar-date"]);
  });

  it("keys named __proto__ reach no prototype", () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "surveys": [{"__proto__": {"polluted": true}, "date": "2026-10-31", "score": 5}]}') as ConflictSignalInput;
    expect(detectConflictSignals(input, { asOf: "2026-11-28" })).toEqual([]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
