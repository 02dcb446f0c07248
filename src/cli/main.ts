/**
 * The `team-playbook` command. The only place in the package that reads files, the
 * environment or the clock; everything it prints comes from the library's pure functions.
 * @internal
 * @module
 */
import { readFileSync } from "node:fs";
import {
  calendarDateOf,
  formatCalendarDate,
  formatFinding,
  isCalendarDate,
  isLocale,
  isValidationError,
  periodOf,
  PERIOD_KINDS,
  type Locale,
  type PeriodKind,
} from "../core/index.js";
import { checkSmartAll, goalProgress, rollUpProgress } from "../goals/index.js";
import { scoreScorecards, suggestImprovements } from "../performance/index.js";
import { parseWith } from "../core/_lib/parse.js";
import sample from "../../examples/sample-team.json" with { type: "json" };
import { RosterSchema, type Roster } from "./roster.js";

interface Args {
  readonly file?: string;
  readonly asOf?: string;
  readonly locale: Locale;
  readonly json: boolean;
  readonly help: boolean;
}

const USAGE = `Usage: team-playbook [FILE] [--as-of YYYY-MM-DD] [--locale en|zh-CN] [--json]

Reads a team snapshot (JSON; the embedded sample team when FILE is left out), checks it, and
prints the team, its members, the current periods of its calendar, its goals (SMART checks,
progress and status, rolled up the goal tree) and its scorecards.

  FILE            a team snapshot in JSON
  --as-of DATE    the day to report on (default: today in the team's time zone)
  --locale L      en or zh-CN (default: from LANG, else en)
  --json          print JSON instead of text
  -h, --help      this help`;

function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Args | string {
  let file: string | undefined;
  let asOf: string | undefined;
  let locale: Locale = /^zh/i.test(env["LC_ALL"] ?? env["LANG"] ?? "") ? "zh-CN" : "en";
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-h" || arg === "--help") help = true;
    else if (arg === "--json") json = true;
    else if (arg === "--as-of") {
      const value = argv[++i];
      if (value === undefined || !isCalendarDate(value)) return `--as-of needs a calendar date (YYYY-MM-DD), got ${value ?? "nothing"}`;
      asOf = value;
    } else if (arg === "--locale") {
      const value = argv[++i];
      if (!isLocale(value)) return `--locale needs en or zh-CN, got ${value ?? "nothing"}`;
      locale = value;
    } else if (arg.startsWith("-")) return `unknown option ${arg}`;
    else if (file === undefined) file = arg;
    else return `only one FILE may be given`;
  }
  return { ...(file === undefined ? {} : { file }), ...(asOf === undefined ? {} : { asOf }), locale, json, help };
}

const KIND_NAMES: Record<Locale, Record<PeriodKind, string>> = {
  en: { week: "Week", month: "Month", quarter: "Quarter", half: "Half-year", year: "Year" },
  "zh-CN": { week: "本周", month: "本月", quarter: "本季度", half: "本半年", year: "本年度" },
};

/** Everything the report shows, computed by the library's pure functions. */
function analyse(roster: Roster, asOf: string) {
  const { team } = roster;
  const periods = Object.fromEntries(PERIOD_KINDS.map((k) => [k, periodOf(k, asOf, { fiscalYearStartMonth: team.fiscalYearStartMonth, weekStartsOn: team.weekStartsOn })]));
  const smart = checkSmartAll(roster.goals, { asOf });
  const progress = roster.goals.map((g) => goalProgress(g, roster.checkIns[g.id] ?? [], asOf));
  const leaves: Record<string, number> = {};
  roster.goals.forEach((g, i) => {
    const p = progress[i]!.progress;
    if (p !== null) leaves[g.id] = p;
  });
  const rolledUp = rollUpProgress(roster.goals, leaves);
  // A parent goal without check-ins of its own stands where its children stand: its progress is
  // the roll-up, read as a check-in on the day of the report, so its status follows the same rule.
  const parents = new Set(roster.goals.map((g) => g.parentId));
  roster.goals.forEach((g, i) => {
    const r = rolledUp[g.id];
    const m = g.metric;
    if (!parents.has(g.id) || (roster.checkIns[g.id]?.length ?? 0) > 0 || r === undefined || m?.target === undefined) return;
    const base = m.baseline ?? 0;
    progress[i] = goalProgress(g, [{ date: asOf, value: base + r * (m.target - base) }], asOf);
  });
  const memberIds = Object.keys(roster.actuals);
  const scorecards = roster.scorecard === undefined ? [] : scoreScorecards(roster.scorecard, memberIds.map((id) => roster.actuals[id]!));
  return {
    periods,
    goals: roster.goals.map((g, i) => ({ goal: g, smart: smart[i]!, progress: progress[i]!, rolledUp: rolledUp[g.id] ?? null })),
    scorecards: scorecards.map((result, i) => ({ memberId: memberIds[i]!, result, suggestions: suggestImprovements(result, { limit: 1 }) })),
  };
}

const STATUS: Record<Locale, Record<string, string>> = {
  en: { "not-started": "not started", "on-track": "on track", "at-risk": "at risk", "off-track": "off track", achieved: "achieved", missed: "missed", unknown: "unknown" },
  "zh-CN": { "not-started": "未开始", "on-track": "进度正常", "at-risk": "有风险", "off-track": "明显落后", achieved: "已达成", missed: "未达成", unknown: "无法判断" },
};

const percent = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

function render(roster: Roster, asOf: string, locale: Locale): string {
  const zh = locale === "zh-CN";
  const { team, members } = roster;
  const report = analyse(roster, asOf);
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  const lines: string[] = [];
  lines.push(zh ? `团队：${team.name}（${members.length} 人）` : `Team: ${team.name} (${members.length} members)`);
  lines.push(zh ? `日期：${formatCalendarDate(asOf, locale, "long")}` : `As of: ${formatCalendarDate(asOf, locale, "long")}`);
  lines.push("");
  lines.push(zh ? "当前周期：" : "Current periods:");
  for (const kind of PERIOD_KINDS) {
    const p = report.periods[kind]!;
    lines.push(`  ${KIND_NAMES[locale][kind].padEnd(zh ? 4 : 10)} ${p.start} – ${p.end}`);
  }
  lines.push("");
  lines.push(zh ? "成员：" : "Members:");
  for (const m of members) {
    const manager = m.managerId === undefined ? "" : zh ? `，汇报给 ${nameOf.get(m.managerId) ?? m.managerId}` : `, reports to ${nameOf.get(m.managerId) ?? m.managerId}`;
    lines.push(zh ? `  ${m.name}：${m.role}，${formatCalendarDate(m.startDate, locale)} 入职${manager}` : `  ${m.name}: ${m.role}, since ${formatCalendarDate(m.startDate, locale)}${manager}`);
  }
  if (report.goals.length > 0) {
    lines.push("");
    lines.push(zh ? "目标（SMART 检查 · 进度 · 状态）：" : "Goals (SMART check · progress · status):");
    for (const { goal, smart, progress, rolledUp } of report.goals) {
      const owner = goal.ownerId === undefined ? "" : ` — ${nameOf.get(goal.ownerId) ?? goal.ownerId}`;
      lines.push(`  [SMART ${smart.met}/5] ${goal.title}${owner} · ${percent(progress.progress ?? rolledUp)} · ${STATUS[locale][progress.status] ?? progress.status}`);
      for (const f of smart.findings.filter((x) => x.severity === "error").slice(0, 2)) lines.push(`      - ${formatFinding(f, locale)}`);
    }
  }
  if (report.scorecards.length > 0) {
    lines.push("");
    lines.push(zh ? `计分卡（${roster.scorecard!.id}）：` : `Scorecard (${roster.scorecard!.id}):`);
    for (const { memberId, result, suggestions } of report.scorecards) {
      const total = result.total === null ? "—" : result.total.toFixed(1);
      const rating = result.ratingLabel ?? (result.rating === undefined ? "" : String(result.rating));
      lines.push(`  ${nameOf.get(memberId) ?? memberId}: ${total}${rating === "" ? "" : ` (${rating})`}`);
      for (const f of [...result.findings, ...suggestions].slice(0, 2)) lines.push(`      - ${formatFinding(f, locale)}`);
    }
  }
  return lines.join("\n");
}

function main(): number {
  const args = parseArgs(process.argv.slice(2), process.env);
  if (typeof args === "string") {
    process.stderr.write(`team-playbook: ${args}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let input: unknown = sample;
  if (args.file !== undefined) {
    try {
      input = JSON.parse(readFileSync(args.file, "utf8"));
    } catch (e) {
      process.stderr.write(`team-playbook: cannot read ${args.file}: ${(e as Error).message}\n`);
      return 1;
    }
  }
  try {
    const roster = parseWith(RosterSchema, input, { locale: args.locale });
    const asOf = args.asOf ?? calendarDateOf(new Date().toISOString(), roster.team.timeZone);
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ asOf, team: roster.team, members: roster.members, ...analyse(roster, asOf) }, null, 2)}\n`);
    } else {
      process.stdout.write(`${render(roster, asOf, args.locale)}\n`);
    }
    return 0;
  } catch (e) {
    if (isValidationError(e)) {
      process.stderr.write(`team-playbook: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main();
