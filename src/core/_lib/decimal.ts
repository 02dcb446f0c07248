/**
 * Exact decimals for rates, weights and shares. A decimal is `coefficient / 10^scale` with an
 * integer coefficient, so `0.035` is exactly 35/1000. A number is read through its shortest
 * decimal form (`String(0.035) === "0.035"`), never through its binary value.
 * @internal
 * @module
 */

/** An exact decimal `coefficient / 10^scale`. `small` is the coefficient as a number when it is a safe integer. @internal */
export interface Dec {
  readonly coefficient: bigint;
  readonly scale: number;
  readonly small: number | undefined;
}

/** Largest number of digits after the point a decimal may have. @internal */
export const MAX_SCALE = 30;
/** Largest number of digits before the point a decimal may have. @internal */
export const MAX_INTEGER_DIGITS = 22;

const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Powers of ten as numbers, exact up to 10^22. @internal */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** 10^n as a bigint. @internal */
export function pow10n(n: number): bigint {
  return 10n ** BigInt(n);
}

function make(coefficient: bigint, scale: number): Dec {
  const asNumber = Number(coefficient);
  return { coefficient, scale, small: Number.isSafeInteger(asNumber) ? asNumber : undefined };
}

// Rates and weights repeat across a payroll run (a plan has a handful of rates), so the last
// few hundred values read are remembered. Decimals are immutable, so sharing them is safe; the
// cache is cleared whole when it fills, which keeps it bounded and simple.
const CACHE_SIZE = 512;
const cache = new Map<number | string, Dec | undefined>();

/**
 * Reads a number or a decimal string (`"0.035"`, `"-12.5"`, `"1e-3"`) exactly, or returns
 * `undefined` when it is not a finite decimal within {@link MAX_SCALE} fractional and
 * {@link MAX_INTEGER_DIGITS} integer digits. Trailing zeros are kept out of the scale.
 * @internal
 */
export function parseDec(value: unknown): Dec | undefined {
  if (typeof value !== "number" && typeof value !== "string") return undefined;
  const known = cache.get(value);
  if (known !== undefined || cache.has(value)) return known;
  const dec = readDec(value);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(value, dec);
  return dec;
}

function readDec(value: number | string): Dec | undefined {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    if (Number.isSafeInteger(value)) return { coefficient: BigInt(value), scale: 0, small: value === 0 ? 0 : value };
    text = String(value);
  } else if (typeof value === "string") {
    if (value.length > 80) return undefined;
    text = value;
  } else {
    return undefined;
  }
  const m = DECIMAL_PATTERN.exec(text);
  if (m === null) return undefined;
  const sign = m[1] === "-" ? -1n : 1n;
  const intPart = m[2] ?? "0";
  const fracPart = m[3] ?? "";
  const exponent = m[4] === undefined ? 0 : Number(m[4]);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 200) return undefined;
  // digits = intPart+fracPart, value = digits × 10^(exponent − fracPart.length)
  let digits = (intPart + fracPart).replace(/^0+(?=\d)/, "");
  let scale = fracPart.length - exponent;
  // drop trailing zeros from the scale so 0.50 and 0.5 are the same decimal
  while (scale > 0 && digits.length > 1 && digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    scale -= 1;
  }
  if (digits === "0") return { coefficient: 0n, scale: 0, small: 0 };
  if (scale < 0) {
    if (digits.length - scale > MAX_INTEGER_DIGITS) return undefined;
    digits += "0".repeat(-scale);
    scale = 0;
  }
  if (scale > MAX_SCALE) return undefined;
  if (digits.length - scale > MAX_INTEGER_DIGITS) return undefined;
  return make(sign * BigInt(digits), scale);
}

/** Canonical decimal text of `d`, without exponent or trailing zeros (`"0.035"`). @internal */
export function decToString(d: Dec): string {
  const negative = d.coefficient < 0n;
  const digits = (negative ? -d.coefficient : d.coefficient).toString();
  if (d.scale === 0) return (negative ? "-" : "") + digits;
  const padded = digits.padStart(d.scale + 1, "0");
  const cut = padded.length - d.scale;
  return `${negative ? "-" : ""}${padded.slice(0, cut)}.${padded.slice(cut)}`;
}

