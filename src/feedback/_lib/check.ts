/**
 * Argument checks of the feedback module, with a fast path for large logs.
 * @internal
 * @module
 */
import { checkArray, checkCalendarDate, checkEnum, checkRecord, checkString, isRecord, report, type Issues } from "../../core/_lib/check.js";
import { parseCivil } from "../../core/_lib/civil.js";
import type { Path } from "../../core/errors.js";
import { checkInstant, isInstant } from "../../core/instants.js";
import type { FeedbackEntry, FeedbackLog, FeedbackRetraction, FeedbackVisibility } from "../types.js";

/** @internal */
export const VISIBILITIES: readonly FeedbackVisibility[] = Object.freeze(["private", "private-manager", "manager-only", "public"]);
const KINDS = ["praise", "constructive"] as const;
const TEXT_FIELDS = ["situation", "behavior", "impact", "request", "goalId"] as const;

/**
 * The calendar day an instant names in its own offset: the date part of its text (an instant
 * is `YYYY-MM-DDThh:mm...±hh:mm`, so no conversion is needed).
 * @internal
 */
export function ownDay(at: string): string {
  return at.slice(0, 10);
}

// instants of one log repeat little, but their shape check is the cost: remember recent ones
const instantCache = new Map<string, boolean>();
function isKnownInstant(value: string): boolean {
  let ok = instantCache.get(value);
  if (ok === undefined) {
    ok = isInstant(value);
    if (instantCache.size >= 65536) instantCache.clear();
    instantCache.set(value, ok);
  }
  return ok;
}

/** Is this a well-formed entry? The fast path; {@link checkEntry} names the problems. @internal */
export function isWellFormedEntry(e: unknown): e is FeedbackEntry {
  if (!isRecord(e)) return false;
  const { id, from, to, at, kind, visibility } = e;
  if (typeof id !== "string" || id === "" || typeof from !== "string" || from === "" || typeof to !== "string" || to === "" || from === to) return false;
  if (kind !== "praise" && kind !== "constructive") return false;
  if (visibility !== "private" && visibility !== "private-manager" && visibility !== "manager-only" && visibility !== "public") return false;
  if (typeof at !== "string" || !isKnownInstant(at)) return false;
  for (const f of TEXT_FIELDS) if (e[f] !== undefined && typeof e[f] !== "string") return false;
  if (e["occurredOn"] !== undefined && (typeof e["occurredOn"] !== "string" || parseCivil(e["occurredOn"]) === undefined || e["occurredOn"] > ownDay(at))) return false;
  const tags = e["valueTags"];
  if (tags !== undefined) {
    if (!Array.isArray(tags)) return false;
    for (let i = 0; i < tags.length; i++) if (typeof tags[i] !== "string") return false;
  }
  return true;
}

/** Checks one entry and reports every problem. @internal */
export function checkEntry(e: unknown, path: Path, issues: Issues): e is FeedbackEntry {
  if (isWellFormedEntry(e)) return true;
  if (!checkRecord(e, path, issues)) return false;
  const before = issues.length;
  checkString(e["id"], [...path, "id"], issues, { nonEmpty: true });
  const okFrom = checkString(e["from"], [...path, "from"], issues, { nonEmpty: true });
  const okTo = checkString(e["to"], [...path, "to"], issues, { nonEmpty: true });
  if (okFrom && okTo && e["from"] === e["to"]) report(issues, [...path, "to"], "validation.same-as", { other: "from", value: e["to"] as string });
  checkInstant(e["at"], [...path, "at"], issues);
  checkEnum(e["kind"], KINDS, [...path, "kind"], issues);
  checkEnum(e["visibility"], VISIBILITIES, [...path, "visibility"], issues);
  for (const f of TEXT_FIELDS) if (e[f] !== undefined) checkString(e[f], [...path, f], issues);
  if (e["occurredOn"] !== undefined && checkCalendarDate(e["occurredOn"], [...path, "occurredOn"], issues) && typeof e["at"] === "string" && isInstant(e["at"]) && e["occurredOn"] > ownDay(e["at"])) {
    // feedback cannot come before what it is about
    report(issues, [...path, "occurredOn"], "validation.period-order", { start: e["occurredOn"] as string, end: ownDay(e["at"]) });
  }
  const tags = e["valueTags"];
  if (tags !== undefined && checkArray(tags, [...path, "valueTags"], issues)) {
    for (let i = 0; i < tags.length; i++) checkString(tags[i], [...path, "valueTags", i], issues);
  }
  return issues.length === before;
}

/** Checks one retraction. @internal */
export function checkRetraction(r: unknown, path: Path, issues: Issues): r is FeedbackRetraction {
  if (!checkRecord(r, path, issues)) return false;
  const before = issues.length;
  checkString(r["id"], [...path, "id"], issues, { nonEmpty: true });
  checkString(r["entryId"], [...path, "entryId"], issues, { nonEmpty: true });
  checkString(r["by"], [...path, "by"], issues, { nonEmpty: true });
  checkInstant(r["at"], [...path, "at"], issues);
  checkString(r["reason"], [...path, "reason"], issues, { nonEmpty: true });
  return issues.length === before;
}

/**
 * Checks a log (every entry and retraction) and returns the ids of retracted entries. Ids are
 * not checked for uniqueness here: {@link appendFeedback} keeps them unique.
 * @internal
 */
export function checkLog(log: unknown, path: Path, issues: Issues): Set<string> {
  const retracted = new Set<string>();
  if (!checkRecord(log, path, issues)) return retracted;
  const entries = log["entries"];
  if (checkArray(entries, [...path, "entries"], issues)) {
    for (let i = 0; i < entries.length; i++) {
      if (!isWellFormedEntry(entries[i])) checkEntry(entries[i], [...path, "entries", i], issues);
    }
  }
  const retractions = log["retractions"];
  if (retractions !== undefined && checkArray(retractions, [...path, "retractions"], issues)) {
    for (let i = 0; i < retractions.length; i++) {
      if (checkRetraction(retractions[i], [...path, "retractions", i], issues)) retracted.add((retractions[i] as FeedbackRetraction).entryId);
    }
  }
  return retracted;
}

/** The entries that count: not retracted. @internal */
export function activeEntries(log: FeedbackLog, retracted: ReadonlySet<string>): readonly FeedbackEntry[] {
  if (retracted.size === 0) return log.entries;
  return log.entries.filter((e) => !retracted.has(e.id));
}
