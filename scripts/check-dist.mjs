// Checks the built package as apps load it, through its own `exports` map (self-reference):
// - every subpath loads with `import` and with `require`, and exposes the same names;
// - ValidationError is one class across the root and the subpaths of each format;
// - a bundle of compute functions alone does not contain zod (compute modules import only
//   types from schema files), while one that parses does;
// - the `team-playbook` command runs on the sample team and rejects a bad snapshot.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const subpaths = Object.keys(pkg.exports).filter((p) => p !== "./package.json");
let failures = 0;
let passes = 0;
const check = (ok, message) => {
  if (ok) {
    passes++;
    console.log(`ok   ${message}`);
  } else {
    failures++;
    console.log(`FAIL ${message}`);
  }
};

const root = await import("team-playbook");
const rootCjs = require("team-playbook");
for (const sub of subpaths) {
  const spec = sub === "." ? "team-playbook" : `team-playbook/${sub.slice(2)}`;
  const esm = await import(spec);
  const cjs = require(spec);
  const esmNames = Object.keys(esm).sort();
  const cjsNames = Object.keys(cjs).filter((k) => k !== "__esModule").sort();
  check(esmNames.length > 0 && JSON.stringify(esmNames) === JSON.stringify(cjsNames), `${spec}: ESM and CJS export the same ${esmNames.length} names`);
  if (sub !== ".") {
    check(esmNames.every((n) => n in root), `${spec}: every name is also exported from the root`);
    check(esm.ValidationError === undefined || esm.ValidationError === root.ValidationError, `${spec}: ESM ValidationError is the root's class`);
    check(cjs.ValidationError === undefined || cjs.ValidationError === rootCjs.ValidationError, `${spec}: CJS ValidationError is the root's class`);
  }
}
check(rootCjs.applyRate({ amount: 300, currency: "CNY" }, "0.035", "half-up").amount === 11, "CJS build computes: ¥3.00 × 3.5% half-up = ¥0.11");

async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
const hasZod = (text) => /ZodError|\$ZodType|_zod/.test(text);
const compute = await bundle(`export { applyRate, allocate, periodOf, formatFinding } from "team-playbook/core";`);
check(!hasZod(compute), `a compute-only bundle has no zod (${compute.length} bytes minified)`);
const payouts = await bundle(`export { calculatePayout, calculatePayoutSchedule, calculatePayouts, renderStatement } from "team-playbook/incentives";`);
check(!hasZod(payouts), `a payout bundle (calculatePayout and friends) has no zod (${payouts.length} bytes minified)`);
const recognition = await bundle(`export { awardBadges, leaderboard, recognitionCoverage, checkKudos } from "team-playbook/recognition";`);
check(!hasZod(recognition), `a recognition bundle (badges, leaderboards, coverage) has no zod (${recognition.length} bytes minified)`);
const rhythm = await bundle(`export { appendFeedback, feedbackCoverage, checkFeedbackQuality } from "team-playbook/feedback"; export { meetingCadence, openActionItems } from "team-playbook/meetings";`);
check(!hasZod(rhythm), `a feedback and meetings bundle has no zod (${rhythm.length} bytes minified)`);
const conflicts = await bundle(`export { replayConflictCase, applyConflictEvent, conflictSla, redactConflictCase, recommendApproach, detectConflictSignals } from "team-playbook/conflicts";`);
check(!hasZod(conflicts), `a conflicts bundle (engine, SLA, redaction, advice) has no zod (${conflicts.length} bytes minified)`);
const people = await bundle(`export { skillGaps, roleReadiness, skillBusFactor } from "team-playbook/development"; export { validateRaci, workloadBalance } from "team-playbook/collaboration"; export { burnoutSignals, teamWellbeing } from "team-playbook/wellbeing"; export { eNps, summarizeSurvey, valueRecognition } from "team-playbook/culture";`);
check(!hasZod(people), `a development, collaboration, wellbeing and culture bundle has no zod (${people.length} bytes minified)`);
const parsing = await bundle(`export { parseMoney } from "team-playbook/core";`);
check(hasZod(parsing), `a bundle that parses includes zod (${parsing.length} bytes minified)`);

// The command, as `npm start` runs it, on the embedded sample team and on a bad file.
const cli = (...args) => spawnSync(process.execPath, ["dist/cli.js", ...args], { encoding: "utf8", env: { ...process.env, LANG: "C" } });
const plain = cli();
check(plain.status === 0 && plain.stdout.includes("Team: ") && plain.stdout.includes("Goals (SMART"), "team-playbook runs with no arguments on the sample team");
const json = cli("--as-of", "2026-11-28", "--json");
const report = json.status === 0 ? JSON.parse(json.stdout) : {};
check(report.asOf === "2026-11-28" && report.periods?.quarter?.start === "2026-10-01" && report.goals?.length === 6, "--json reports the periods and the six sample goals");
check(report.goals?.find((g) => g.goal.id === "g-wang")?.progress.status === "at-risk" && report.scorecards?.[0]?.result.rating === 4, "the sample report's statuses and ratings are computed");
const bad = join(mkdtempSync(join(tmpdir(), "tp-")), "team.json");
writeFileSync(bad, JSON.stringify({ schemaVersion: 1, team: { id: "t" }, members: [] }));
const rejected = cli(bad, "--locale", "zh-CN");
check(rejected.status === 1 && rejected.stderr.includes("输入有误"), "a malformed snapshot is rejected with a ValidationError in the chosen locale");
check(cli("--locale", "fr").status === 2, "a bad option exits with 2 and the usage");

console.log(`${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
