import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  CalendarDateSchema,
  DecimalSchema,
  FindingSchema,
  InstantSchema,
  MoneySchema,
  PeriodOptionsSchema,
  PeriodSchema,
  RoundingModeSchema,
  WorkCalendarSchema,
  parseMoney,
  parsePeriod,
  safeParseMoney,
  type CalendarDate,
  type DecimalInput,
  type Finding,
  type Instant,
  type Money,
  type Period,
  type PeriodOptions,
  type RoundingMode,
  type WorkCalendar,
} from "team-playbook/core";

// Compile-time checks (run by `npm run typecheck`): each schema's output is mutually
// assignable with the documented interface, so the two cannot drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<z.output<typeof MoneySchema>, Money>,
  Same<z.output<typeof PeriodSchema>, Period>,
  Same<z.output<typeof CalendarDateSchema>, CalendarDate>,
  Same<z.output<typeof InstantSchema>, Instant>,
  Same<z.output<typeof DecimalSchema>, DecimalInput>,
  Same<z.output<typeof RoundingModeSchema>, RoundingMode>,
  Same<z.output<typeof WorkCalendarSchema>, WorkCalendar>,
  Same<z.output<typeof PeriodOptionsSchema>, PeriodOptions>,
  Same<z.output<typeof FindingSchema>, Finding<string>>,
] = [true, true, true, true, true, true, true, true, true];

describe("schemas", () => {
  it("match their interfaces (checked at compile time)", () => {
    expect(sameTypes.every(Boolean)).toBe(true);
  });

  it("accept what the compute functions accept and reject the rest", () => {
    expect(parseMoney({ amount: 12_345, currency: "CNY", note: "dropped" })).toEqual({ amount: 12_345, currency: "CNY" });
    expect(parsePeriod({ start: "2026-10-01", end: "2026-12-31" })).toEqual({ start: "2026-10-01", end: "2026-12-31" });
    expect(DecimalSchema.safeParse("0.035").success).toBe(true);
    expect(DecimalSchema.safeParse("3%").success).toBe(false);
    expect(CalendarDateSchema.safeParse("2026-02-30").success).toBe(false);
    expect(InstantSchema.safeParse("2026-11-28T09:30:00").success).toBe(false);
    expect(WorkCalendarSchema.safeParse({ weekendDays: [0, 1, 2, 3, 4, 5, 6] }).success).toBe(false);
  });

  it("report every problem with our codes and paths", () => {
    const result = safeParseMoney({ amount: 10.5, currency: "RMB" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([
        ["amount", "validation.minor-units"],
        ["currency", "validation.currency"],
      ]);
    }
    const missing = safeParseMoney(undefined);
    expect(!missing.success && missing.error.issues[0]?.code).toBe("validation.required");
    expect(() => parseMoney({}, { locale: "fr" } as never)).toThrow(/opts\.locale/);
  });
});

describe("compute modules never load zod", () => {
  // Only schema files and the parse helper may import zod at run time; everything else imports
  // types from them, so an app that only computes never loads the parser.
  const allowed = /(^|\/)schema\.ts$|_lib\/parse\.ts$|^cli\//;
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(".ts")) files.push(path);
    }
  };
  const src = new URL("../../src", import.meta.url).pathname;
  walk(src);

  it.each(files.map((f) => f.slice(src.length + 1)).filter((f) => !allowed.test(f)))("%s", (file) => {
    const text = readFileSync(join(src, file), "utf8");
    const valueImports = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]!);
    expect(valueImports.filter((spec) => spec === "zod" || /schema\.js$/.test(spec) || /_lib\/parse\.js$/.test(spec))).toEqual([]);
  });
});

describe("rules run as zod refinements keep list parameters", () => {
  it("validation.one-of names its options after a parse", async () => {
    const { z } = await import("zod");
    const { parseWith, rule } = await import("../../src/core/_lib/parse.js");
    const schema = z.unknown().superRefine(...rule((_value, issues) => issues.push({ path: ["x"], code: "validation.one-of", params: { options: ["attainment", "met"] } })));
    expect(() => parseWith(schema, {}, undefined)).toThrow("Give exactly one of attainment, met.");
  });
});
