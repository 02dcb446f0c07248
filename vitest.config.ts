import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// Tests import the library by its public names (`team-playbook/core`), resolved to the sources,
// so they exercise exactly the surface an app sees. The built package is checked separately by
// `npm run test:dist`.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^team-playbook$/, replacement: src("index.ts") },
      { find: /^team-playbook\/(.*)$/, replacement: src("$1/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
