/**
 * Codes of the wellbeing module's findings.
 * @module
 */

/**
 * Every finding the wellbeing module raises.
 *
 * | code | raised by | severity |
 * | --- | --- | --- |
 * | `wellbeing.hours.long` | {@link burnoutSignals}: mean weekly hours over the limit | warning |
 * | `wellbeing.hours.after-hours` | after-hours share of hours over the limit | warning |
 * | `wellbeing.leave.none-recently` | no leave for `noLeaveMonths` months | warning |
 * | `wellbeing.leave.unused` | leave earned so far this leave year and not taken | info |
 * | `wellbeing.load.over-capacity` | load above capacity | warning |
 * | `wellbeing.pulse.exhaustion-high` | exhaustion subscale at or above its threshold | warning |
 * | `wellbeing.pulse.cynicism-high` | cynicism subscale at or above its threshold | warning |
 * | `wellbeing.pulse.efficacy-low` | efficacy subscale at or below its threshold | warning |
 * | `wellbeing.pulse.stale` | the latest pulse is too old to raise signals | info |
 * | `wellbeing.challenge.too-easy` | {@link challengeBalance}: every result met | info |
 * | `wellbeing.challenge.too-hard` | no result met | warning |
 *
 * @example
 * ```ts
 * const code: WellbeingFindingCode = "wellbeing.pulse.exhaustion-high";
 * ```
 * @category Wellbeing
 */
export type WellbeingFindingCode =
  | "wellbeing.hours.long"
  | "wellbeing.hours.after-hours"
  | "wellbeing.leave.none-recently"
  | "wellbeing.leave.unused"
  | "wellbeing.load.over-capacity"
  | "wellbeing.pulse.exhaustion-high"
  | "wellbeing.pulse.cynicism-high"
  | "wellbeing.pulse.efficacy-low"
  | "wellbeing.pulse.stale"
  | "wellbeing.challenge.too-easy"
  | "wellbeing.challenge.too-hard";

/**
 * Codes of the steps in wellbeing explanations (none: the numbers are carried by the findings).
 *
 * @example
 * ```ts
 * const codes: WellbeingExplanationCode[] = [];
 * ```
 * @category Wellbeing
 */
export type WellbeingExplanationCode = never;
