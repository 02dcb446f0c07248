/**
 * Locale-independent ordering of ids.
 * @internal
 * @module
 */

/** Compares two strings by UTF-16 code units, the same on every host. @internal */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
