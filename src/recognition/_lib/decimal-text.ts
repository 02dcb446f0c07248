/**
 * Decimal text for explanations: canonical text, and the same value as a percentage.
 * @internal
 * @module
 */
import { decToString, parseDec, pow10n, type Dec } from "../../core/_lib/decimal.js";

/** Canonical text of a decimal, also for a negative scale (a decimal shifted left, as a percentage is). @internal */
export function decText(d: Dec): string {
  return d.scale < 0 ? (d.coefficient * pow10n(-d.scale)).toString() : decToString(d);
}

/** A decimal number or text as a percentage (`"1.08"` → `"108%"`), or the value as text when it is no decimal. @internal */
export function percentText(value: unknown): string {
  if (value === undefined || value === null) return "";
  const d = parseDec(value);
  if (d === undefined) return String(value);
  return `${decText({ coefficient: d.coefficient, scale: d.scale - 2, small: undefined })}%`;
}
