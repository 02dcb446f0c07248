/**
 * Explanations: how every computed number shows its derivation.
 * @module
 */
import { checkArray, checkEnum, checkOptions, checkRecord, checkString, throwIfIssues, type Issues } from "./_lib/check.js";
import type { Path } from "./errors.js";
import { LOCALES, type Locale } from "./locale.js";
import { renderMessage } from "./messages/render.js";
import type { CustomCatalog, MessageParams } from "./messages/types.js";

/**
 * One step of a derivation: a stable `code` naming the rule applied, the `inputs` it used, the
 * `formula` in symbols (`amount × rate`), and its `result`. Steps made of smaller steps list
 * them, in order, in `steps` (a payout line made of tier bands, say). Words come from the
 * message catalogues by `code`, with `inputs` and `result` as parameters, so a step reads in
 * English or Chinese without being stored twice.
 *
 * @example
 * ```ts
 * const step: ExplanationStep = {
 *   code: "money.apply-rate",
 *   formula: "round(amount × rate)",
 *   inputs: { amount: { amount: 300, currency: "CNY" }, rate: "0.035", exact: "10.5 (分)", rounding: "half-even" },
 *   result: { amount: 10, currency: "CNY" },
 * };
 * ```
 * @category Explanations
 */
export interface ExplanationStep {
  /** Stable, dotted code of the rule applied; its message describes the step in words. */
  readonly code: string;
  /** The formula in symbols, language-neutral: `Σ w·s / Σ w`, `round(amount × rate)`. */
  readonly formula: string;
  /** The values the step used, by name. */
  readonly inputs: MessageParams;
  /** What the step produced. */
  readonly result: MessageParams[string];
  /** Where in the input the step's subject is, when it has one. */
  readonly path?: Path;
  /** Smaller steps this one is made of, in the order they were applied. */
  readonly steps?: readonly ExplanationStep[];
}

/**
 * The derivation of a computed number: its steps in the order they were applied. Results
 * carry one as `explanation`; it is plain JSON data.
 *
 * @example
 * ```ts
 * const explanation: Explanation = { steps: [step] };
 * ```
 * @category Explanations
 */
export interface Explanation {
  readonly steps: readonly ExplanationStep[];
}

/**
 * Builds a step; `inputs` and `result` are stored as given.
 *
 * @example
 * ```ts
 * explainStep("period.elapsed-fraction", "(asOf − start + 1) / days", { start: "2026-10-01", end: "2026-12-31", asOf: "2026-11-28", elapsed: 59, days: 92 }, 59 / 92);
 * ```
 * @category Explanations
 */
export function explainStep(
  code: string,
  formula: string,
  inputs: MessageParams,
  result: MessageParams[string],
  extra: { readonly path?: Path; readonly steps?: readonly ExplanationStep[] } = {},
): ExplanationStep {
  const issues: Issues = [];
  checkString(code, ["code"], issues, { nonEmpty: true });
  checkString(formula, ["formula"], issues);
  checkRecord(inputs, ["inputs"], issues);
  if (checkOptions(extra, ["extra"], issues)) {
    if (extra?.steps !== undefined) checkSteps(extra.steps, ["extra", "steps"], issues, 0);
    if (extra?.path !== undefined) checkArray(extra.path, ["extra", "path"], issues);
  }
  throwIfIssues(issues);
  return step(code, formula, inputs, result, extra);
}

/**
 * {@link explainStep} without argument checks, for the library's own computations.
 * @internal
 */
export function step(
  code: string,
  formula: string,
  inputs: MessageParams,
  result: MessageParams[string],
  extra: { readonly path?: Path; readonly steps?: readonly ExplanationStep[] } = {},
): ExplanationStep {
  if (extra.path === undefined && extra.steps === undefined) return { code, formula, inputs, result };
  return { code, formula, inputs, result, ...(extra.path === undefined ? {} : { path: extra.path }), ...(extra.steps === undefined ? {} : { steps: extra.steps }) };
}

/**
 * An explanation in words: one line per step, sub-steps indented beneath their step, in `en`
 * or `zh-CN`. Each line is the step's message with its inputs and result filled in.
 *
 * @throws {ValidationError} when `explanation` is not an explanation or the locale is unknown.
 * @example
 * ```ts
 * formatExplanation({ steps: [step] }, "zh-CN");
 * //=> ["¥3.00 × 0.035 = 10.5 (分)，按四舍六入五成双（银行家舍入）取整为 ¥0.10。"]
 * ```
 * @category Explanations
 */
export function formatExplanation(explanation: Explanation, locale: Locale = "en", opts: { readonly catalog?: CustomCatalog } = {}): string[] {
  const issues: Issues = [];
  if (checkRecord(explanation, ["explanation"], issues)) checkSteps(explanation.steps, ["explanation", "steps"], issues, 0);
  checkEnum(locale, LOCALES, ["locale"], issues);
  if (checkOptions(opts, ["opts"], issues) && opts?.catalog !== undefined) checkRecord(opts.catalog, ["opts", "catalog"], issues);
  throwIfIssues(issues);
  const lines: string[] = [];
  const walk = (steps: readonly ExplanationStep[], depth: number): void => {
    for (const step of steps) {
      lines.push("  ".repeat(depth) + renderMessage(step.code, { ...step.inputs, result: step.result }, locale, opts?.catalog));
      if (step.steps !== undefined) walk(step.steps, depth + 1);
    }
  };
  walk(explanation.steps, 0);
  return lines;
}

const MAX_DEPTH = 32;

function checkSteps(steps: unknown, path: Path, issues: Issues, depth: number): void {
  if (!checkArray(steps, path, issues)) return;
  if (depth > MAX_DEPTH) {
    issues.push({ path, code: "validation.range", params: { max: MAX_DEPTH, value: depth } });
    return;
  }
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (!checkRecord(step, [...path, i], issues)) continue;
    checkString(step["code"], [...path, i, "code"], issues, { nonEmpty: true });
    checkRecord(step["inputs"], [...path, i, "inputs"], issues);
    if (step["steps"] !== undefined) checkSteps(step["steps"], [...path, i, "steps"], issues, depth + 1);
  }
}
