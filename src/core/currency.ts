/**
 * ISO 4217 currencies and their minor-unit exponents.
 * @module
 */

// Exponent of every active ISO 4217 currency (list maintained by SIX, amendments to 2025),
// plus ANG, still in circulation while XCG replaces it. Codes without minor units in the
// standard ("N.A.", such as XAU) are not money a team is paid in and are left out.
const EXPONENT_0 = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
const EXPONENT_3 = "BHD IQD JOD KWD LYD OMR TND";
const EXPONENT_4 = "CLF UYW";
const EXPONENT_2 =
  "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN " +
  "BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP " +
  "GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP " +
  "LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR " +
  "NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN " +
  "SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR " +
  "ZMW ZWG";

const EXPONENTS: ReadonlyMap<string, number> = new Map([
  ...EXPONENT_0.split(" ").map((code) => [code, 0] as const),
  ...EXPONENT_2.split(" ").map((code) => [code, 2] as const),
  ...EXPONENT_3.split(" ").map((code) => [code, 3] as const),
  ...EXPONENT_4.split(" ").map((code) => [code, 4] as const),
]);

/**
 * An ISO 4217 alphabetic currency code such as `"CNY"`, `"USD"` or `"JPY"`.
 *
 * @example
 * ```ts
 * const currency: CurrencyCode = "CNY";
 * ```
 * @category Money
 */
export type CurrencyCode = string;

/**
 * Is `value` an ISO 4217 currency code this library knows the minor unit of?
 *
 * @example
 * ```ts
 * isCurrencyCode("CNY"); //=> true
 * isCurrencyCode("cny"); //=> false (codes are upper case)
 * isCurrencyCode("XAU"); //=> false (gold has no minor unit)
 * ```
 * @category Money
 */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === "string" && EXPONENTS.has(value);
}

/**
 * The minor-unit exponent of a currency: how many decimal places its amounts have
 * (CNY 2 — 分, JPY 0, KWD 3). Returns `undefined` for an unknown code.
 *
 * @example
 * ```ts
 * currencyExponent("CNY"); //=> 2
 * currencyExponent("JPY"); //=> 0
 * currencyExponent("KWD"); //=> 3
 * ```
 * @category Money
 */
export function currencyExponent(currency: string): number | undefined {
  return EXPONENTS.get(currency);
}

/**
 * Every currency code this library accepts, sorted.
 *
 * @example
 * ```ts
 * currencyCodes().includes("HKD"); //=> true
 * ```
 * @category Money
 */
export function currencyCodes(): string[] {
  return [...EXPONENTS.keys()].sort();
}
