/**
 * The vector format's partial matcher (see test/vectors/README.md): every key given must
 * match, numbers exactly unless `{ $approx, tol }`, arrays element by element, and the
 * `$contains`, `$all`, `$notContains`, `$length`, `$type`, `$oneOf`, `$gte`, `$lte` matchers.
 * Returns the list of mismatches (empty when it matches).
 */
type Json = unknown;

function typeOf(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

export function match(actual: unknown, expected: Json, path = "result"): string[] {
  if (isObject(expected)) {
    if ("$approx" in expected) {
      const tol = typeof expected["tol"] === "number" ? expected["tol"] : 1e-9;
      return typeof actual === "number" && Math.abs(actual - (expected["$approx"] as number)) <= tol ? [] : [`${path}: expected ≈${String(expected["$approx"])}, got ${JSON.stringify(actual)}`];
    }
    if ("$gte" in expected || "$lte" in expected) {
      const ok = typeof actual === "number" && (!("$gte" in expected) || actual >= (expected["$gte"] as number)) && (!("$lte" in expected) || actual <= (expected["$lte"] as number));
      return ok ? [] : [`${path}: out of range, got ${JSON.stringify(actual)}`];
    }
    if ("$type" in expected) return typeOf(actual) === expected["$type"] ? [] : [`${path}: expected a ${String(expected["$type"])}, got ${typeOf(actual)}`];
    if ("$oneOf" in expected) return (expected["$oneOf"] as Json[]).some((e) => match(actual, e, path).length === 0) ? [] : [`${path}: matches none of $oneOf`];
    if ("$contains" in expected) {
      const want = expected["$contains"];
      if (typeof actual === "string") return actual.includes(want as string) ? [] : [`${path}: no substring ${JSON.stringify(want)}`];
      if (Array.isArray(actual)) return actual.some((a) => match(a, want, path).length === 0) ? [] : [`${path}: no element matches ${JSON.stringify(want)}`];
      return [`${path}: expected a string or array`];
    }
    if ("$all" in expected) {
      if (!Array.isArray(actual)) return [`${path}: expected an array`];
      return (expected["$all"] as Json[]).flatMap((e) => (actual.some((a) => match(a, e, path).length === 0) ? [] : [`${path}: no element matches ${JSON.stringify(e)}`]));
    }
    if ("$notContains" in expected) {
      const bad = expected["$notContains"];
      if (Array.isArray(actual)) return actual.some((a) => match(a, bad, path).length === 0) ? [`${path}: an element matches ${JSON.stringify(bad)}`] : [];
      if (typeof actual === "string") return actual.includes(bad as string) ? [`${path}: contains ${JSON.stringify(bad)}`] : [];
      return [];
    }
    if ("$length" in expected) {
      const n = (actual as { length?: unknown } | null | undefined)?.length;
      return n === expected["$length"] ? [] : [`${path}: expected length ${String(expected["$length"])}, got ${String(n)}`];
    }
    if (!isObject(actual) && !Array.isArray(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.keys(expected).flatMap((k) => match((actual as Record<string, unknown>)[k], expected[k], `${path}.${k}`));
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${typeOf(actual)}`];
    if (actual.length !== expected.length) return [`${path}: expected ${expected.length} items, got ${actual.length}`];
    return expected.flatMap((e, i) => match(actual[i], e, `${path}[${i}]`));
  }
  return Object.is(actual, expected) ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
