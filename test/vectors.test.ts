/**
 * Runs every vector file in test/vectors (copied from the shared worked examples) through the
 * library's public entry points, with the same rules as the shared runner: partial matching,
 * expected throws, no mutated arguments, results that survive structuredClone.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as root from "team-playbook";
import * as core from "team-playbook/core";
import * as goals from "team-playbook/goals";
import * as expectations from "team-playbook/expectations";
import * as performance from "team-playbook/performance";
import * as incentives from "team-playbook/incentives";
import * as recognition from "team-playbook/recognition";
import * as feedback from "team-playbook/feedback";
import * as meetings from "team-playbook/meetings";
import * as conflicts from "team-playbook/conflicts";
import * as development from "team-playbook/development";
import * as culture from "team-playbook/culture";
import * as collaboration from "team-playbook/collaboration";
import * as wellbeing from "team-playbook/wellbeing";
import { match } from "./support/match.js";

const MODULES: Record<string, Record<string, unknown>> = { "": root, core, goals, expectations, performance, incentives, recognition, feedback, meetings, conflicts, development, culture, collaboration, wellbeing };

interface Vector {
  name: string;
  module?: string;
  fn: string;
  args?: unknown[];
  expect?: unknown;
  throws?: { name?: string };
  chain?: { as: string; module?: string; fn: string; args?: unknown[] }[];
}

function resolveRefs(value: unknown, saved: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, saved));
  if (value !== null && typeof value === "object") {
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === "string") {
      const [head, ...rest] = ref.split(".");
      let out: unknown = saved[head!];
      for (const k of rest) out = (out as Record<string, unknown> | undefined)?.[k];
      return structuredClone(out);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, saved)]));
  }
  return value;
}

function call(module: string | undefined, fn: string, args: unknown[]): unknown {
  const f = MODULES[module ?? ""]?.[fn];
  if (typeof f !== "function") throw new Error(`${module ?? "(root)"} exports no function ${fn}`);
  return (f as (...a: unknown[]) => unknown)(...args);
}

const dir = new URL("./vectors/", import.meta.url);
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
  const { vectors } = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as { vectors: Vector[] };
  describe(`vectors/${file}`, () => {
    it.each(vectors.map((v) => [v.name, v] as const))("%s", (_name, v) => {
      const saved: Record<string, unknown> = {};
      for (const step of v.chain ?? []) saved[step.as] = call(step.module, step.fn, resolveRefs(structuredClone(step.args ?? []), saved) as unknown[]);
      const args = resolveRefs(structuredClone(v.args ?? []), saved) as unknown[];
      const before = JSON.stringify(args);
      if (v.throws !== undefined) {
        let thrown: unknown;
        try {
          call(v.module, v.fn, args);
        } catch (e) {
          thrown = e;
        }
        expect(thrown, "expected a throw").toBeInstanceOf(Error);
        if (v.throws.name !== undefined) expect((thrown as Error).name).toBe(v.throws.name);
      } else {
        const result = call(v.module, v.fn, args);
        expect(match(result, v.expect)).toEqual([]);
        expect(structuredClone(result)).toEqual(result);
      }
      expect(JSON.stringify(args), "arguments were mutated").toBe(before);
    });
  });
}
