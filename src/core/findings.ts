/**
 * Findings: what a check noticed, as data with a stable code, rendered into words only when
 * asked, in the locale asked.
 * @module
 */
import { checkEnum, checkOptions, checkRecord, checkString, throwIfIssues, type Issues } from "./_lib/check.js";
import type { FindingCode } from "./codes.js";
import type { Path } from "./errors.js";
import { isLocale, LOCALES, type Locale } from "./locale.js";
import { renderMessage } from "./messages/render.js";
import type { CustomCatalog, MessageParams } from "./messages/types.js";

/**
 * How much a finding matters: `error` blocks or breaks a rule, `warning` needs a manager's
 * attention, `info` is worth knowing.
 *
 * @example
 * ```ts
 * const severity: Severity = "warning";
 * ```
 * @category Findings
 */
export type Severity = "error" | "warning" | "info";

/**
 * Every severity, most serious first.
 *
 * @example
 * ```ts
 * SEVERITIES[0]; //=> "error"
 * ```
 * @category Findings
 */
export const SEVERITIES: readonly Severity[] = Object.freeze(["error", "warning", "info"]);

/**
 * What a check noticed: a stable dotted `code` (`smart.measurable.no-target`), how much it
 * matters, where (`path`, into the checked value) and the values its message needs
 * (`params`). It is plain data; {@link formatFinding} writes it in English or Chinese.
 *
 * @typeParam C - the closed union of codes a module can raise
 * @example
 * ```ts
 * const finding: Finding = {
 *   code: "calendar.holiday-on-weekend", severity: "info", path: ["holidays", 3], params: { date: "2026-10-03" },
 * };
 * ```
 * @category Findings
 */
export interface Finding<C extends string = FindingCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly path?: Path;
  readonly params?: MessageParams;
}

/**
 * Options of {@link formatFinding}.
 *
 * @example
 * ```ts
 * const opts: FormatOptions = { catalog: { "calendar.holiday-on-weekend": "{date}：周末放假，无需调整" } };
 * ```
 * @category Findings
 */
export interface FormatOptions {
  /** The app's own messages by code; they win over the built-in ones. */
  readonly catalog?: CustomCatalog;
}

/**
 * A finding in words, in `en` (the default) or `zh-CN`. The message comes from the app's
 * catalogue when it has the code, else from the built-in catalogue of the locale; a code no
 * catalogue knows (data from a newer version) is returned as the bare code.
 *
 * @throws {ValidationError} when `finding` has no string code or a bad severity, or the locale
 * is unknown.
 * @example
 * ```ts
 * const f = { code: "calendar.year-not-covered", severity: "warning", params: { year: 2027 } } as const;
 * formatFinding(f, "zh-CN");
 * //=> "工作日历里还没有 2027 年的节假日和调休安排。请先按当年的官方放假通知补上，再用它计算工作日。"
 * ```
 * @category Findings
 */
export function formatFinding(finding: Finding<string>, locale: Locale = "en", opts: FormatOptions = {}): string {
  const issues: Issues = [];
  if (checkRecord(finding, ["finding"], issues)) {
    checkString(finding.code, ["finding", "code"], issues, { nonEmpty: true });
    checkEnum(finding.severity, SEVERITIES, ["finding", "severity"], issues);
    if (finding.params !== undefined) checkRecord(finding.params, ["finding", "params"], issues);
  }
  if (!isLocale(locale)) checkEnum(locale, LOCALES, ["locale"], issues);
  if (checkOptions(opts, ["opts"], issues) && opts?.catalog !== undefined) checkRecord(opts.catalog, ["opts", "catalog"], issues);
  throwIfIssues(issues);
  return renderMessage(finding.code, finding.params ?? {}, locale, opts?.catalog);
}
