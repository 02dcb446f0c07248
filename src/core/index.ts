/**
 * `team-playbook/core`: calendar dates and periods, exact money and rounding, findings and
 * their messages in English and Chinese, explanations, and validation errors. Every other
 * module stands on these.
 *
 * @module core
 */
export type { CoreExplanationCode, CoreFindingCode, ExplanationCode, FindingCode, MessageCode, ValidationCode } from "./codes.js";
export { LOCALES, isLocale, type Locale } from "./locale.js";
export { ValidationError, isValidationError, type Path, type RawIssue, type ValidationIssue } from "./errors.js";
export { addDays, compareDates, dayOfWeek, daysBetween, isCalendarDate, type CalendarDate } from "./dates.js";
export { formatCalendarDate, type DateStyle } from "./format-date.js";
export { calendarDateOf, compareInstants, instantToEpochMilliseconds, isInstant, type Instant } from "./instants.js";
export {
  PERIOD_KINDS,
  elapsedFraction,
  isWithinPeriod,
  overlapDays,
  periodDays,
  periodOf,
  shiftPeriod,
  type Period,
  type PeriodKind,
  type PeriodOptions,
} from "./periods.js";
export { addWorkingDays, checkWorkCalendar, countWorkingDays, isWorkingDay, type WorkCalendar } from "./work-calendar.js";
export { currencyCodes, currencyExponent, isCurrencyCode, type CurrencyCode } from "./currency.js";
export { isDecimal, normalizeDecimal, type DecimalInput } from "./decimal.js";
export { ROUNDING_MODES, isRoundingMode, type RoundingMode } from "./rounding.js";
export {
  addMoney,
  formatMoney,
  isMoney,
  money,
  moneyFromDecimal,
  moneyToDecimal,
  subtractMoney,
  sumMoney,
  type Money,
} from "./money.js";
export { applyRate } from "./apply-rate.js";
export { allocate } from "./allocate.js";
export { SEVERITIES, formatFinding, type Finding, type FormatOptions, type Severity } from "./findings.js";
export { explainStep, formatExplanation, type Explanation, type ExplanationStep } from "./explain.js";
export { messagesEn } from "./messages/en.js";
export { messagesZhCN } from "./messages/zh-CN.js";
export type { Catalog, CatalogFor, CustomCatalog, MessageParamValue, MessageParams, MessageTemplate } from "./messages/types.js";
export type { ParseOptions, SafeParseResult } from "./_lib/parse.js";
export {
  CalendarDateSchema,
  CurrencyCodeSchema,
  DecimalSchema,
  FindingSchema,
  InstantSchema,
  LocaleSchema,
  MoneySchema,
  NonNegativeDecimalSchema,
  PeriodKindSchema,
  PeriodOptionsSchema,
  PeriodSchema,
  RoundingModeSchema,
  WorkCalendarSchema,
  parseMoney,
  parsePeriod,
  parseWorkCalendar,
  safeParseMoney,
  safeParsePeriod,
  safeParseWorkCalendar,
} from "./schema.js";
