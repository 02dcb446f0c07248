// Checks the built package as apps load it, through its own `exports` map (self-reference):
// - every subpath loads with `import` and with `require`, and exposes the same names;
// - ValidationError is one class across the root and the subpaths of each format;
// - a bundle of compute functions alone does not contain zod (compute modules import only
//   types from schema files), while one that parses does.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
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
const parsing = await bundle(`export { parseMoney } from "team-playbook/core";`);
check(hasZod(parsing), `a bundle that parses includes zod (${parsing.length} bytes minified)`);

console.log(`${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
