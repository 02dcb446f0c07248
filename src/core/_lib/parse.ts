/**
 * Runs a zod schema and turns its issues into a {@link ValidationError} with our codes and
 * messages, in the locale asked.
 * @internal
 * @module
 */
import type { z } from "zod";
import type { ValidationCode } from "../codes.js";
import { ValidationError, type RawIssue } from "../errors.js";
import { LOCALES, type Locale } from "../locale.js";
import type { MessageParams } from "../messages/types.js";
import { checkEnum, checkOptions, shown, throwIfIssues, typeName, type Issues } from "./check.js";

/**
 * The result of a `safeParseX` function: the parsed data, or the error `parseX` would throw.
 *
 * @example
 * ```ts
 * const result: SafeParseResult<Period> = safeParsePeriod({ start: "2026-10-01", end: "2026-12-31" });
 * if (result.success) result.data.end; //=> "2026-12-31"
 * ```
 * @category Errors
 */
export type SafeParseResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: ValidationError };

/**
 * Options of every `parseX` and `safeParseX` function.
 *
 * @example
 * ```ts
 * parseMoney(input, { locale: "zh-CN" });
 * ```
 * @category Errors
 */
export interface ParseOptions {
  /** Language of the error messages; default `en`. */
  readonly locale?: Locale;
}

const CODES: ReadonlySet<string> = new Set<ValidationCode>([
  "validation.required", "validation.type", "validation.calendar-date", "validation.instant", "validation.time-zone",
  "validation.integer", "validation.minor-units", "validation.number", "validation.range", "validation.length",
  "validation.decimal", "validation.currency", "validation.currency-mismatch", "validation.enum", "validation.empty",
  "validation.period-order", "validation.negative", "validation.all-zero", "validation.too-precise", "validation.overflow",
  "validation.unknown-key", "validation.duplicate", "validation.calendar-conflict", "validation.anchor-order", "validation.date-range", "validation.cycle",
  "validation.weights-total", "validation.exact-total", "validation.one-of", "validation.requires", "validation.same-as", "validation.date-before", "validation.not-found", "validation.invalid",
]);

function toRaw(issue: z.core.$ZodIssue): RawIssue {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return { path, code: "validation.required" };
      if (issue.expected === "int" && typeof input === "number") return { path, code: "validation.integer", params: { value: String(input) } };
      if (issue.expected === "number" && typeof input === "number") return { path, code: "validation.number", params: { value: String(input) } };
      return { path, code: "validation.type", params: { expected: issue.expected === "int" ? "integer" : issue.expected, received: typeName(input) } };
    case "too_small":
    case "too_big": {
      const bound: MessageParams = issue.code === "too_small" ? { min: Number(issue.minimum) } : { max: Number(issue.maximum) };
      if (issue.origin === "array" && issue.code === "too_small" && Number(issue.minimum) === 1) return { path, code: "validation.empty" };
      if (issue.origin === "string" && issue.code === "too_small" && Number(issue.minimum) === 1) return { path, code: "validation.empty" };
      if (issue.origin === "number" || issue.origin === "int") return { path, code: "validation.range", params: { ...bound, value: shown(input) } };
      return { path, code: "validation.length", params: bound };
    }
    case "invalid_value":
      return { path, code: "validation.enum", params: { options: issue.values.map((v) => String(v)), value: shown(input) } };
    case "unrecognized_keys":
      return { path, code: "validation.unknown-key", params: { keys: issue.keys } };
    case "custom": {
      const params = (issue.params ?? {}) as { code?: unknown } & Record<string, unknown>;
      const code = typeof params.code === "string" && CODES.has(params.code) ? (params.code as ValidationCode) : "validation.invalid";
      const rest: Record<string, string | number | readonly (string | number)[]> = {};
      for (const [k, v] of Object.entries(params)) {
        if (k === "code") continue;
        if (typeof v === "string" || typeof v === "number") rest[k] = v;
        // lists such as the options of validation.one-of keep their items
        else if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) rest[k] = v as (string | number)[];
      }
      if ((typeof input === "string" || typeof input === "number") && rest["value"] === undefined) rest["value"] = shown(input);
      return { path, code, params: rest };
    }
    default:
      return { path, code: "validation.invalid" };
  }
}

/**
 * Parses `input` with `schema`; problems become one {@link ValidationError} in the locale.
 * @internal
 */
export function safeParseWith<T>(schema: z.ZodType<T>, input: unknown, opts: ParseOptions | undefined): SafeParseResult<T> {
  // Bad options are the caller's mistake, not the input's: they throw even from safeParse.
  const issues: Issues = [];
  if (checkOptions(opts, ["opts"], issues) && opts?.locale !== undefined) checkEnum(opts.locale, LOCALES, ["opts", "locale"], issues);
  throwIfIssues(issues);
  const locale: Locale = opts?.locale ?? "en";
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  // A rule that runs on every input (see `when` in the module schemas) may find again what the
  // shape check found at the same path: the first word on a path is kept.
  const seen = new Set<string>();
  const raw: RawIssue[] = [];
  for (const issue of result.error.issues.map(toRaw)) {
    const key = JSON.stringify(issue.path);
    if (seen.has(key)) continue;
    seen.add(key);
    raw.push(issue);
  }
  return { success: false, error: new ValidationError(raw, locale) };
}

/**
 * Like {@link safeParseWith} but throws the error.
 * @internal
 */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown, opts: ParseOptions | undefined): T {
  const result = safeParseWith(schema, input, opts);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * The rules a compute function applies, as a zod refinement: spread it into `superRefine`. It
 * runs even when the shape check failed (`when`), so one parse reports every bad path; the
 * check is written for unknown input. @internal
 */
export function rule(check: (value: unknown, issues: Issues) => unknown) {
  return [
    (value: unknown, ctx: z.core.$RefinementCtx) => {
      const issues: Issues = [];
      check(value, issues);
      for (const issue of issues) ctx.addIssue({ code: "custom", path: [...issue.path], params: { code: issue.code, ...(issue.params ?? {}) } });
    },
    { when: () => true },
  ] as const;
}
