/**
 * A statement written out for the person paid, in Markdown or plain text, English or Chinese.
 * @module
 */
import { checkArray, checkCurrency, checkEnum, checkInteger, checkNumber, checkOptions, checkRecord, checkString, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { parseDec } from "../core/_lib/decimal.js";
import { fxText } from "../core/_lib/fixed.js";
import { divideRoundedBig } from "../core/rounding.js";
import { checkPeriod } from "../core/periods.js";
import { currencyExponent } from "../core/currency.js";
import { formatExplanation } from "../core/explain.js";
import { LOCALES, type Locale } from "../core/locale.js";
import { formatMinor } from "../core/money.js";
import type { CustomCatalog } from "../core/messages/types.js";
import type { PayoutLineKind, PayoutStatement } from "./types.js";

/**
 * Options of {@link renderStatement}.
 *
 * @example
 * ```ts
 * const opts: RenderStatementOptions = { format: "text", locale: "zh-CN", payeeName: "张伟" };
 * ```
 * @category Incentives
 */
export interface RenderStatementOptions {
  /** Default `markdown`. */
  readonly format?: "markdown" | "text";
  /** Default `en`. */
  readonly locale?: Locale;
  /** The name to print instead of the payee id. */
  readonly payeeName?: string;
  /** Your own wording for any message code. */
  readonly catalog?: CustomCatalog;
}

const KIND_NAMES: Record<Locale, Record<PayoutLineKind, string>> = {
  en: {
    commission: "commission",
    bonus: "bonus",
    spif: "SPIF",
    clawback: "clawback",
    "cap-carry": "cap excess carried in",
    cap: "over the period cap",
    deficit: "negative earnings to balance",
    draw: "draw",
    recovery: "recovered balance",
  },
  "zh-CN": {
    commission: "提成",
    bonus: "奖金",
    spif: "专项奖励",
    clawback: "追回",
    "cap-carry": "上期封顶顺延",
    cap: "超出封顶",
    deficit: "负收入转入待扣回",
    draw: "预支/保底",
    recovery: "扣回欠款",
  },
};

const WORDS = {
  en: {
    title: "Commission statement",
    plan: "Plan",
    period: "Period",
    quota: "Quota",
    credited: "Revenue credited",
    attainment: "Attainment",
    none: "none",
    lines: "Lines",
    line: "Line",
    kind: "Kind",
    amount: "Amount",
    earnings: "Earnings",
    paid: "Paid",
    how: "How each line was computed",
    carry: "Carried to the next period",
    owed: "Balance owed",
    excess: "Cap excess to pay later",
    summary: "Summary",
  },
  "zh-CN": {
    title: "提成结算单",
    plan: "方案",
    period: "期间",
    quota: "指标",
    credited: "计入业绩",
    attainment: "完成率",
    none: "无",
    lines: "明细",
    line: "项目",
    kind: "类别",
    amount: "金额",
    earnings: "本期收入",
    paid: "实发",
    how: "计算过程",
    carry: "结转下期",
    owed: "待扣回余额",
    excess: "待发的封顶超额",
    summary: "汇总",
  },
} as const;

const LINE_KINDS: readonly PayoutLineKind[] = ["commission", "bonus", "spif", "clawback", "cap-carry", "cap", "deficit", "draw", "recovery"];

function checkStatementShape(statement: unknown, issues: Issues): statement is PayoutStatement {
  if (!checkRecord(statement, ["statement"], issues)) return false;
  const before = issues.length;
  const at = (...rest: (string | number)[]) => ["statement", ...rest];
  checkString(statement["payeeId"], at("payeeId"), issues);
  checkString(statement["planId"], at("planId"), issues);
  checkCurrency(statement["currency"], at("currency"), issues);
  checkPeriod(statement["period"], at("period"), issues);
  checkInteger(statement["net"], at("net"), issues);
  checkInteger(statement["earnings"], at("earnings"), issues);
  if (statement["quota"] !== null) checkInteger(statement["quota"], at("quota"), issues);
  if (statement["attainment"] !== null) checkNumber(statement["attainment"], at("attainment"), issues);
  if (checkString(statement["credited"], at("credited"), issues) && parseDec(statement["credited"]) === undefined) {
    issues.push({ path: at("credited"), code: "validation.decimal", params: { value: String(statement["credited"]).slice(0, 40) } });
  }
  if (checkRecord(statement["carry"], at("carry"), issues)) {
    checkInteger(statement["carry"]["drawBalance"], at("carry", "drawBalance"), issues);
    checkInteger(statement["carry"]["capExcess"], at("carry", "capExcess"), issues);
  }
  checkRecord(statement["explanation"], at("explanation"), issues);
  if (checkArray(statement["lines"], at("lines"), issues)) {
    const lines = statement["lines"];
    for (let i = 0; i < lines.length; i++) {
      const l: unknown = lines[i];
      if (!checkRecord(l, at("lines", i), issues)) continue;
      checkString(l["componentId"], at("lines", i, "componentId"), issues);
      checkEnum(l["kind"], LINE_KINDS, at("lines", i, "kind"), issues);
      checkInteger(l["amount"], at("lines", i, "amount"), issues);
      checkRecord(l["explanation"], at("lines", i, "explanation"), issues);
    }
  }
  return issues.length === before;
}

/** `credited ÷ quota` as a percentage with two decimals, from the exact amounts (half-even). */
function percentOf(credited: string, quota: number): string {
  const d = parseDec(credited)!;
  const hundredths = divideRoundedBig(d.coefficient * 10000n, BigInt(quota) * 10n ** BigInt(d.scale), "half-even");
  const negative = hundredths < 0n;
  const digits = (negative ? -hundredths : hundredths).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}%`;
}

/** Exact minor units as major-unit text: "143457.1" CNY → "1434.571". */
function majorText(minor: string, currency: string): string {
  const d = parseDec(minor)!;
  return fxText({ c: d.coefficient, s: d.scale + (currencyExponent(currency) ?? 2) });
}

/**
 * A statement written out for the person paid: quota and attainment, one row per line, what
 * is paid, every line's derivation step by step, and what carries to the next period. The
 * words come from the same catalogues as every message, so `catalog` can reword any step.
 *
 * @throws {ValidationError} when `statement` is not a statement or an option is unknown.
 * @example
 * ```ts
 * const text = renderStatement(statement, { format: "markdown", locale: "zh-CN", payeeName: "张伟" });
 * text.startsWith("# 提成结算单 — 张伟"); //=> true
 * ```
 * @category Incentives
 */
export function renderStatement(statement: PayoutStatement, opts: RenderStatementOptions = {}): string {
  const issues: Issues = [];
  checkStatementShape(statement, issues);
  if (checkOptions(opts, ["opts"], issues)) {
    if (opts?.format !== undefined) checkEnum(opts.format, ["markdown", "text"] as const, ["opts", "format"], issues);
    if (opts?.locale !== undefined) checkEnum(opts.locale, LOCALES, ["opts", "locale"], issues);
    if (opts?.payeeName !== undefined) checkString(opts.payeeName, ["opts", "payeeName"], issues);
    if (opts?.catalog !== undefined) checkRecord(opts.catalog, ["opts", "catalog"], issues);
  }
  throwIfIssues(issues);
  const locale = opts?.locale ?? "en";
  const md = (opts?.format ?? "markdown") === "markdown";
  const w = WORDS[locale];
  const kinds = KIND_NAMES[locale];
  const m = (amount: number): string => formatMinor(amount, statement.currency, locale);
  const explain = (e: PayoutStatement["explanation"]): string[] => formatExplanation(e, locale, opts?.catalog === undefined ? {} : { catalog: opts.catalog });
  const sep = locale === "zh-CN" ? "：" : ": ";
  const name = opts?.payeeName ?? statement.payeeId;
  const out: string[] = [];
  const attainment = statement.attainment === null || statement.quota === null || statement.quota === 0 ? w.none : percentOf(statement.credited, statement.quota);
  const credited = Number(statement.credited);
  const facts: [string, string][] = [
    [w.plan, statement.planId],
    [w.period, `${statement.period.start} – ${statement.period.end}`],
    [w.quota, statement.quota === null ? w.none : m(statement.quota)],
    [w.credited, Number.isSafeInteger(credited) ? m(credited) : `${majorText(statement.credited, statement.currency)} ${statement.currency}`],
    [w.attainment, attainment],
  ];
  if (md) {
    out.push(`# ${w.title} — ${name}`, "");
    for (const [k, v] of facts) out.push(`- **${k}**${sep}${v}`);
    out.push("", `## ${w.lines}`, "", `| # | ${w.line} | ${w.kind} | ${w.amount} |`, "|---:|---|---|---:|");
    statement.lines.forEach((l, i) => out.push(`| ${i + 1} | ${l.componentId}${l.creditId === undefined ? "" : ` (${l.creditId})`} | ${kinds[l.kind] ?? l.kind} | ${m(l.amount)} |`));
    out.push(`| | **${w.paid}** | | **${m(statement.net)}** |`, "", `## ${w.how}`, "");
    statement.lines.forEach((l, i) => {
      out.push(`### ${i + 1}. ${l.componentId} — ${m(l.amount)}`, "");
      for (const text of explain(l.explanation)) {
        const depth = text.length - text.trimStart().length;
        out.push(`${"  ".repeat(depth / 2)}- ${text.trimStart()}`);
      }
      out.push("");
    });
    out.push(`## ${w.summary}`, "");
    for (const text of explain(statement.explanation)) out.push(`- ${text}`);
    out.push("", `## ${w.carry}`, "", `- ${w.owed}${sep}${m(statement.carry.drawBalance)}`, `- ${w.excess}${sep}${m(statement.carry.capExcess)}`);
  } else {
    out.push(`${w.title} — ${name}`, "");
    for (const [k, v] of facts) out.push(`${k}${sep}${v}`);
    out.push("", w.lines);
    statement.lines.forEach((l, i) => out.push(`  ${i + 1}. ${l.componentId}${l.creditId === undefined ? "" : ` (${l.creditId})`} · ${kinds[l.kind] ?? l.kind}${sep}${m(l.amount)}`));
    out.push(`  ${w.paid}${sep}${m(statement.net)}`, "", w.how);
    statement.lines.forEach((l, i) => {
      out.push(`  ${i + 1}. ${l.componentId}`);
      for (const text of explain(l.explanation)) out.push(`     ${text}`);
    });
    out.push("", w.summary);
    for (const text of explain(statement.explanation)) out.push(`  ${text}`);
    out.push("", w.carry, `  ${w.owed}${sep}${m(statement.carry.drawBalance)}`, `  ${w.excess}${sep}${m(statement.carry.capExcess)}`);
  }
  return `${out.join("\n")}\n`;
}
