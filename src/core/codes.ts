/**
 * The closed unions of stable codes that name every validation problem, finding and
 * explanation step. Codes are dotted, lower-case and never change meaning once released;
 * the text for each lives in the message catalogues (`messages/en.ts`, `messages/zh-CN.ts`),
 * where a missing entry is a compile error.
 * @module
 */
import type { ExpectationFindingCode } from "../expectations/codes.js";
import type { FeedbackExplanationCode, FeedbackFindingCode } from "../feedback/codes.js";
import type { MeetingExplanationCode, MeetingFindingCode } from "../meetings/codes.js";
import type { ConflictExplanationCode, ConflictFindingCode } from "../conflicts/codes.js";
import type { DevelopmentExplanationCode, DevelopmentFindingCode } from "../development/codes.js";
import type { CultureExplanationCode, CultureFindingCode } from "../culture/codes.js";
import type { CollaborationExplanationCode, CollaborationFindingCode } from "../collaboration/codes.js";
import type { WellbeingExplanationCode, WellbeingFindingCode } from "../wellbeing/codes.js";
import type { GoalExplanationCode, GoalFindingCode } from "../goals/codes.js";
import type { IncentiveExplanationCode, IncentiveFindingCode } from "../incentives/codes.js";
import type { PerformanceExplanationCode, PerformanceFindingCode } from "../performance/codes.js";
import type { RecognitionExplanationCode, RecognitionFindingCode } from "../recognition/codes.js";

/**
 * Why an input was rejected. Each {@link ValidationIssue} carries one of these.
 *
 * @example
 * ```ts
 * const code: ValidationCode = "validation.calendar-date";
 * ```
 * @category Errors
 */
export type ValidationCode =
  | "validation.required"
  | "validation.type"
  | "validation.calendar-date"
  | "validation.instant"
  | "validation.time-zone"
  | "validation.integer"
  | "validation.minor-units"
  | "validation.number"
  | "validation.range"
  | "validation.length"
  | "validation.decimal"
  | "validation.currency"
  | "validation.currency-mismatch"
  | "validation.enum"
  | "validation.empty"
  | "validation.period-order"
  | "validation.negative"
  | "validation.all-zero"
  | "validation.too-precise"
  | "validation.overflow"
  | "validation.unknown-key"
  | "validation.duplicate"
  | "validation.calendar-conflict"
  | "validation.anchor-order"
  | "validation.date-range"
  | "validation.cycle"
  | "validation.weights-total"
  | "validation.exact-total"
  | "validation.one-of"
  | "validation.requires"
  | "validation.same-as"
  | "validation.date-before"
  | "validation.not-found"
  | "validation.invalid";

/**
 * Findings raised by the core module's own checks (see {@link checkWorkCalendar}).
 *
 * @example
 * ```ts
 * const code: CoreFindingCode = "calendar.year-not-covered";
 * ```
 * @category Findings
 */
export type CoreFindingCode =
  | "calendar.year-not-covered"
  | "calendar.holiday-on-weekend"
  | "calendar.extra-working-day-on-weekday";

/**
 * Every finding code of the library. Each module adds its own union here as it lands.
 *
 * @example
 * ```ts
 * const code: FindingCode = "calendar.holiday-on-weekend";
 * ```
 * @category Findings
 */
export type FindingCode =
  | CoreFindingCode
  | GoalFindingCode
  | ExpectationFindingCode
  | PerformanceFindingCode
  | IncentiveFindingCode
  | RecognitionFindingCode
  | FeedbackFindingCode
  | MeetingFindingCode
  | ConflictFindingCode
  | DevelopmentFindingCode
  | CultureFindingCode
  | CollaborationFindingCode
  | WellbeingFindingCode;

/**
 * Codes of explanation steps defined by the core module; modules that compute numbers add
 * their own.
 *
 * @example
 * ```ts
 * const code: ExplanationCode = "money.apply-rate";
 * ```
 * @category Explanations
 */
export type ExplanationCode =
  | CoreExplanationCode
  | GoalExplanationCode
  | PerformanceExplanationCode
  | IncentiveExplanationCode
  | RecognitionExplanationCode
  | FeedbackExplanationCode
  | MeetingExplanationCode
  | ConflictExplanationCode
  | DevelopmentExplanationCode
  | CultureExplanationCode
  | CollaborationExplanationCode
  | WellbeingExplanationCode;

/**
 * Codes of the explanation steps the core module defines.
 *
 * @example
 * ```ts
 * const code: CoreExplanationCode = "money.allocate";
 * ```
 * @category Explanations
 */
export type CoreExplanationCode = "money.apply-rate" | "money.allocate" | "period.elapsed-fraction";

/**
 * Every code that has a message in the catalogues.
 *
 * @example
 * ```ts
 * const codes: MessageCode[] = ["validation.required", "calendar.holiday-on-weekend", "money.apply-rate"];
 * ```
 * @category Messages
 */
export type MessageCode = ValidationCode | FindingCode | ExplanationCode;
