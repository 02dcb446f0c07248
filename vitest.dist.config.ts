import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const dist = (path: string) => fileURLToPath(new URL(`./dist/${path}`, import.meta.url));

// The vector suite again, against the built package (`npm run build` first): the same public
// names, resolved to dist/ as an app would get them.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^team-playbook$/, replacement: dist("index.js") },
      { find: /^team-playbook\/(.*)$/, replacement: dist("$1/index.js") },
    ],
  },
  test: { include: ["test/vectors.test.ts"], environment: "node" },
});
