/**
 * Deterministic orders and keys of the recognition module.
 * @internal
 * @module
 */

// UTF-16 code units sort like code points except that surrogates (D800–DFFF) must come after
// E000–FFFF: shift the two ranges past each other.
function fix(unit: number): number {
  return unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit;
}

/** Orders two strings by Unicode code point (not by locale, not by UTF-16 unit). @internal */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return fix(x) - fix(y);
  }
  return a.length - b.length;
}

/** One part of an award key: `%` and `:` escaped so parts never run together. @internal */
export function keyPart(text: string): string {
  return text.replace(/%/g, "%25").replace(/:/g, "%3A");
}
