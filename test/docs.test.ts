/**
 * Runs the TypeScript examples of the README and the guides. A line `expr; //=> value` becomes
 * a check that `expr` deeply equals `value`; every other line just has to run without error.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { statementsTable } from "../scripts/statements-table.js";

const root = new URL("../", import.meta.url);
const out = new URL("./.generated/", import.meta.url);
mkdirSync(out, { recursive: true });

const documents = ["README.md", ...readdirSync(new URL("docs/guides/", root)).filter((f) => f.endsWith(".md")).map((f) => `docs/guides/${f}`)];

function blocks(markdown: string): { line: number; code: string }[] {
  const found: { line: number; code: string }[] = [];
  const re = /^```ts\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(markdown); m !== null; m = re.exec(markdown)) {
    found.push({ line: markdown.slice(0, m.index).split("\n").length + 1, code: m[1]! });
  }
  return found;
}

function instrument(code: string, firstLine: number): string {
  const lines = code.split("\n").map((line, i) => {
    const m = /^(\s*)(.+?);?\s*\/\/=> (.+)$/.exec(line);
    if (m === null) return line;
    return `${m[1]}__check(${firstLine + i}, () => (${m[2]}), ${m[3]});`;
  });
  return `import { expect } from "vitest";\nfunction __check(line: number, actual: () => unknown, expected: unknown) { expect(actual(), \`line \${line}\`).toEqual(expected); }\n${lines.join("\n")}\nexport {};\n`;
}

for (const doc of documents) {
  const examples = blocks(readFileSync(new URL(doc, root), "utf8"));
  describe(doc, () => {
    it("has examples", () => expect(examples.length).toBeGreaterThan(0));
    examples.forEach(({ line, code }, n) => {
      it(`example at line ${line} runs and its //=> results hold`, async () => {
        const file = new URL(`${doc.replace(/[/.]/g, "_")}_${n}.ts`, out);
        writeFileSync(file, instrument(code, line));
        await import(/* @vite-ignore */ file.pathname);
      });
    });
  });
}

describe("docs/guides/goals.md", () => {
  it("shows the thirty statements exactly as the fixtures decide them", () => {
    const guide = readFileSync(new URL("docs/guides/goals.md", root), "utf8");
    const table = /<!-- statements:start -->\n([\s\S]*?)\n<!-- statements:end -->/.exec(guide)?.[1];
    expect(table).toBe(statementsTable());
  });
});
