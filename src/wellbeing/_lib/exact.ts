/**
 * Exact comparisons of the decimals the wellbeing signals are decided on (hours, shares, days,
 * loads): each number stands for the decimal it prints as (49.9 is 499/10), so a mean of
 * exactly 50 is not "more than 50".
 * @module
 * @internal
 */
import { parseDec } from "../../core/_lib/decimal.js";

/** A decimal `n / 10^s`. @internal */
export interface Exact {
  readonly n: bigint;
  readonly s: number;
}

/** The exact decimal a (checked, finite) number prints as. @internal */
export function exact(x: number): Exact {
  const d = parseDec(x)!;
  return { n: d.coefficient, s: d.scale };
}

function lift(a: Exact, s: number): bigint {
  return a.n * 10n ** BigInt(s - a.s);
}

/** `a + b`. @internal */
export function add(a: Exact, b: Exact): Exact {
  const s = Math.max(a.s, b.s);
  return { n: lift(a, s) + lift(b, s), s };
}

/** `a × b`. @internal */
export function mul(a: Exact, b: Exact): Exact {
  return { n: a.n * b.n, s: a.s + b.s };
}

/** `a − b`. @internal */
export function sub(a: Exact, b: Exact): Exact {
  return add(a, { n: -b.n, s: b.s });
}

/** Negative, zero or positive as `a` is below, equal to or above `b`. @internal */
export function compare(a: Exact, b: Exact): number {
  const s = Math.max(a.s, b.s);
  const d = lift(a, s) - lift(b, s);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** The sum of a list of numbers, exactly. @internal */
export function sum(xs: readonly number[]): Exact {
  let total: Exact = { n: 0n, s: 0 };
  for (const x of xs) total = add(total, exact(x));
  return total;
}
