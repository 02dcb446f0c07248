import { goalsMessagesEn } from "../../goals/messages/en.js";
import { expectationsMessagesEn } from "../../expectations/messages/en.js";
import { performanceMessagesEn } from "../../performance/messages/en.js";
import { incentivesMessagesEn } from "../../incentives/messages/en.js";
import { recognitionMessagesEn } from "../../recognition/messages/en.js";
import { feedbackMessagesEn } from "../../feedback/messages/en.js";
import { meetingsMessagesEn } from "../../meetings/messages/en.js";
import { conflictsMessagesEn } from "../../conflicts/messages/en.js";
import { developmentMessagesEn } from "../../development/messages/en.js";
import { cultureMessagesEn } from "../../culture/messages/en.js";
import { collaborationMessagesEn } from "../../collaboration/messages/en.js";
import { wellbeingMessagesEn } from "../../wellbeing/messages/en.js";
import { ROUNDING_NAMES_EN } from "./rounding-names.js";
import type { Catalog, MessageParams } from "./types.js";

const TYPE_NAMES: Record<string, string> = {
  object: "an object",
  array: "a list",
  string: "text",
  number: "a number",
  integer: "a whole number",
  decimal: "a decimal number or decimal text",
  date: "a date (YYYY-MM-DD)",
  instant: "a date and time with an offset",
  boolean: "true or false",
  null: "null",
  undefined: "nothing",
  NaN: "NaN",
  bigint: "a bigint",
  function: "a function",
  symbol: "a symbol",
};

const ROUNDING_NAMES = ROUNDING_NAMES_EN;

const typeName = (name: unknown): string => TYPE_NAMES[String(name)] ?? String(name);

function range(p: MessageParams, text: (name: string) => string, what: string): string {
  const min = p["min"] === undefined ? undefined : text("min");
  const max = p["max"] === undefined ? undefined : text("max");
  const got = p["value"] === undefined ? "" : `, got ${text("value")}`;
  if (min !== undefined && max !== undefined) return `${what} be between ${min} and ${max}${got}.`;
  if (min !== undefined) return `${what} be at least ${min}${got}.`;
  return `${what} be at most ${max}${got}.`;
}

/**
 * English messages for every code.
 *
 * @example
 * ```ts
 * typeof messagesEn["validation.required"]; //=> "string"
 * ```
 * @category Messages
 */
export const messagesEn = Object.freeze({
  "validation.required": "This value is required.",
  "validation.type": (p) => `Expected ${typeName(p["expected"])}, got ${typeName(p["received"])}.`,
  "validation.calendar-date": "“{value}” is not a calendar date: write YYYY-MM-DD with a day that exists.",
  "validation.instant": "“{value}” is not a point in time: write ISO 8601 with an offset, such as 2026-11-28T09:30:00+08:00.",
  "validation.time-zone": "“{value}” is not an IANA time zone such as Asia/Shanghai.",
  "validation.integer": "Must be a whole number within ±9,007,199,254,740,991, got {value}.",
  "validation.minor-units": "Must be a whole number of minor units (cents, 分), got {value}.",
  "validation.number": "Must be a finite number, got {value}.",
  "validation.range": (p, text) => range(p, text, "Must"),
  "validation.length": (p, text) => range(p, text, "Length must"),
  "validation.decimal": "“{value}” is not an exact decimal (digits with an optional point, at most 30 decimal places).",
  "validation.currency": "“{value}” is not an ISO 4217 currency code such as CNY or USD.",
  "validation.currency-mismatch": "Currency {received} does not match {expected}.",
  "validation.enum": "Must be one of {options}, got “{value}”.",
  "validation.empty": "Must not be empty.",
  "validation.period-order": "The period ends ({end}) before it starts ({start}).",
  "validation.negative": "Must not be negative, got {value}.",
  "validation.all-zero": "At least one weight must be above zero.",
  "validation.too-precise": "“{value}” has more decimal places than {currency} allows ({exponent}); pass a rounding mode to round it.",
  "validation.overflow": "The result is too large to represent exactly.",
  "validation.unknown-key": "Unknown field(s): {keys}.",
  "validation.duplicate": "“{value}” appears more than once.",
  "validation.calendar-conflict": "{date} is listed both as a holiday and as an extra working day.",
  "validation.anchor-order": (p, text) =>
    p["direction"] === "score"
      ? `Scores must not fall along the curve: ${text("value")} is below the previous anchor's ${text("previous")}.`
      : p["direction"] === "bands"
        ? `Bands must start in rising order: ${text("value")} is not above the previous band's ${text("previous")}.`
        : `Anchors must run threshold → target → stretch, each ${p["direction"] === "lower-is-better" ? "lower" : "higher"} than the one before: ${text("value")} is not ${p["direction"] === "lower-is-better" ? "below" : "above"} ${text("previous")}.`,
  "validation.date-range": "The result falls outside the years 0001–9999.",
  "validation.cycle": "“{value}” is its own ancestor: the parent links form a loop.",
  "validation.weights-total": "The weights must add up to {expected} (after rounding to 2 decimals), but they add up to {value}.",
  "validation.exact-total": "These must add up to exactly {expected}; they add up to {value}.",
  "validation.one-of": "Give exactly one of {options}.",
  "validation.requires": "This needs {requires} to be set as well.",
  "validation.date-before": (p, text) => `${text("value")} is before ${p["field"] === "date" ? "the date" : text("field")} (${text("limit")}); it cannot be.`,
  "validation.same-as": "This must not be the same as {other} (“{value}”).",
  "validation.not-found": "There is no record with id “{value}”.",
  "validation.invalid": "This value is not valid.",
  "calendar.year-not-covered":
    "The work calendar lists no holidays or extra working days in {year}; add that year's official schedule before relying on working-day counts.",
  "calendar.holiday-on-weekend": "Holiday {date} falls on a weekend day already, so it changes no working-day count.",
  "calendar.extra-working-day-on-weekday": "Extra working day {date} is a weekday already; check whether another date was meant.",
  "money.apply-rate": (p, text) =>
    `${text("amount")} × ${text("rate")} = ${text("exact")}, rounded ${ROUNDING_NAMES[String(p["rounding"])] ?? String(p["rounding"])} to ${text("result")}.`,
  "money.allocate": "{total} split by weights {weights} by largest remainder: {parts}.",
  "period.elapsed-fraction": "By {asOf}, {elapsed} of the {days} days from {start} to {end} have passed: {result}.",
  ...goalsMessagesEn,
  ...expectationsMessagesEn,
  ...performanceMessagesEn,
  ...incentivesMessagesEn,
  ...recognitionMessagesEn,
  ...feedbackMessagesEn,
  ...meetingsMessagesEn,
  ...conflictsMessagesEn,
  ...developmentMessagesEn,
  ...cultureMessagesEn,
  ...collaborationMessagesEn,
  ...wellbeingMessagesEn,
} satisfies Catalog);
