// Prints the markdown table of the thirty goal statements and their verdicts, from the test
// fixture, for docs/guides/goals.md (test/docs.test.ts checks the guide's table is this one).
import { STATEMENTS } from "../test/fixtures/goal-statements.js";

export function statementsTable(): string {
  const mark = (ok: boolean) => (ok ? "✓" : "✗");
  const rows = STATEMENTS.map((s) => `| ${String(s.n)} | ${s.text.replace(/\|/g, "\\|")} | ${s.source} | ${s.verdict.map(mark).join(" | ")} | ${s.why} |`);
  return ["| # | Statement | Source | S | M | A | R | T | Why |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |", ...rows].join("\n");
}
