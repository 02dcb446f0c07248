/**
 * The module's functions on inputs that are almost right: a valid input with one value
 * somewhere replaced by anything at all. Each call returns, or throws a ValidationError whose
 * messages read in full; arguments are never changed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "team-playbook/core";
import { awardBadges, checkKudos, kudosSummary, leaderboard, parseBadgeDefinition, parseKudos, recognitionCoverage } from "team-playbook/recognition";

const kudos = { id: "k1", from: "m-li", to: ["m-wang", "m-zhao"], date: "2026-11-20", message: "帮客户解决了退款问题", values: ["customer-first"], visibility: "public" };
const definitions = [
  { id: "first-deal", name: { en: "First deal", "zh-CN": "首单" }, criteria: { kind: "count", fact: "won-deal", atLeast: 1 } },
  { id: "magnet", name: { en: "Magnet", "zh-CN": "人气之星" }, criteria: { all: [{ kind: "count", fact: "kudos-received", atLeast: 1, within: "quarter" }] }, repeat: "per-period" },
  { id: "streak", name: { en: "Streak", "zh-CN": "连胜" }, criteria: { kind: "attainment-streak", atLeast: "1", months: 2 }, repeat: "per-period" },
];
const facts = {
  attainment: [{ memberId: "m-li", month: "2026-08", value: "1.2" }, { memberId: "m-li", month: "2026-09", value: 1 }],
  deals: [{ memberId: "m-li", id: "D1", wonOn: "2026-11-03" }],
  kudos: [kudos],
};
const award = { badgeId: "first-deal", memberId: "m-li", key: "first-deal:m-li", earnedOn: "2026-11-03" };

const calls: [string, unknown[], (...args: unknown[]) => unknown][] = [
  ["checkKudos", [kudos, { values: ["customer-first"], minLength: 20, genericPhrases: ["收到"] }], checkKudos as never],
  ["kudosSummary", [[kudos], { period: { start: "2026-10-01", end: "2026-12-31" }, memberIds: ["m-li"], top: 2 }], kudosSummary as never],
  ["awardBadges", [definitions, facts, "2026-11-28", [award]], awardBadges as never],
  ["leaderboard", [[{ memberId: "m-li", value: 3 }, { memberId: "m-wang", value: 3 }], { ranking: "dense", order: "asc", optedOut: ["m-zhao"], limit: 1 }], leaderboard as never],
  ["recognitionCoverage", [["m-li", "m-wang"], { kudos: [kudos], awards: [award] }, { asOf: "2026-11-28", withinDays: 30 }], recognitionCoverage as never],
  ["parseKudos", [kudos], parseKudos as never],
  ["parseBadgeDefinition", [definitions[1]], parseBadgeDefinition as never],
];

// bad values are quoted in messages, so only the catalogue's own parameter names count
const PLACEHOLDER = /\{(?:value|min|max|expected|received|options|keys|start|end|date|currency|exponent|previous|direction|year)\}/;

/** Every path to a value inside `value`. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const found = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => found.push(...paths(v, [...prefix, i])));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) found.push(...paths(v, [...prefix, k]));
  return found;
}

function replaced(value: unknown, path: readonly (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = replaced(copy[head!], rest, by);
  return copy;
}

const anything = fc.oneof(
  fc.constantFrom("", " ", "2026-02-30", "2026-13", "1e999", "per-period", "__proto__", -1, 0, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, [], {}, [null], { all: [] }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withSparseArray: true, withBigInt: true }),
);

describe("recognition functions under almost-right input", () => {
  it.each(calls)("%s returns or throws ValidationError", (name, args, fn) => {
    const all = paths(args).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.nat(all.length - 1), anything, (i, by) => {
        const input = replaced(args, all[i]!, by) as unknown[];
        const before = fc.stringify(input);
        try {
          fn(...input);
        } catch (e) {
          if (!(e instanceof ValidationError)) throw new Error(`${name}(${fc.stringify(input)}) threw ${String(e)}`);
          for (const message of [e.message, e.inLocale("zh-CN").message]) expect(message).not.toMatch(PLACEHOLDER);
        }
        expect(fc.stringify(input)).toBe(before);
      }),
      { numRuns: 400 },
    );
  });
});
