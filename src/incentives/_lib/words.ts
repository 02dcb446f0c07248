/**
 * How exact amounts read in explanations: money when whole, exact decimals otherwise.
 * @internal
 * @module
 */
import { currencyExponent } from "../../core/currency.js";
import type { MessageParamValue } from "../../core/messages/types.js";
import { divideRoundedBig } from "../../core/rounding.js";
import { fxText, rReduce, rText, type Fx, type Ratio } from "../../core/_lib/fixed.js";

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * An exact amount of minor units for an explanation: money when it is a whole number of minor
 * units, otherwise its exact decimal in major units with the currency code (`"55.55565 CNY"`).
 */
export function exactMoney(value: Fx, currency: string): MessageParamValue {
  // most amounts in a statement are whole minor units: no text to build
  const unit = value.s === 0 ? 1n : 10n ** BigInt(value.s);
  if (value.c % unit === 0n) {
    const whole = value.s === 0 ? value.c : value.c / unit;
    if (whole >= -MAX_SAFE && whole <= MAX_SAFE) return { amount: Number(whole), currency };
  }
  return `${fxText({ c: value.c, s: value.s + (currencyExponent(currency) ?? 2) })} ${currency}`;
}

/** A fraction of minor units for an explanation; a fraction that is not a decimal shows 8 places and "…". */
export function ratioMoney(value: Ratio, currency: string): MessageParamValue {
  const r = rReduce(value);
  if (r.d === 1n && r.n >= -MAX_SAFE && r.n <= MAX_SAFE) return { amount: Number(r.n), currency };
  const exponent = currencyExponent(currency) ?? 2;
  const major = { n: r.n, d: r.d * 10n ** BigInt(exponent) };
  const text = rText(major);
  if (!text.includes("/")) return `${text} ${currency}`;
  const scaled = (major.n * 10n ** 8n) / major.d;
  return `≈${fxText({ c: scaled, s: 8 })}… ${currency}`;
}

export function money(amount: number, currency: string): { amount: number; currency: string } {
  return { amount, currency };
}

/** A ratio as a percentage: exact when it terminates within two decimals (`"130%"`), otherwise `"≈16.92%"`. */
export function percentText(r: Ratio): string {
  const hundred = { n: r.n * 100n, d: r.d };
  const exact = rText(hundred);
  if (!exact.includes("/") && (exact.split(".")[1]?.length ?? 0) <= 2) return `${exact}%`;
  const scaled = divideRoundedBig(hundred.n * 100n, hundred.d, "half-even");
  return `≈${fxText({ c: scaled, s: 2 })}%`;
}
