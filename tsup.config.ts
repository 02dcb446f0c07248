import { defineConfig } from "tsup";

// One build for the library (ESM + CJS, each with its own declarations) and one for the
// `team-playbook` command. Entry points mirror the `exports` map in package.json.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      "core/index": "src/core/index.ts",
      "goals/index": "src/goals/index.ts",
      "expectations/index": "src/expectations/index.ts",
      "performance/index": "src/performance/index.ts",
      "incentives/index": "src/incentives/index.ts",
      "recognition/index": "src/recognition/index.ts",
      "feedback/index": "src/feedback/index.ts",
      "meetings/index": "src/meetings/index.ts",
      "conflicts/index": "src/conflicts/index.ts",
      "development/index": "src/development/index.ts",
      "culture/index": "src/culture/index.ts",
      "collaboration/index": "src/collaboration/index.ts",
      "wellbeing/index": "src/wellbeing/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    splitting: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: "node20",
    outDir: "dist",
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    splitting: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    outDir: "dist",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
