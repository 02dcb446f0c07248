/**
 * Deep freezing of exported defaults.
 * @module
 * @internal
 */

/** Freezes an object and everything in it, so exported defaults cannot be changed by anyone. @internal */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
