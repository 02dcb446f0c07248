/**
 * Instants: points in time written in ISO 8601 with an offset.
 * @module
 */
import { tzOffset } from "@date-fns/tz";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER, dayNumberFromCivil, daysInMonth } from "./_lib/civil.js";
import { checkString, report, shown, throwIfIssues, type Issues } from "./_lib/check.js";
import { fromDayNumber, type CalendarDate } from "./dates.js";
import { ValidationError, type Path } from "./errors.js";

/**
 * A point in time in ISO 8601 with an explicit offset: `"2026-11-28T09:30:00+08:00"`,
 * `"2026-11-28T01:30:00Z"`. Seconds and fractions of a second are optional. Without an offset
 * a time would mean whatever the host's zone says, so it is rejected.
 *
 * @example
 * ```ts
 * const reportedAt: Instant = "2026-11-28T09:30:00+08:00";
 * ```
 * @category Dates
 */
export type Instant = string;

const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

interface ParsedInstant {
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  readonly epochMs: number;
  /** The calendar date as written, in the instant's own offset. */
  readonly localDate: CalendarDate;
}

function parseInstant(text: string): ParsedInstant | undefined {
  const m = INSTANT_PATTERN.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0").slice(0, 3));
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  const zone = m[8]!;
  if (zone !== "Z") {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 18 || om > 59 || (oh === 18 && om > 0)) return undefined;
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (oh * 60 + om);
  }
  const dayNumber = dayNumberFromCivil(year, month, day);
  const epochMs = ((dayNumber * 24 + hour) * 60 + minute - offsetMinutes) * 60_000 + second * 1000 + millis;
  return { epochMs, localDate: text.slice(0, 10) };
}

/**
 * Is `value` an ISO 8601 instant with an offset and a real date and time?
 *
 * @example
 * ```ts
 * isInstant("2026-11-28T09:30:00+08:00"); //=> true
 * isInstant("2026-11-28T09:30:00");       //=> false (no offset)
 * isInstant("2026-02-30T09:30:00Z");      //=> false (no such day)
 * ```
 * @category Dates
 */
export function isInstant(value: unknown): value is Instant {
  return typeof value === "string" && parseInstant(value) !== undefined;
}

/**
 * Checks an instant and returns its parts, or `undefined`.
 * @internal
 */
export function checkInstant(value: unknown, path: Path, issues: Issues): ParsedInstant | undefined {
  if (!checkString(value, path, issues)) return undefined;
  const parsed = parseInstant(value);
  if (parsed === undefined) report(issues, path, "validation.instant", { value: shown(value) });
  return parsed;
}

/**
 * Milliseconds since 1970-01-01T00:00:00Z: the instant on one timeline, whatever its offset.
 *
 * @throws {ValidationError} when `instant` is not an instant.
 * @example
 * ```ts
 * instantToEpochMilliseconds("1970-01-01T08:00:00+08:00"); //=> 0
 * ```
 * @category Dates
 */
export function instantToEpochMilliseconds(instant: Instant): number {
  const issues: Issues = [];
  const parsed = checkInstant(instant, ["instant"], issues);
  throwIfIssues(issues);
  return parsed!.epochMs;
}

/**
 * Orders two instants on the timeline: negative when `a` is earlier, 0 at the same moment
 * (even with different offsets), positive when later.
 *
 * @throws {ValidationError} when either is not an instant.
 * @example
 * ```ts
 * compareInstants("2026-11-28T09:00:00+08:00", "2026-11-28T01:00:00Z"); //=> 0
 * ```
 * @category Dates
 */
export function compareInstants(a: Instant, b: Instant): number {
  const issues: Issues = [];
  const pa = checkInstant(a, ["a"], issues);
  const pb = checkInstant(b, ["b"], issues);
  throwIfIssues(issues);
  return Math.sign(pa!.epochMs - pb!.epochMs);
}

/**
 * The calendar date of an instant: as written, in its own offset, unless an IANA time zone is
 * given, in which case the date on the wall clocks of that zone. The host's zone never matters.
 *
 * @throws {ValidationError} when `instant` is not an instant or `timeZone` is not an IANA zone.
 * @example
 * ```ts
 * calendarDateOf("2026-11-28T23:30:00-08:00");                  //=> "2026-11-28"
 * calendarDateOf("2026-11-28T23:30:00-08:00", "Asia/Shanghai"); //=> "2026-11-29"
 * ```
 * @category Dates
 */
export function calendarDateOf(instant: Instant, timeZone?: string): CalendarDate {
  const issues: Issues = [];
  const parsed = checkInstant(instant, ["instant"], issues);
  let offset = 0;
  if (timeZone !== undefined && checkString(timeZone, ["timeZone"], issues)) {
    offset = parsed === undefined ? 0 : tzOffset(timeZone, new Date(parsed.epochMs));
    if (!isKnownTimeZone(timeZone) || !Number.isFinite(offset)) report(issues, ["timeZone"], "validation.time-zone", { value: shown(timeZone) });
  }
  throwIfIssues(issues);
  if (timeZone === undefined) return parsed!.localDate;
  const day = Math.floor((parsed!.epochMs + offset * 60_000) / 86_400_000);
  if (day < MIN_DAY_NUMBER || day > MAX_DAY_NUMBER) throw new ValidationError([{ path: ["instant"], code: "validation.date-range" }]);
  return fromDayNumber(day);
}

/**
 * Checks an IANA time zone name (`"Asia/Shanghai"`); issues go to `issues`.
 * @internal
 */
export function checkTimeZone(value: unknown, path: Path, issues: Issues): value is string {
  if (!checkString(value, path, issues)) return false;
  return (isKnownTimeZone(value) && Number.isFinite(tzOffset(value, new Date(0)))) || report(issues, path, "validation.time-zone", { value: shown(value) });
}

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}
