/**
 * Argument checks of the recognition module: every bad path is reported, nothing thrown here.
 * @internal
 * @module
 */
import { parseCivil } from "../../core/_lib/civil.js";
import { checkArray, checkCalendarDate, checkDecimal, checkEnum, checkIdList, checkInteger, checkRecord, checkString, report, shown, type Issues } from "../../core/_lib/check.js";
import type { Path } from "../../core/errors.js";
import type { AwardRecord, BadgeCriterion, BadgeDefinition, BadgeFact, BadgeRepeat, BadgeWindow, Kudos, KudosVisibility } from "../types.js";

/** @internal */
export const VISIBILITIES: readonly KudosVisibility[] = ["public", "private"];
/** @internal */
export const FACTS: readonly BadgeFact[] = ["won-deal", "kudos-received", "kudos-given"];
/** @internal */
export const WINDOWS: readonly BadgeWindow[] = ["month", "quarter", "year"];
/** @internal */
export const REPEATS: readonly BadgeRepeat[] = ["never", "per-period"];
const KINDS = ["attainment-streak", "count"] as const;

/** Deepest nesting of `all` criteria accepted (it also stops a criterion that contains itself). @internal */
export const MAX_CRITERION_DEPTH = 16;

/** One kudos: ids, recipients (at least one, each once), date, message, value tags (each once). @internal */
export function checkKudosItem(value: unknown, path: Path, issues: Issues): value is Kudos {
  if (!checkRecord(value, path, issues)) return false;
  const before = issues.length;
  checkString(value["id"], [...path, "id"], issues, { nonEmpty: true });
  checkString(value["from"], [...path, "from"], issues, { nonEmpty: true });
  checkIdList(value["to"], [...path, "to"], issues, { nonEmpty: true, unique: true });
  checkCalendarDate(value["date"], [...path, "date"], issues);
  checkString(value["message"], [...path, "message"], issues);
  checkIdList(value["values"], [...path, "values"], issues, { unique: true });
  if (value["visibility"] !== undefined) checkEnum(value["visibility"], VISIBILITIES, [...path, "visibility"], issues);
  return issues.length === before;
}

/** A list of kudos with unique ids. @internal */
export function checkKudosList(value: unknown, path: Path, issues: Issues): value is readonly Kudos[] {
  if (!checkArray(value, path, issues)) return false;
  const before = issues.length;
  const ids = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const k = value[i];
    if (!checkKudosItem(k, [...path, i], issues)) continue;
    if (ids.has(k.id)) report(issues, [...path, i, "id"], "validation.duplicate", { value: k.id });
    ids.add(k.id);
  }
  return issues.length === before;
}

/** Awards already made: badge, member, key and date of each. @internal */
export function checkAwardRecords(value: unknown, path: Path, issues: Issues): value is readonly AwardRecord[] {
  if (!checkArray(value, path, issues)) return false;
  const before = issues.length;
  for (let i = 0; i < value.length; i++) {
    const a = value[i];
    if (!checkRecord(a, [...path, i], issues)) continue;
    checkString(a["badgeId"], [...path, i, "badgeId"], issues, { nonEmpty: true });
    checkString(a["memberId"], [...path, i, "memberId"], issues, { nonEmpty: true });
    checkString(a["key"], [...path, i, "key"], issues, { nonEmpty: true });
    checkCalendarDate(a["earnedOn"], [...path, i, "earnedOn"], issues);
  }
  return issues.length === before;
}

/** A criterion, recursively through `all`. @internal */
export function checkCriterion(value: unknown, path: Path, issues: Issues, depth = 0): value is BadgeCriterion {
  if (depth > MAX_CRITERION_DEPTH) return report(issues, path, "validation.range", { max: MAX_CRITERION_DEPTH, value: depth });
  if (!checkRecord(value, path, issues)) return false;
  const before = issues.length;
  if (value["kind"] === undefined && value["all"] !== undefined) {
    const all = value["all"];
    if (checkArray(all, [...path, "all"], issues, { nonEmpty: true })) {
      for (let i = 0; i < all.length; i++) checkCriterion(all[i], [...path, "all", i], issues, depth + 1);
    }
  } else if (checkEnum(value["kind"], KINDS, [...path, "kind"], issues)) {
    if (value["kind"] === "attainment-streak") {
      checkDecimal(value["atLeast"], [...path, "atLeast"], issues);
      checkInteger(value["months"], [...path, "months"], issues, { min: 1 });
    } else {
      checkEnum(value["fact"], FACTS, [...path, "fact"], issues);
      checkInteger(value["atLeast"], [...path, "atLeast"], issues, { min: 1 });
      if (value["within"] !== undefined) checkEnum(value["within"], WINDOWS, [...path, "within"], issues);
    }
  }
  return issues.length === before;
}

/**
 * The period a per-period badge repeats in: a count's `within`, the common `within` of an
 * `all` of counts, `"run"` for an attainment streak, or `null` when it cannot repeat.
 * @internal
 */
export function repeatWindow(c: BadgeCriterion, top = true): BadgeWindow | "run" | null {
  if ("all" in c) {
    let window: BadgeWindow | null | undefined;
    for (const child of c.all) {
      const w = repeatWindow(child, false);
      if (w === null || w === "run" || (window !== undefined && w !== window)) return null;
      window = w;
    }
    return window ?? null;
  }
  if (c.kind === "attainment-streak") return top ? "run" : null;
  return c.within ?? null;
}

/** A list of badge definitions with unique ids; a per-period badge needs a criterion with a period. @internal */
export function checkDefinitions(value: unknown, path: Path, issues: Issues): value is readonly BadgeDefinition[] {
  if (!checkArray(value, path, issues)) return false;
  const before = issues.length;
  const ids = new Set<string>();
  for (let i = 0; i < value.length; i++) checkDefinition(value[i], [...path, i], issues, ids);
  return issues.length === before;
}

/** One badge definition (`ids` collects ids to find repeats). @internal */
export function checkDefinition(d: unknown, path: Path, issues: Issues, ids?: Set<string>): d is BadgeDefinition {
  if (!checkRecord(d, path, issues)) return false;
  const before = issues.length;
  if (checkString(d["id"], [...path, "id"], issues, { nonEmpty: true }) && ids !== undefined) {
    if (ids.has(d["id"])) report(issues, [...path, "id"], "validation.duplicate", { value: d["id"] });
    ids.add(d["id"]);
  }
  const name = d["name"];
  if (checkRecord(name, [...path, "name"], issues)) {
    checkString(name["en"], [...path, "name", "en"], issues, { nonEmpty: true });
    checkString(name["zh-CN"], [...path, "name", "zh-CN"], issues, { nonEmpty: true });
  }
  const okCriteria = checkCriterion(d["criteria"], [...path, "criteria"], issues);
  if (d["repeat"] !== undefined && checkEnum(d["repeat"], REPEATS, [...path, "repeat"], issues) && d["repeat"] === "per-period" && okCriteria) {
    if (repeatWindow(d["criteria"] as BadgeCriterion) === null) report(issues, [...path, "repeat"], "validation.enum", { options: ["never"], value: "per-period" });
  }
  return issues.length === before;
}

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** A month `"YYYY-MM"` (or any date in it) as a month number (year × 12 + month − 1), or `undefined`. @internal */
export function monthNumber(text: string): number | undefined {
  const m = MONTH_PATTERN.exec(text);
  if (m !== null) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return year >= 1 && month >= 1 && month <= 12 ? year * 12 + month - 1 : undefined;
  }
  const civil = parseCivil(text);
  return civil === undefined ? undefined : civil.year * 12 + civil.month - 1;
}

/** The facts badges are awarded on. @internal */
export function checkFacts(value: unknown, path: Path, issues: Issues): void {
  if (!checkRecord(value, path, issues)) return;
  const attainment = value["attainment"];
  if (attainment !== undefined && checkArray(attainment, [...path, "attainment"], issues)) {
    const seen = new Set<string>();
    for (let i = 0; i < attainment.length; i++) {
      const a = attainment[i];
      const p = [...path, "attainment", i];
      if (!checkRecord(a, p, issues)) continue;
      const okMember = checkString(a["memberId"], [...p, "memberId"], issues, { nonEmpty: true });
      let month: number | undefined;
      if (checkString(a["month"], [...p, "month"], issues)) {
        month = monthNumber(a["month"]);
        if (month === undefined) report(issues, [...p, "month"], "validation.calendar-date", { value: shown(a["month"]) });
      }
      checkDecimal(a["value"], [...p, "value"], issues);
      if (okMember && month !== undefined) {
        const key = `${month}\u0000${a["memberId"] as string}`;
        if (seen.has(key)) report(issues, [...p, "month"], "validation.duplicate", { value: `${a["memberId"] as string} ${a["month"] as string}` });
        seen.add(key);
      }
    }
  }
  const deals = value["deals"];
  if (deals !== undefined && checkArray(deals, [...path, "deals"], issues)) {
    const seen = new Set<string>();
    for (let i = 0; i < deals.length; i++) {
      const d = deals[i];
      const p = [...path, "deals", i];
      if (!checkRecord(d, p, issues)) continue;
      const okMember = checkString(d["memberId"], [...p, "memberId"], issues, { nonEmpty: true });
      const okId = checkString(d["id"], [...p, "id"], issues, { nonEmpty: true });
      checkCalendarDate(d["wonOn"], [...p, "wonOn"], issues);
      if (okMember && okId) {
        const key = `${d["id"] as string}\u0000${d["memberId"] as string}`;
        if (seen.has(key)) report(issues, [...p, "id"], "validation.duplicate", { value: d["id"] as string });
        seen.add(key);
      }
    }
  }
  if (value["kudos"] !== undefined) checkKudosList(value["kudos"], [...path, "kudos"], issues);
}
