/**
 * The small validation kit every public function uses on its arguments. Checks add issues
 * to a list (so one call reports every bad path) and narrow the value when it is good;
 * {@link throwIfIssues} turns the list into one {@link ValidationError}. It does not use zod,
 * so compute functions validate without loading a schema library.
 * @internal
 * @module
 */
import type { ValidationCode } from "../codes.js";
import { ValidationError, type Path, type RawIssue } from "../errors.js";
import type { MessageParams } from "../messages/types.js";
import { isCurrencyCode } from "../currency.js";
import type { CalendarDate } from "../dates.js";
import { parseCivil } from "./civil.js";
import { parseDec, type Dec } from "./decimal.js";

/** Issues collected while checking one call's arguments. @internal */
export type Issues = RawIssue[];

/** Adds an issue. @internal */
export function report(issues: Issues, path: Path, code: ValidationCode, params?: MessageParams): false {
  issues.push(params === undefined ? { path, code } : { path, code, params });
  return false;
}

/** Throws a {@link ValidationError} when any issue was found. @internal */
export function throwIfIssues(issues: Issues): void {
  if (issues.length > 0) throw new ValidationError(issues);
}

/** The name of a value's type, for messages: `object`, `array`, `null`, `string`, ... @internal */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
}

/** Short text of a bad value to show in a message (never the whole of a large value). @internal */
export function shown(value: unknown): string {
  if (typeof value === "string") return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return typeName(value);
}

function wrongType(issues: Issues, path: Path, value: unknown, expected: string): false {
  return value === undefined
    ? report(issues, path, "validation.required")
    : report(issues, path, "validation.type", { expected, received: typeName(value) });
}

/** A plain object (not null, not an array). @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks a list of ids: an array of non-empty strings, optionally non-empty and without
 * repeats (each repeat reported at its index). @internal
 */
export function checkIdList(value: unknown, path: Path, issues: Issues, opts: { nonEmpty?: boolean; unique?: boolean } = {}): value is readonly string[] {
  if (!checkArray(value, path, issues, opts.nonEmpty === true ? { nonEmpty: true } : {})) return false;
  const before = issues.length;
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (!checkString(v, [...path, i], issues, { nonEmpty: true })) continue;
    if (opts.unique === true && seen.has(v)) report(issues, [...path, i], "validation.duplicate", { value: shown(v) });
    seen.add(v);
  }
  return issues.length === before;
}

/** Checks for a plain object. @internal */
export function checkRecord(value: unknown, path: Path, issues: Issues): value is Record<string, unknown> {
  return isRecord(value) || wrongType(issues, path, value, "object");
}

/** Checks for an options object that may be left out. @internal */
export function checkOptions(value: unknown, path: Path, issues: Issues): boolean {
  return value === undefined || isRecord(value) || report(issues, path, "validation.type", { expected: "object", received: typeName(value) });
}

/** Checks for an array, optionally non-empty. @internal */
export function checkArray(value: unknown, path: Path, issues: Issues, opts: { nonEmpty?: boolean } = {}): value is readonly unknown[] {
  if (!Array.isArray(value)) return wrongType(issues, path, value, "array");
  if (opts.nonEmpty === true && value.length === 0) return report(issues, path, "validation.empty");
  return true;
}

/** Checks for a string, optionally non-empty. @internal */
export function checkString(value: unknown, path: Path, issues: Issues, opts: { nonEmpty?: boolean } = {}): value is string {
  if (typeof value !== "string") return wrongType(issues, path, value, "string");
  if (opts.nonEmpty === true && value.trim() === "") return report(issues, path, "validation.empty");
  return true;
}

/** Checks for `true` or `false`. @internal */
export function checkBoolean(value: unknown, path: Path, issues: Issues): value is boolean {
  return typeof value === "boolean" || wrongType(issues, path, value, "boolean");
}

/** Checks for a finite number within optional bounds. @internal */
export function checkNumber(value: unknown, path: Path, issues: Issues, range: { min?: number; max?: number } = {}): value is number {
  if (typeof value !== "number") return wrongType(issues, path, value, "number");
  if (!Number.isFinite(value)) return report(issues, path, "validation.number", { value: String(value) });
  return checkRange(value, path, issues, range);
}

/** Checks for a safe integer within optional bounds. @internal */
export function checkInteger(value: unknown, path: Path, issues: Issues, range: { min?: number; max?: number } = {}): value is number {
  if (typeof value !== "number") return wrongType(issues, path, value, "integer");
  if (!Number.isSafeInteger(value)) return report(issues, path, "validation.integer", { value: String(value) });
  return checkRange(value, path, issues, range);
}

function checkRange(value: number, path: Path, issues: Issues, range: { min?: number; max?: number }): boolean {
  if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
    const params: Record<string, number> = { value };
    if (range.min !== undefined) params["min"] = range.min;
    if (range.max !== undefined) params["max"] = range.max;
    return report(issues, path, "validation.range", params);
  }
  return true;
}

/** Checks for one of a fixed set of strings. @internal */
export function checkEnum<T extends string>(value: unknown, options: readonly T[], path: Path, issues: Issues): value is T {
  if (typeof value === "string" && (options as readonly string[]).includes(value)) return true;
  if (value === undefined) return report(issues, path, "validation.required");
  return report(issues, path, "validation.enum", { options: [...options], value: shown(value) });
}

/** Checks for a real `"YYYY-MM-DD"` calendar date. @internal */
export function checkCalendarDate(value: unknown, path: Path, issues: Issues): value is CalendarDate {
  if (typeof value !== "string") return wrongType(issues, path, value, "date");
  return parseCivil(value) !== undefined || report(issues, path, "validation.calendar-date", { value: shown(value) });
}

/** Checks for an ISO 4217 currency code. @internal */
export function checkCurrency(value: unknown, path: Path, issues: Issues): value is string {
  if (typeof value !== "string") return wrongType(issues, path, value, "string");
  return isCurrencyCode(value) || report(issues, path, "validation.currency", { value: shown(value) });
}

/** Checks for money: `{ amount, currency }` with a safe-integer amount of minor units. @internal */
export function checkMoney(value: unknown, path: Path, issues: Issues): value is { amount: number; currency: string } {
  // the common case first, without building any path (this runs once per payout line)
  if (isRecord(value) && Number.isSafeInteger(value["amount"]) && isCurrencyCode(value["currency"])) return true;
  if (!checkRecord(value, path, issues)) return false;
  let ok = checkCurrency(value["currency"], [...path, "currency"], issues);
  const amount = value["amount"];
  if (typeof amount !== "number") ok = wrongType(issues, [...path, "amount"], amount, "integer");
  else if (!Number.isSafeInteger(amount)) ok = report(issues, [...path, "amount"], "validation.minor-units", { value: String(amount) });
  return ok;
}

/**
 * Checks for an exact decimal given as a number or a string and returns it, or `undefined`.
 * `nonNegative` adds an issue for values below zero.
 * @internal
 */
export function checkDecimal(value: unknown, path: Path, issues: Issues, opts: { nonNegative?: boolean } = {}): Dec | undefined {
  if (typeof value !== "number" && typeof value !== "string") {
    wrongType(issues, path, value, "decimal");
    return undefined;
  }
  const dec = parseDec(value);
  if (dec === undefined) {
    report(issues, path, "validation.decimal", { value: shown(value) });
    return undefined;
  }
  if (opts.nonNegative === true && dec.coefficient < 0n) {
    report(issues, path, "validation.negative", { value: shown(value) });
    return undefined;
  }
  return dec;
}
