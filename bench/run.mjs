// Runs every bench/*.bench.mjs in name order, in this one process.
// `--json` (from `npm run bench -- --json`) is read by the harness from process.argv.
// Exits non-zero only when a case throws (a result mismatch or a crash), never for slowness.

import { readdir } from "node:fs/promises";

const dir = new URL("./", import.meta.url);
const files = (await readdir(dir)).filter((f) => f.endsWith(".bench.mjs")).sort();

try {
  for (const file of files) {
    const mod = await import(new URL(file, dir));
    await mod.default();
  }
} catch (error) {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
}
