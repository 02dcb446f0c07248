import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, formatFinding } from "team-playbook/core";
import { GENERIC_PRAISE, checkKudos, kudosSummary, type Kudos } from "team-playbook/recognition";
import { issuesOf } from "../support/issues.js";

const VALUES = ["customer-first", "ownership", "teamwork"];
const kudos = (over: Partial<Kudos> = {}): Kudos => ({
  id: "k-101",
  from: "m-zhao",
  to: ["m-wang"],
  date: "2026-11-20",
  message: "王芳连夜把投标文件改完，客户当天就确认了报价",
  values: ["customer-first"],
  ...over,
});

describe("checkKudos", () => {
  it("passes a specific kudos tagged with a declared value", () => {
    expect(checkKudos(kudos(), { values: VALUES })).toEqual([]);
    expect(checkKudos(kudos({ message: "Stayed late to rebuild the ACME quote after their budget changed", values: ["ownership"], visibility: "private" }), { values: VALUES })).toEqual([]);
  });

  it("names every problem, in order, with its path and parameters", () => {
    const bad = kudos({ id: "k-7", from: "m-li", to: ["m-wang", "m-li"], message: "  辛苦了，很棒！ ", values: ["teamwork", "hustle"] });
    expect(checkKudos(bad, { values: VALUES })).toEqual([
      { code: "recognition.kudos.self-praise", severity: "error", path: ["to", 1], params: { id: "k-7", memberId: "m-li" } },
      { code: "recognition.kudos.unknown-value", severity: "warning", path: ["values", 1], params: { id: "k-7", value: "hustle", options: VALUES } },
      { code: "recognition.kudos.generic", severity: "warning", path: ["message"], params: { id: "k-7", text: "辛苦了，很棒！" } },
    ]);
  });

  it("reads as a manager would write it, in both languages", () => {
    const [selfPraise, unknown, generic] = checkKudos(kudos({ id: "k-7", from: "m-li", to: ["m-li"], message: "Great job, thanks!!", values: ["hustle"] }), { values: ["customer-first", "ownership"] });
    expect(formatFinding(selfPraise!, "zh-CN")).toBe("这条表扬（k-7）是 m-li 在表扬自己。请让了解这件事的同事来发。");
    expect(formatFinding(unknown!, "zh-CN")).toBe("这条表扬（k-7）标注的“hustle”不是团队的价值观（团队价值观：customer-first、ownership）。");
    expect(formatFinding(generic!, "en")).toBe("Kudos k-7 says only “Great job, thanks!!”. Say what they did and what it changed, so they know what to do again.");
    expect(formatFinding(generic!, "zh-CN")).toBe("这条表扬（k-7）只写了“Great job, thanks!!”。写清楚具体做了哪件事、带来了什么效果，被表扬的人才知道好在哪里、下次继续这么做。");
    const [noValue] = checkKudos(kudos({ values: [] }));
    expect(formatFinding(noValue!, "en")).toBe("Kudos k-101 names none of the team's values. Tag the value the deed shows, so praise reinforces what the team stands for.");
  });

  it("wants a value tag, and checks tags against the declared values only when given", () => {
    expect(checkKudos(kudos({ values: [] }), { values: VALUES }).map((f) => [f.code, f.path])).toEqual([["recognition.kudos.no-value", ["values"]]]);
    expect(checkKudos(kudos({ values: ["Customer-First"] }))).toEqual([]);
    // tags compare exactly: a different case is another tag
    expect(checkKudos(kudos({ values: ["Customer-First"] }), { values: VALUES }).map((f) => f.code)).toEqual(["recognition.kudos.unknown-value"]);
  });

  it("counts letters and digits, a Chinese character as two: ten characters or twenty letters say what was done", () => {
    // 帮客户解决了退款问题: 10 characters → 20
    expect(checkKudos(kudos({ message: "帮客户解决了退款问题。" }))).toEqual([]);
    // 帮客户解决退款问题: 9 characters → 18
    expect(checkKudos(kudos({ message: "帮客户解决退款问题" }))).toEqual([
      { code: "recognition.kudos.too-short", severity: "warning", path: ["message"], params: { id: "k-101", count: 18, min: 20 } },
    ]);
    // Closed(6) the(3) ACME(4) renewal(7) = 20; Closed the ACME deal = 17
    expect(checkKudos(kudos({ message: "Closed the ACME renewal!" }))).toEqual([]);
    expect(checkKudos(kudos({ message: "Closed the ACME deal!" }))[0]?.params).toEqual({ id: "k-101", count: 17, min: 20 });
    // 感谢 is generic but 帮忙 is not: a short message, not only generic praise (8 = 4 characters × 2)
    expect(checkKudos(kudos({ message: "感谢帮忙" }))[0]).toMatchObject({ code: "recognition.kudos.too-short", params: { count: 8 } });
    // no letters at all: nothing said
    expect(checkKudos(kudos({ message: "👍👍" }))[0]).toMatchObject({ code: "recognition.kudos.too-short", params: { count: 0 } });
    expect(checkKudos(kudos({ message: "Closed the ACME deal!" }), { minLength: 17 })).toEqual([]);
    expect(checkKudos(kudos({ message: "Closed the ACME deal!" }), { minLength: 18 }).map((f) => f.code)).toEqual(["recognition.kudos.too-short"]);
  });

  it("recognises generic praise in either language, whatever the punctuation and case", () => {
    for (const message of ["辛苦了！", "很棒", "太棒了，谢谢你！！", "Great job!", "GOOD WORK, thanks 🙏", "Well done — you rock", "666", "干得漂亮，点赞👍"]) {
      expect(checkKudos(kudos({ message })).map((f) => f.code), message).toEqual(["recognition.kudos.generic"]);
    }
    // a phrase the team added
    expect(checkKudos(kudos({ message: "收到，辛苦" }), { genericPhrases: ["收到", "辛苦"] }).map((f) => f.code)).toEqual(["recognition.kudos.generic"]);
    expect(checkKudos(kudos({ message: "辛苦了" }), { genericPhrases: ["收到"] }).map((f) => f.code)).toEqual(["recognition.kudos.too-short"]);
  });

  it("finds any run of generic phrases generic, never too short as well (property)", () => {
    const phrase = fc.constantFrom(...GENERIC_PRAISE);
    const separator = fc.constantFrom(" ", "，", "！", "!", "、", "~", "。", "👍", "");
    fc.assert(
      fc.property(fc.array(fc.tuple(phrase, separator), { minLength: 1, maxLength: 6 }), fc.boolean(), (parts, upper) => {
        const text = parts.map(([p, s]) => p + s).join("");
        const codes = checkKudos(kudos({ message: upper ? text.toUpperCase() : text })).map((f) => f.code);
        expect(codes).toEqual(["recognition.kudos.generic"]);
      }),
    );
  });

  it("flags self-praise exactly when the author is a recipient, pointing at them (property)", () => {
    const member = fc.constantFrom("m-li", "m-wang", "m-zhao", "m-zhou");
    fc.assert(
      fc.property(member, fc.uniqueArray(member, { minLength: 1 }), (from, to) => {
        const self = checkKudos(kudos({ from, to })).filter((f) => f.code === "recognition.kudos.self-praise");
        expect(self.length).toBe(to.includes(from) ? 1 : 0);
        if (to.includes(from)) expect(self[0]?.path).toEqual(["to", to.indexOf(from)]);
      }),
    );
  });

  it("rejects a malformed kudos, naming every bad path", () => {
    const bad = { id: "", from: 3, to: ["m-wang", "m-wang", ""], date: "2026-02-30", message: null, values: ["a", "a"], visibility: "team" };
    expect(issuesOf(() => checkKudos(bad as never, { values: "all" as never, minLength: -1, genericPhrases: [1] as never }))).toEqual([
      "kudos.id:validation.empty",
      "kudos.from:validation.type",
      "kudos.to.1:validation.duplicate",
      "kudos.to.2:validation.empty",
      "kudos.date:validation.calendar-date",
      "kudos.message:validation.type",
      "kudos.values.1:validation.duplicate",
      "kudos.visibility:validation.enum",
      "opts.values:validation.type",
      "opts.minLength:validation.range",
      "opts.genericPhrases.0:validation.type",
    ]);
    expect(issuesOf(() => checkKudos(kudos({ to: [] })))).toEqual(["kudos.to:validation.empty"]);
    // eslint-disable-next-line no-sparse-arrays
    expect(issuesOf(() => checkKudos(kudos({ to: [, "m-wang"] as never })))).toEqual(["kudos.to.0:validation.required"]);
    expect(issuesOf(() => checkKudos(kudos(), "strict" as never))).toEqual(["opts:validation.type"]);
  });

  it("does not change its arguments", () => {
    const k = kudos({ to: ["m-wang", "m-zhao"], values: [] });
    const opts = { values: [...VALUES], genericPhrases: ["收到"] };
    const before = structuredClone({ k, opts });
    checkKudos(k, opts);
    expect({ k, opts }).toEqual(before);
  });
});

describe("kudosSummary", () => {
  const q4 = { start: "2026-10-01", end: "2026-12-31" };
  const log: Kudos[] = [
    kudos({ id: "k1", from: "m-zhao", to: ["m-wang"], date: "2026-10-08", values: ["customer-first"] }),
    kudos({ id: "k2", from: "m-li", to: ["m-wang", "m-zhao"], date: "2026-11-02", values: ["teamwork", "customer-first"] }),
    kudos({ id: "k3", from: "m-wang", to: ["m-li"], date: "2026-11-15", values: ["ownership"], visibility: "private" }),
    kudos({ id: "k4", from: "m-zhou", to: ["m-zhou"], date: "2026-11-20", values: ["ownership"] }), // self-praise only
    kudos({ id: "k5", from: "m-zhao", to: ["m-li", "m-zhao"], date: "2026-12-31", values: ["teamwork"] }),
    kudos({ id: "k6", from: "m-li", to: ["m-wang"], date: "2026-09-30", values: ["customer-first"] }), // Q3: left out
  ];

  it("counts received, received publicly and given per member, and the values, within the period", () => {
    expect(kudosSummary(log, { period: q4, memberIds: ["m-chen"] })).toEqual({
      period: q4,
      kudos: 5,
      members: [
        { memberId: "m-chen", received: 0, receivedPublicly: 0, given: 0 },
        // k3 (private) and k5 (public)
        { memberId: "m-li", received: 2, receivedPublicly: 1, given: 1 },
        // k1 and k2
        { memberId: "m-wang", received: 2, receivedPublicly: 2, given: 1 },
        // k2; k5 addressed to the author too does not count for the author
        { memberId: "m-zhao", received: 1, receivedPublicly: 1, given: 2 },
        // k4 was addressed only to its author: given by no one, received by no one
        { memberId: "m-zhou", received: 0, receivedPublicly: 0, given: 0 },
      ],
      values: [
        { value: "customer-first", count: 2 },
        { value: "ownership", count: 2 },
        { value: "teamwork", count: 2 },
      ],
      topValues: ["customer-first", "ownership", "teamwork"],
    });
  });

  it("keeps ties at the cut of the top values", () => {
    const s = kudosSummary(log, { period: q4, top: 1 });
    // all three values tie for first
    expect(s.topValues).toEqual(["customer-first", "ownership", "teamwork"]);
    const oct = kudosSummary(log, { period: { start: "2026-10-01", end: "2026-11-30" }, top: 1 });
    expect(oct.values).toEqual([
      { value: "customer-first", count: 2 },
      { value: "ownership", count: 2 },
      { value: "teamwork", count: 1 },
    ]);
    expect(oct.topValues).toEqual(["customer-first", "ownership"]);
    expect(kudosSummary(log, { period: { start: "2026-11-03", end: "2026-11-30" }, top: 2 }).topValues).toEqual(["ownership"]);
  });

  it("agrees with a count by hand whatever the order of the kudos (property)", () => {
    const member = fc.constantFrom("m-li", "m-wang", "m-zhao", "__proto__");
    const arbKudos = fc.record({
      from: member,
      to: fc.uniqueArray(member, { minLength: 1 }),
      day: fc.integer({ min: 0, max: 120 }),
      values: fc.uniqueArray(fc.constantFrom("a", "b", "c"), { maxLength: 3 }),
      visibility: fc.constantFrom("public", "private") as fc.Arbitrary<"public" | "private">,
    });
    fc.assert(
      fc.property(fc.array(arbKudos, { maxLength: 25 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (raw, a, b) => {
        const day = (n: number) => addDays("2026-09-01", n);
        const list: Kudos[] = raw.map((r, i) => ({ id: `k${i}`, from: r.from, to: r.to, date: day(r.day), message: "…", values: r.values, visibility: r.visibility }));
        const startDay = Math.min(a, b);
        const endDay = Math.max(a, b);
        const period = { start: day(startDay), end: day(endDay) };
        const s = kudosSummary(list, { period });
        const inside = raw.filter((r) => r.day >= startDay && r.day <= endDay);
        const sum = (key: "received" | "receivedPublicly" | "given") => s.members.reduce((t, m) => t + m[key], 0);
        expect(s.kudos).toBe(inside.length);
        expect(sum("received")).toBe(inside.reduce((t, r) => t + r.to.filter((m) => m !== r.from).length, 0));
        expect(sum("receivedPublicly")).toBe(inside.filter((r) => r.visibility === "public").reduce((t, r) => t + r.to.filter((m) => m !== r.from).length, 0));
        expect(sum("given")).toBe(inside.filter((r) => r.to.some((m) => m !== r.from)).length);
        expect(s.values.reduce((t, v) => t + v.count, 0)).toBe(inside.reduce((t, r) => t + r.values.length, 0));
        expect(kudosSummary([...list].reverse(), { period })).toEqual(s);
      }),
    );
  });

  it("rejects malformed kudos and options, naming every bad path", () => {
    expect(issuesOf(() => kudosSummary([kudos({ id: "k1" }), kudos({ id: "k1", date: "2026-13-01" })], { period: { start: "2026-12-31", end: "2026-10-01" }, memberIds: ["a", "a"], top: 0 }))).toEqual([
      "kudos.1.date:validation.calendar-date",
      "opts.period:validation.period-order",
      "opts.memberIds.1:validation.duplicate",
      "opts.top:validation.range",
    ]);
    expect(issuesOf(() => kudosSummary([kudos({ id: "k1" }), kudos({ id: "k1" })], { period: q4 }))).toEqual(["kudos.1.id:validation.duplicate"]);
    expect(issuesOf(() => kudosSummary(null as never, undefined as never))).toEqual(["kudos:validation.type", "opts:validation.required"]);
  });

  it("does not change its arguments, and its result survives JSON", () => {
    const before = structuredClone(log);
    const s = kudosSummary(log, { period: q4 });
    expect(log).toEqual(before);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(kudosSummary(JSON.parse(JSON.stringify(log)) as Kudos[], { period: q4 })).toEqual(s);
  });
});
