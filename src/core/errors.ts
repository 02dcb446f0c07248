import type { ValidationCode } from "./codes.js";
import type { Locale } from "./locale.js";
import type { MessageParams } from "./messages/types.js";
import { formatPath, renderMessage } from "./messages/render.js";

/**
 * Where in an input a problem is: property names and array indexes from the argument down,
 * e.g. `["weights", 2]` or `["money", "amount"]`.
 *
 * @example
 * ```ts
 * const path: Path = ["credits", 0, "amount"];
 * ```
 * @category Errors
 */
export type Path = readonly (string | number)[];

/**
 * One problem found in an input, before its message is written.
 *
 * @example
 * ```ts
 * const raw: RawIssue = { path: ["amount"], code: "validation.minor-units", params: { value: "10.5" } };
 * ```
 * @category Errors
 */
export interface RawIssue {
  readonly path: Path;
  readonly code: ValidationCode;
  readonly params?: MessageParams;
}

/**
 * One problem found in an input, with its message in the error's locale.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   path: ["weights"], code: "validation.empty", message: "Must not be empty.",
 * };
 * ```
 * @category Errors
 */
export interface ValidationIssue extends RawIssue {
  readonly message: string;
}

/**
 * Thrown by every public function for malformed input. It lists every problem at once, each
 * with its path, a stable code and a message in the chosen locale; its own `message` sums
 * them up. Domain conditions (a goal without a target, an overdue 1:1) are findings, never
 * this error.
 *
 * @example
 * ```ts
 * import { allocate, ValidationError } from "team-playbook/core";
 * try {
 *   allocate({ amount: 10.5, currency: "CNY" }, []);
 * } catch (e) {
 *   if (e instanceof ValidationError) {
 *     e.issues.map((i) => i.path.join("."));  //=> ["total.amount", "weights"]
 *     e.inLocale("zh-CN").issues[1]?.message;  //=> "不能为空。"
 *   }
 * }
 * ```
 * @category Errors
 */
export class ValidationError extends Error {
  override readonly name = "ValidationError" as const;
  /** Every problem found, in the order the input was read. */
  readonly issues: readonly ValidationIssue[];
  /** The language of `message` and of each issue's message. */
  readonly locale: Locale;

  constructor(issues: readonly RawIssue[], locale: Locale = "en") {
    const written = issues.map((issue) => writeIssue(issue, locale));
    super(summarize(written, locale));
    this.issues = written;
    this.locale = locale;
  }

  /**
   * The same error with its messages in another locale.
   *
   * @example
   * ```ts
   * error.inLocale("zh-CN").message; //=> "输入有误（共 1 处）：weights：不能为空。"
   * ```
   */
  inLocale(locale: Locale): ValidationError {
    return new ValidationError(
      this.issues.map(({ path, code, params }) => (params === undefined ? { path, code } : { path, code, params })),
      locale,
    );
  }

  /** Plain data for logs and API responses. */
  toJSON(): { name: "ValidationError"; message: string; locale: Locale; issues: readonly ValidationIssue[] } {
    return { name: this.name, message: this.message, locale: this.locale, issues: this.issues };
  }
}

function writeIssue(issue: RawIssue, locale: Locale): ValidationIssue {
  const message = renderMessage(issue.code, issue.params ?? {}, locale);
  return issue.params === undefined
    ? { path: issue.path, code: issue.code, message }
    : { path: issue.path, code: issue.code, params: issue.params, message };
}

function summarize(issues: readonly ValidationIssue[], locale: Locale): string {
  const zh = locale === "zh-CN";
  // each message is a sentence; inside the summary they become clauses of one sentence
  const clause = (i: ValidationIssue) => `${formatPath(i.path, locale)}${zh ? "：" : ": "}${i.message.replace(/[.。]$/u, "")}`;
  const shown = issues.slice(0, 10).map(clause);
  const hidden = issues.length - shown.length;
  if (zh) return `输入有误（共 ${issues.length} 处）：${shown.join("；")}${hidden > 0 ? `；另有 ${hidden} 处` : ""}。`;
  return `Invalid input (${issues.length} ${issues.length === 1 ? "problem" : "problems"}): ${shown.join("; ")}${hidden > 0 ? `; and ${hidden} more` : ""}.`;
}

/**
 * Is `error` a {@link ValidationError}? Also true for one thrown by another copy of the
 * library (two bundles, ESM and CJS), which `instanceof` would miss.
 *
 * @example
 * ```ts
 * try { periodOf("month", "2026-02-30"); } catch (e) { isValidationError(e); } //=> true
 * ```
 * @category Errors
 */
export function isValidationError(error: unknown): error is ValidationError {
  return error instanceof ValidationError || (error instanceof Error && error.name === "ValidationError" && Array.isArray((error as { issues?: unknown }).issues));
}
