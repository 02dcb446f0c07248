/**
 * Team values: which ones feedback and kudos recognise, and which never.
 * @module
 */
import { checkArray, checkCalendarDate, checkIdList, checkRecord, checkString, report, shown, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { checkInstant } from "../core/instants.js";
import { checkPeriod, type Period } from "../core/periods.js";
import { toDayNumber } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import type { FeedbackEntry, FeedbackLog } from "../feedback/types.js";
import type { Kudos } from "../recognition/types.js";
import type { CultureFindingCode } from "./codes.js";
import type { TeamValue } from "./types.js";

/**
 * How often each value was recognised in a period.
 *
 * @example
 * ```ts
 * const r: ValueRecognition = { period: { start: "2026-11-01", end: "2026-11-30" }, values: [{ valueId: "customer-first", kudos: 3, feedback: 1, total: 4 }], neverRecognised: [], findings: [] };
 * ```
 * @category Culture
 */
export interface ValueRecognition {
  readonly period: Period;
  /** In the order of the values list. */
  readonly values: readonly { readonly valueId: string; readonly kudos: number; readonly feedback: number; readonly total: number }[];
  readonly neverRecognised: readonly string[];
  readonly findings: readonly Finding<CultureFindingCode>[];
}

/**
 * Counts, for each team value, the kudos (`values`) and the feedback entries (`valueTags`)
 * that name it within the period (kudos by their date, feedback by the day written in its
 * instant; retracted feedback does not count), and names the values nobody was recognised
 * for: a value that is never recognised is either not lived or not seen. Tags that are not in
 * the values list are ignored.
 *
 * @throws {ValidationError} when the values (ids unique, names in both languages), the
 * recognition data or the period are malformed.
 * @example
 * ```ts
 * const values = [
 *   { id: "customer-first", name: { en: "Customer first", "zh-CN": "客户第一" } },
 *   { id: "teamwork", name: { en: "Teamwork", "zh-CN": "团队协作" } },
 * ];
 * const kudos = [{ id: "k1", from: "a", to: ["b"], date: "2026-11-10", message: "周末帮客户排查故障", values: ["customer-first"] }];
 * const r = valueRecognition(values, { kudos }, { start: "2026-11-01", end: "2026-11-30" });
 * r.neverRecognised; //=> ["teamwork"]
 * ```
 * @category Culture
 */
export function valueRecognition(values: readonly TeamValue[], data: { readonly kudos?: readonly Kudos[]; readonly feedback?: FeedbackLog | readonly FeedbackEntry[] }, period: Period): ValueRecognition {
  const issues: Issues = [];
  const ids: string[] = [];
  if (checkArray(values, ["values"], issues)) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const p = ["values", i];
      if (!checkRecord(v, p, issues)) continue;
      if (checkString(v["id"], [...p, "id"], issues, { nonEmpty: true })) {
        if (ids.includes(v["id"])) report(issues, [...p, "id"], "validation.duplicate", { value: shown(v["id"]) });
        ids.push(v["id"]);
      }
      if (checkRecord(v["name"], [...p, "name"], issues)) {
        checkString(v["name"]["en"], [...p, "name", "en"], issues, { nonEmpty: true });
        checkString(v["name"]["zh-CN"], [...p, "name", "zh-CN"], issues, { nonEmpty: true });
      }
    }
  }
  const kudosTags: string[][] = [];
  const feedbackTags: string[][] = [];
  checkPeriod(period, ["period"], issues);
  if (checkRecord(data, ["data"], issues)) {
    if (data.kudos !== undefined && checkArray(data.kudos, ["data", "kudos"], issues)) {
      for (let i = 0; i < data.kudos.length; i++) {
        const k = data.kudos[i];
        const p = ["data", "kudos", i];
        if (!checkRecord(k, p, issues)) continue;
        const okDate = checkCalendarDate(k["date"], [...p, "date"], issues);
        if (checkIdList(k["values"], [...p, "values"], issues) && okDate) kudosTags.push([k["date"] as string, ...(k["values"] as string[])]);
      }
    }
    const fb = data.feedback;
    if (fb !== undefined) {
      const isLog = !Array.isArray(fb);
      const okLog = isLog && checkRecord(fb, ["data", "feedback"], issues);
      const entries = isLog ? (okLog ? (fb as FeedbackLog).entries : undefined) : fb;
      const retracted = new Set<string>();
      const rs = okLog ? (fb as FeedbackLog).retractions : undefined;
      if (rs !== undefined && checkArray(rs, ["data", "feedback", "retractions"], issues)) {
        for (let i = 0; i < rs.length; i++) {
          const r = rs[i];
          if (checkRecord(r, ["data", "feedback", "retractions", i], issues) && checkString(r["entryId"], ["data", "feedback", "retractions", i, "entryId"], issues, { nonEmpty: true })) retracted.add(r["entryId"]);
        }
      }
      const path = isLog ? ["data", "feedback", "entries"] : ["data", "feedback"];
      if ((!isLog || okLog) && checkArray(entries, path, issues)) {
        for (let i = 0; i < entries.length; i++) {
          const e = entries[i];
          const p = [...path, i];
          if (!checkRecord(e, p, issues)) continue;
          const okAt = checkInstant(e["at"], [...p, "at"], issues) !== undefined;
          const okId = checkString(e["id"], [...p, "id"], issues, { nonEmpty: true });
          const tags = e["valueTags"] === undefined ? [] : checkIdList(e["valueTags"], [...p, "valueTags"], issues) ? (e["valueTags"] as string[]) : [];
          if (okAt && okId && !retracted.has(e["id"] as string)) feedbackTags.push([(e["at"] as string).slice(0, 10), ...tags]);
        }
      }
    }
  }
  throwIfIssues(issues);
  const start = toDayNumber(period.start);
  const end = toDayNumber(period.end);
  const inPeriod = (day: string): boolean => {
    const d = toDayNumber(day);
    return d >= start && d <= end;
  };
  const count = (list: readonly string[][], id: string): number => list.filter(([day, ...tags]) => inPeriod(day!) && tags.includes(id)).length;
  const rows = values.map((v) => {
    const kudos = count(kudosTags, v.id);
    const feedback = count(feedbackTags, v.id);
    return { valueId: v.id, kudos, feedback, total: kudos + feedback };
  });
  const neverRecognised = rows.filter((r) => r.total === 0).map((r) => r.valueId);
  const findings: Finding<CultureFindingCode>[] = [];
  for (let i = 0; i < values.length; i++) {
    if (rows[i]!.total > 0) continue;
    findings.push({ code: "culture.value.never-recognised", severity: "warning", path: ["values", i], params: { valueId: values[i]!.id, name: values[i]!.name.en, nameZh: values[i]!.name["zh-CN"], start: period.start, end: period.end } });
  }
  return { period, values: rows, neverRecognised, findings };
}
