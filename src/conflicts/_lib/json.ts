/**
 * Plain JSON data in and out of the engine.
 * @module
 * @internal
 */
import { report, typeName, type Issues } from "../../core/_lib/check.js";
import type { Path } from "../../core/errors.js";

/** A deep copy of JSON data, so a case never shares objects with what the caller still holds. @internal */
export function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyJson) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = copyJson((value as Record<string, unknown>)[key]);
    if (key === "__proto__") Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out as T;
}

/**
 * Checks that a record is a plain object (made by `{}`, `JSON.parse` or `Object.create(null)`):
 * fields inherited from a class or a prototype would be read but not kept by JSON. @internal
 */
export function checkPlain(value: Record<string, unknown>, path: Path, issues: Issues): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === Object.prototype || proto === null) return true;
  return report(issues, path, "validation.type", { expected: "plain object", received: typeName(value) });
}
