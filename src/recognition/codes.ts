/**
 * Codes of the recognition module's findings and explanation steps.
 * @module
 */

/**
 * Every finding the recognition module raises.
 *
 * - `recognition.kudos.no-value`: a kudos names none of the team's values (warning);
 * - `recognition.kudos.unknown-value`: a value tag the team has not declared (warning);
 * - `recognition.kudos.generic`: the message is only generic praise such as “great job” or “辛苦了” (warning);
 * - `recognition.kudos.too-short`: the message is too short to say what was done (warning);
 * - `recognition.kudos.self-praise`: the author is among the recipients (error);
 * - `recognition.coverage.none-in-window`: a member has had no public recognition within the window (warning).
 *
 * @example
 * ```ts
 * const code: RecognitionFindingCode = "recognition.coverage.none-in-window";
 * ```
 * @category Recognition
 */
export type RecognitionFindingCode =
  | "recognition.kudos.no-value"
  | "recognition.kudos.unknown-value"
  | "recognition.kudos.generic"
  | "recognition.kudos.too-short"
  | "recognition.kudos.self-praise"
  | "recognition.coverage.none-in-window";

/**
 * Codes of the steps in recognition explanations (why a badge was awarded).
 *
 * @example
 * ```ts
 * const code: RecognitionExplanationCode = "recognition.badge.count";
 * ```
 * @category Recognition
 */
export type RecognitionExplanationCode =
  | "recognition.badge.count"
  | "recognition.badge.streak"
  | "recognition.badge.all"
  | "recognition.badge.earned";
