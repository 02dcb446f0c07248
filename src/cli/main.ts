/**
 * The `team-playbook` command. The only place in the package that reads files, the
 * environment or the clock; everything it prints comes from the library's pure functions.
 * @internal
 * @module
 */
import { readFileSync } from "node:fs";
import { calendarDateOf, formatCalendarDate, isCalendarDate, isLocale, periodOf, PERIOD_KINDS, isValidationError, type Locale, type PeriodKind } from "../core/index.js";
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
prints the team, its members and the current periods of its calendar.

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

function render(roster: Roster, asOf: string, locale: Locale): string {
  const zh = locale === "zh-CN";
  const { team, members } = roster;
  const opts = { fiscalYearStartMonth: team.fiscalYearStartMonth, weekStartsOn: team.weekStartsOn };
  const lines: string[] = [];
  lines.push(zh ? `团队：${team.name}（${members.length} 人）` : `Team: ${team.name} (${members.length} members)`);
  lines.push(zh ? `日期：${formatCalendarDate(asOf, locale, "long")}` : `As of: ${formatCalendarDate(asOf, locale, "long")}`);
  lines.push("");
  lines.push(zh ? "当前周期：" : "Current periods:");
  for (const kind of PERIOD_KINDS) {
    const p = periodOf(kind, asOf, opts);
    lines.push(`  ${KIND_NAMES[locale][kind].padEnd(zh ? 4 : 10)} ${p.start} – ${p.end}`);
  }
  lines.push("");
  lines.push(zh ? "成员：" : "Members:");
  const byId = new Map(members.map((m) => [m.id, m]));
  for (const m of members) {
    const manager = m.managerId === undefined ? "" : zh ? `，汇报给 ${byId.get(m.managerId)?.name ?? m.managerId}` : `, reports to ${byId.get(m.managerId)?.name ?? m.managerId}`;
    lines.push(zh ? `  ${m.name}：${m.role}，${formatCalendarDate(m.startDate, locale)} 入职${manager}` : `  ${m.name}: ${m.role}, since ${formatCalendarDate(m.startDate, locale)}${manager}`);
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
      const periods = Object.fromEntries(PERIOD_KINDS.map((k) => [k, periodOf(k, asOf, roster.team)]));
      process.stdout.write(`${JSON.stringify({ asOf, team: roster.team, members: roster.members, periods }, null, 2)}\n`);
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
