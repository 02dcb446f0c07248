/**
 * The feedback cases FB1–FB13 of the research notes (shared/research/feedback-culture-conflict.md
 * §7.4), the visibility rules, retractions, and properties of the log.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFinding, ValidationError } from "team-playbook/core";
import {
  appendFeedback,
  checkFeedbackQuality,
  feedbackBalance,
  feedbackCoverage,
  feedbackRequestSchedule,
  feedbackTimeliness,
  parseFeedbackLog,
  praiseNudges,
  skillSummary,
  retractFeedback,
  sbiCompleteness,
  visibleFeedback,
  type FeedbackEntry,
  type FeedbackLog,
} from "team-playbook/feedback";
import { issuesOf } from "../support/issues.js";

let n = 0;
const entry = (over: Partial<FeedbackEntry> & Pick<FeedbackEntry, "to" | "kind" | "at">): FeedbackEntry => ({ id: `f${++n}`, from: "mgr", visibility: "private", ...over });
const many = (count: number, over: Partial<FeedbackEntry> & Pick<FeedbackEntry, "to" | "kind" | "at">) => Array.from({ length: count }, () => entry(over));
const Q = { start: "2026-09-01", end: "2026-11-29" }; // a 90-day window

describe("FB1–FB3: balance is descriptive (Losada & Heaphy 2004 averages only as context; Brown, Sokal & Friedman 2013)", () => {
  it("FB1: 14 praise and 3 constructive → ratio 14/3 ≈ 4.67, positive share 14/17 ≈ 82.4%", () => {
    const log = { entries: [...many(14, { to: "a", kind: "praise", at: "2026-10-10T10:00:00+08:00" }), ...many(3, { to: "a", kind: "constructive", at: "2026-10-11T10:00:00+08:00" })] };
    const b = feedbackBalance(log, { period: Q });
    expect([b.praise, b.constructive]).toEqual([14, 3]);
    expect(b.ratio).toBeCloseTo(4.67, 2);
    expect(b.positiveShare).toBeCloseTo(0.824, 3);
    expect(b.findings).toEqual([]);
  });
  it("FB2: 6 praise, no constructive → ratio null with a no-constructive note, positive share 100%", () => {
    const b = feedbackBalance({ entries: many(6, { to: "a", kind: "praise", at: "2026-10-10T10:00:00+08:00" }) }, { period: Q });
    expect([b.ratio, b.positiveShare, b.findings.map((f) => f.code)]).toEqual([null, 1, ["feedback.balance.no-constructive"]]);
    expect(formatFinding(b.findings[0]!, "zh-CN")).toBe("2026-09-01 至 2026-11-29 共有 6 条表扬，没有改进型反馈，无法计算比例。（比例只作参考，不设达标线。）");
  });
  it("FB3: nothing at all → ratio and share null, a no-feedback note", () => {
    const b = feedbackBalance({ entries: [] }, { period: Q });
    expect([b.ratio, b.positiveShare, b.findings.map((f) => f.code)]).toEqual([null, null, ["feedback.balance.no-feedback"]]);
  });
  it("one member's balance counts what they received; the day is the one in the entry's own offset", () => {
    const log = { entries: [entry({ to: "a", kind: "praise", at: "2026-08-31T23:30:00-08:00" }), entry({ to: "a", kind: "praise", at: "2026-09-01T00:30:00+08:00" }), entry({ to: "b", kind: "praise", at: "2026-10-01T10:00:00+08:00" })] };
    // 2026-08-31T23:30-08:00 is 2026-09-01 in UTC, but it was given on 31 August where it was given
    expect(feedbackBalance(log, { period: Q, memberId: "a" }).praise).toBe(1);
  });
});

describe("FB4–FB5: praise nudges (Lattice: 21 days after the start date, then every 60 days without praise)", () => {
  it("FB4: a manager with 6 reports who praised 4 in the last 60 days → coverage 4/6, nudges for the other 2", () => {
    const log = { entries: ["a", "b", "c", "d"].map((to) => entry({ to, kind: "praise", at: "2026-11-01T10:00:00+08:00" })) };
    const r = praiseNudges(log, ["a", "b", "c", "d", "e", "f"].map((id) => ({ id })), { managerId: "mgr", asOf: "2026-11-28" });
    expect(r.coverage).toBeCloseTo(0.667, 3);
    expect(r.nudges.map((x) => x.memberId)).toEqual(["e", "f"]);
  });
  it("FB5: hired 2024-03-01 with no praise → nudged on 2024-03-22, not on 2024-03-21", () => {
    const reports = [{ id: "new", startDate: "2024-03-01" }];
    expect(praiseNudges({ entries: [] }, reports, { managerId: "mgr", asOf: "2024-03-21" }).nudges).toEqual([]);
    expect(praiseNudges({ entries: [] }, reports, { managerId: "mgr", asOf: "2024-03-22" }).nudges).toEqual([{ memberId: "new", reason: "first-praise", dueOn: "2024-03-22" }]);
  });
  it("praise from someone else does not count; praise exactly 60 days ago still covers", () => {
    const log = { entries: [entry({ to: "a", kind: "praise", at: "2026-09-29T10:00:00+08:00" }), entry({ from: "peer", to: "b", kind: "praise", at: "2026-11-27T10:00:00+08:00" })] };
    const r = praiseNudges(log, [{ id: "a" }, { id: "b" }], { managerId: "mgr", asOf: "2026-11-28" });
    expect(r.nudges.map((x) => [x.memberId, x.reason])).toEqual([["b", "first-praise"]]);
    expect(praiseNudges(log, [{ id: "a" }], { managerId: "mgr", asOf: "2026-11-29" }).nudges).toEqual([{ memberId: "a", reason: "praise-gap", dueOn: "2026-11-29", lastPraisedOn: "2026-09-29" }]);
  });
});

describe("FB6–FB7: SBI completeness and staleness (CCL Situation–Behavior–Impact; 21 days is a practitioner heuristic)", () => {
  const fb6 = entry({ to: "a", kind: "constructive", at: "2024-03-06T10:00:00+08:00", situation: "Tuesday QBR with Acme", behavior: "presented renewal numbers without the churn caveat", impact: "", request: "lead with the risk next time" });
  it("FB6: two of three parts → completeness 2/3 and a missing-impact warning", () => {
    expect(sbiCompleteness(fb6)).toBeCloseTo(0.67, 2);
    expect(checkFeedbackQuality(fb6).map((f) => [f.code, f.severity])).toEqual([["feedback.sbi.missing-impact", "warning"]]);
  });
  it("FB7: occurred 2024-03-04, given 2024-03-06 → fine; given 2024-04-02 (29 days) → stale", () => {
    expect(checkFeedbackQuality({ ...fb6, impact: "the customer questioned our forecast", occurredOn: "2024-03-04" })).toEqual([]);
    const late = checkFeedbackQuality({ ...fb6, impact: "the customer questioned our forecast", occurredOn: "2024-03-04", at: "2024-04-02T09:00:00+08:00" });
    expect(late.map((f) => [f.code, f.params?.["days"]])).toEqual([["feedback.stale", 29]]);
    expect(checkFeedbackQuality({ ...fb6, impact: "x", occurredOn: "2024-03-04", at: "2024-04-02T09:00:00+08:00" }, { staleAfterDays: 30 })).toEqual([]);
  });
  it("praise without its parts is only information; constructive feedback without a request is a warning", () => {
    expect(checkFeedbackQuality(entry({ to: "a", kind: "praise", at: "2024-03-06T10:00:00+08:00", behavior: "当场回应了客户的三个异议" })).map((f) => [f.code, f.severity])).toEqual([
      ["feedback.sbi.missing-situation", "info"],
      ["feedback.sbi.missing-impact", "info"],
    ]);
    expect(checkFeedbackQuality(entry({ to: "a", kind: "constructive", at: "2024-03-06T10:00:00+08:00", situation: "周会", behavior: "迟到二十分钟", impact: "会议推迟" })).map((f) => f.code)).toEqual(["feedback.constructive.no-request"]);
  });
  it("labels about the person, in Chinese and English, once per word", () => {
    const f = checkFeedbackQuality(entry({ to: "a", kind: "constructive", at: "2024-03-06T10:00:00+08:00", situation: "客户拜访", behavior: "他就是懒，态度有问题，又懒", impact: "Lazy follow-up lost the deal", request: "be less careless" }));
    expect(f.map((x) => x.params?.["word"])).toEqual(["懒", "态度有问题", "lazy", "careless"]);
    expect(formatFinding(f[1]!, "zh-CN")).toBe(`反馈 ${f[1]!.params!["id"]} 的“行为”部分用“态度有问题”来评价人：请描述对方做了什么，而不是给人贴标签。`);
    // whole words only in English: "blazy" and "carelessness" are not the labels
    expect(checkFeedbackQuality(entry({ to: "a", kind: "praise", at: "2024-03-06T10:00:00+08:00", situation: "s", behavior: "fixed the blazy export", impact: "i" }))).toEqual([]);
  });
});

describe("FB8: skill cards (Culture Amp skills summary)", () => {
  it("36 rocking it and 11 getting there → 76.6% → 77%", () => {
    const ratings = [...Array(36).fill({ skill: "negotiation", rating: "rocking-it" }), ...Array(11).fill({ skill: "negotiation", rating: "getting-there" }), { skill: "forecasting", rating: "getting-there" }];
    const rows = skillSummary(ratings);
    expect(rows.map((r) => [r.skill, r.rockingIt, r.gettingThere, r.percent])).toEqual([["negotiation", 36, 11, 77], ["forecasting", 0, 1, 0]]);
    expect(rows[0]!.share).toBeCloseTo(0.766, 3);
  });
});

describe("FB9: requests (Culture Amp: weekly reminders until it expires 90 days later)", () => {
  const request = { id: "q1", requesterId: "mgr", aboutId: "a", reviewerIds: ["b", "c"], createdOn: "2024-01-01", visibility: "manager-only" as const, question: "How did a handle the Acme renewal?" };
  it("FB9: created 2024-01-01, never answered → 12 reminders 2024-01-08 … 2024-03-25, expires 2024-03-31", () => {
    const s = feedbackRequestSchedule(request, { asOf: "2024-02-01" });
    expect([s.reminders.length, s.reminders[0], s.reminders[11], s.expiresOn, s.status, s.nextReminder]).toEqual([12, "2024-01-08", "2024-03-25", "2024-03-31", "open", "2024-02-05"]);
    expect(feedbackRequestSchedule(request, { asOf: "2024-03-31" }).status).toBe("expired");
  });
  it("an answer stops the reminders from that day", () => {
    const s = feedbackRequestSchedule({ ...request, answeredOn: "2024-01-20" }, { asOf: "2024-02-01" });
    expect([s.reminders, s.status, s.nextReminder]).toEqual([["2024-01-08", "2024-01-15"], "answered", null]);
  });
  it("a request's visibility is private + manager or manager only", () => {
    expect(issuesOf(() => feedbackRequestSchedule({ ...request, visibility: "public" as never }, { asOf: "2024-02-01" }))).toEqual(["request.visibility:validation.enum"]);
  });
});

const base: FeedbackLog = { entries: [entry({ id: "f1", to: "a", kind: "praise", at: "2026-11-20T10:00:00+08:00", visibility: "manager-only" })] };

describe("FB10–FB13: the log", () => {
  it("FB12: visibility is never changed: the same id again is rejected, whatever the new visibility", () => {
    expect(issuesOf(() => appendFeedback(base, { ...base.entries[0]!, visibility: "private" }))).toEqual(["entry.id:validation.duplicate"]);
  });
  it("FB13: feedback to oneself is rejected, in both languages", () => {
    let error: unknown;
    try {
      appendFeedback(base, entry({ from: "a", to: "a", kind: "praise", at: "2026-11-21T10:00:00+08:00" }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).inLocale("zh-CN").issues.map((i) => [i.path.join("."), i.message])).toEqual([["entry.to", "不能与 from 相同（都是“a”）。"]]);
  });
  it("appending returns a new log and leaves the old one untouched; a malformed instant is rejected", () => {
    const next = appendFeedback(base, entry({ id: "f2", to: "b", kind: "praise", at: "2026-11-21T10:00:00+08:00" }));
    expect([base.entries.length, next.entries.length]).toEqual([1, 2]);
    expect(issuesOf(() => appendFeedback(base, entry({ id: "f3", to: "b", kind: "praise", at: "2026-11-21 10:00" })))).toEqual(["entry.at:validation.instant"]);
  });
  it("a retraction is a new record: the entry stays for the audit trail and no query counts it", () => {
    const log = retractFeedback(appendFeedback(base, entry({ id: "f2", to: "b", kind: "praise", at: "2026-11-21T10:00:00+08:00" })), { id: "r1", entryId: "f2", by: "mgr", at: "2026-11-21T11:00:00+08:00", reason: "发错了人" });
    expect(log.entries.map((e) => e.id)).toEqual(["f1", "f2"]);
    expect(feedbackCoverage(log, ["b"], { asOf: "2026-11-28", withinDays: 30 })).toEqual([{ memberId: "b", overdue: true }]);
    expect(visibleFeedback(log, { id: "b" })).toEqual([]);
    expect(issuesOf(() => retractFeedback(log, { id: "r2", entryId: "f2", by: "mgr", at: "2026-11-22T11:00:00+08:00", reason: "again" }))).toEqual(["retraction.entryId:validation.duplicate"]);
    expect(issuesOf(() => retractFeedback(log, { id: "r1", entryId: "nope", by: "mgr", at: "2026-11-22T11:00:00+08:00", reason: " " }))).toEqual([
      "retraction.reason:validation.empty",
      "retraction.entryId:validation.not-found",
      "retraction.id:validation.duplicate",
    ]);
    expect(parseFeedbackLog(JSON.parse(JSON.stringify(log)))).toEqual(log);
  });
});

describe("visibility (Lattice's four levels)", () => {
  const org = [{ id: "mgr" }, { id: "a", managerId: "mgr" }, { id: "b", managerId: "mgr" }, { id: "boss" }, { id: "mgr2", managerId: "boss" }];
  const log = {
    entries: [
      entry({ id: "pub", from: "b", to: "a", kind: "praise", at: "2026-11-20T10:00:00+08:00", visibility: "public" }),
      entry({ id: "priv", from: "b", to: "a", kind: "praise", at: "2026-11-20T10:00:00+08:00", visibility: "private" }),
      entry({ id: "pm", from: "b", to: "a", kind: "constructive", at: "2026-11-20T10:00:00+08:00", visibility: "private-manager" }),
      entry({ id: "mo", from: "b", to: "a", kind: "constructive", at: "2026-11-20T10:00:00+08:00", visibility: "manager-only" }),
    ],
  };
  it.each([
    ["a", ["pub", "priv", "pm"]],
    ["b", ["pub", "priv", "pm", "mo"]],
    ["mgr", ["pub", "pm", "mo"]],
    ["mgr2", ["pub"]],
  ])("%s reads %j", (viewer, ids) => expect(visibleFeedback(log, { id: viewer }, org).map((e) => e.id)).toEqual(ids));
});

describe("coverage (the shared vector, and its properties)", () => {
  it("exactly withinDays ago is covered; one more day is overdue; never received is overdue", () => {
    const log = { entries: [entry({ to: "a", kind: "praise", at: "2026-10-29T10:00:00+08:00" })] };
    expect(feedbackCoverage(log, ["a", "z"], { asOf: "2026-11-28", withinDays: 30 })).toEqual([{ memberId: "a", lastReceived: "2026-10-29", daysSince: 30, overdue: false }, { memberId: "z", overdue: true }]);
    expect(feedbackCoverage(log, ["a"], { asOf: "2026-11-29", withinDays: 30 })[0]!.overdue).toBe(true);
    expect(feedbackCoverage(log, ["a"], { asOf: "2026-11-28", withinDays: 30, kind: "constructive" })[0]!.overdue).toBe(true);
    expect(feedbackCoverage(log, ["a"], { asOf: "2026-10-28", withinDays: 30 })[0]).toEqual({ memberId: "a", overdue: true }); // given after asOf
  });
  const logs = fc.array(
    fc.record({ to: fc.constantFrom("a", "b", "c"), day: fc.integer({ min: 1, max: 28 }), kind: fc.constantFrom("praise" as const, "constructive" as const) }),
    { maxLength: 30 },
  ).map((xs): FeedbackLog => ({ entries: xs.map((x, i) => ({ id: `e${i}`, from: "mgr", to: x.to, at: `2026-11-${String(x.day).padStart(2, "0")}T09:00:00+08:00`, kind: x.kind, visibility: "private" })) }));
  it("coverage is monotonic in withinDays: a longer window never makes anyone overdue", () => {
    fc.assert(
      fc.property(logs, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (log, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const a = feedbackCoverage(log, ["a", "b", "c", "d"], { asOf: "2026-11-28", withinDays: lo });
        const b = feedbackCoverage(log, ["a", "b", "c", "d"], { asOf: "2026-11-28", withinDays: hi });
        a.forEach((row, i) => {
          if (!row.overdue) expect(b[i]!.overdue).toBe(false);
        });
      }),
    );
  });
  it("appending never changes earlier entries, and the new entry is last", () => {
    fc.assert(
      fc.property(logs, fc.constantFrom("a", "b", "c"), (log, to) => {
        const before = structuredClone(log);
        const next = appendFeedback(log, { id: "new", from: "mgr", to, at: "2026-11-28T09:00:00+08:00", kind: "praise", visibility: "public" });
        expect(log).toEqual(before);
        expect(next.entries.slice(0, -1)).toEqual(before.entries);
        expect(next.entries.at(-1)!.id).toBe("new");
      }),
    );
  });
});

describe("timeliness", () => {
  it("median lag and share within two days over entries that say when it happened", () => {
    const log = {
      entries: [
        entry({ to: "a", kind: "praise", at: "2024-03-06T10:00:00+08:00", occurredOn: "2024-03-04" }),
        entry({ to: "a", kind: "praise", at: "2024-04-02T10:00:00+08:00", occurredOn: "2024-03-04" }),
        entry({ to: "a", kind: "praise", at: "2024-03-05T10:00:00+08:00", occurredOn: "2024-03-05" }),
        entry({ to: "a", kind: "praise", at: "2024-03-05T10:00:00+08:00" }),
      ],
    };
    expect(feedbackTimeliness(log, { period: { start: "2024-03-01", end: "2024-04-30" } })).toEqual({ count: 3, medianLagDays: 2, withinIdealShare: 2 / 3, stale: 1 });
    expect(feedbackTimeliness(log, { period: { start: "2024-03-01", end: "2024-03-31" } }).medianLagDays).toBe(1); // (0 + 2) / 2
    expect(feedbackTimeliness({ entries: [] }, { period: { start: "2024-03-01", end: "2024-03-31" } })).toEqual({ count: 0, medianLagDays: null, withinIdealShare: null, stale: 0 });
  });
});

describe("review regressions", () => {
  it("an answer after the request expired leaves it expired; asOf before the request is an error", () => {
    const request = { id: "q1", requesterId: "mgr", aboutId: "a", reviewerIds: ["b"], createdOn: "2024-01-01", visibility: "manager-only" as const, question: "q?" };
    expect(feedbackRequestSchedule({ ...request, answeredOn: "2024-05-01" }, { asOf: "2024-06-01" }).status).toBe("expired");
    expect(issuesOf(() => feedbackRequestSchedule(request, { asOf: "2023-12-31" }))).toEqual(["opts.asOf:validation.period-order"]);
  });
  it("feedback cannot come before what it is about", () => {
    expect(issuesOf(() => appendFeedback({ entries: [] }, entry({ to: "a", kind: "praise", at: "2026-11-20T10:00:00+08:00", occurredOn: "2026-12-25" })))).toEqual(["entry.occurredOn:validation.period-order"]);
  });
  it("a denied label is not a label: 从不偷懒, not lazy", () => {
    expect(checkFeedbackQuality(entry({ to: "a", kind: "praise", at: "2026-11-20T10:00:00+08:00", situation: "季度末", behavior: "他从不偷懒，主动加班把方案改完；Not lazy at all", impact: "方案按时交付" }))).toEqual([]);
  });
  it("a duplicate id and a bad instant are reported together", () => {
    expect(issuesOf(() => appendFeedback(base, { ...base.entries[0]!, at: "bad" }))).toEqual(["entry.at:validation.instant", "entry.id:validation.duplicate"]);
  });
});

describe("bad input", () => {
  it("every bad path of a log at once", () => {
    const log = { entries: [{ id: "", from: "a", to: "a", at: "yesterday", kind: "kudos", visibility: "team" }], retractions: [{ id: "r", entryId: "x", by: "", at: "2026-11-21T10:00:00Z", reason: "" }] };
    expect(issuesOf(() => feedbackCoverage(log as never, ["a", "a"], { asOf: "2026-13-01", withinDays: -1 }))).toEqual([
      "log.entries.0.id:validation.empty",
      "log.entries.0.to:validation.same-as",
      "log.entries.0.at:validation.instant",
      "log.entries.0.kind:validation.enum",
      "log.entries.0.visibility:validation.enum",
      "log.retractions.0.by:validation.empty",
      "log.retractions.0.reason:validation.empty",
      "memberIds.1:validation.duplicate",
      "opts.asOf:validation.calendar-date",
      "opts.withinDays:validation.range",
    ]);
  });
});
