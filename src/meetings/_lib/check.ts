/**
 * Argument checks of the meetings module.
 * @internal
 * @module
 */
import { checkArray, checkBoolean, checkCalendarDate, checkEnum, checkIdList, checkInteger, checkRecord, checkString, isRecord, report, shown, type Issues } from "../../core/_lib/check.js";
import type { Path } from "../../core/errors.js";
import type { ActionItem, Meeting } from "../types.js";

const TEAM_TYPES = ["daily-check-in", "weekly-tactical", "monthly-strategic", "quarterly-off-site"] as const;

/** Checks one action item. @internal */
export function checkActionItem(value: unknown, path: Path, issues: Issues): value is ActionItem {
  if (!checkRecord(value, path, issues)) return false;
  const before = issues.length;
  checkString(value["id"], [...path, "id"], issues, { nonEmpty: true });
  checkString(value["ownerId"], [...path, "ownerId"], issues, { nonEmpty: true });
  checkString(value["description"], [...path, "description"], issues);
  if (value["due"] !== undefined) checkCalendarDate(value["due"], [...path, "due"], issues);
  checkBoolean(value["done"], [...path, "done"], issues);
  if (value["carriedFrom"] !== undefined) checkString(value["carriedFrom"], [...path, "carriedFrom"], issues, { nonEmpty: true });
  return issues.length === before;
}

/** Checks one meeting. @internal */
export function checkMeeting(value: unknown, path: Path, issues: Issues): value is Meeting {
  if (!checkRecord(value, path, issues)) return false;
  const before = issues.length;
  checkString(value["id"], [...path, "id"], issues, { nonEmpty: true });
  checkEnum(value["kind"], ["one-on-one", "team"] as const, [...path, "kind"], issues);
  checkCalendarDate(value["date"], [...path, "date"], issues);
  if (value["managerId"] !== undefined) checkString(value["managerId"], [...path, "managerId"], issues, { nonEmpty: true });
  checkIdList(value["attendeeIds"], [...path, "attendeeIds"], issues);
  if (value["agenda"] !== undefined && checkArray(value["agenda"], [...path, "agenda"], issues)) {
    const agenda = value["agenda"];
    for (let i = 0; i < agenda.length; i++) checkString(agenda[i], [...path, "agenda", i], issues);
  }
  if (value["actionItems"] !== undefined && checkArray(value["actionItems"], [...path, "actionItems"], issues)) {
    const items = value["actionItems"];
    const seen = new Set<string>();
    for (let i = 0; i < items.length; i++) {
      if (!checkActionItem(items[i], [...path, "actionItems", i], issues)) continue;
      const id = (items[i] as ActionItem).id;
      if (seen.has(id)) report(issues, [...path, "actionItems", i, "id"], "validation.duplicate", { value: shown(id) });
      seen.add(id);
    }
  }
  if (value["durationMinutes"] !== undefined) checkInteger(value["durationMinutes"], [...path, "durationMinutes"], issues, { min: 0, max: 7 * 24 * 60 });
  if (value["teamMeetingType"] !== undefined) checkEnum(value["teamMeetingType"], TEAM_TYPES, [...path, "teamMeetingType"], issues);
  return issues.length === before;
}

/** Checks a list of meetings with unique ids. @internal */
export function checkMeetings(value: unknown, path: Path, issues: Issues): value is readonly Meeting[] {
  if (!checkArray(value, path, issues)) return false;
  const before = issues.length;
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    checkMeeting(value[i], [...path, i], issues);
    const id: unknown = isRecord(value[i]) ? (value[i] as Record<string, unknown>)["id"] : undefined;
    if (typeof id !== "string" || id === "") continue;
    if (seen.has(id)) report(issues, [...path, i, "id"], "validation.duplicate", { value: shown(id) });
    seen.add(id);
  }
  return issues.length === before;
}
