/**
 * Credit filters: conditions on a credit's attributes.
 * @internal
 * @module
 */
import type { Credit, CreditFilter } from "../types.js";

function compare(a: string | number | boolean, b: string | number): number | undefined {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  return undefined; // different types never compare
}

/**
 * Does the credit match the filter? A missing attribute never matches; `gte`/`lte` compare
 * numbers with numbers and strings with strings (code-point order, so ISO dates compare by date).
 * @internal
 */
export function matchesFilter(filter: CreditFilter, credit: Credit): boolean {
  if ("all" in filter) {
    for (let i = 0; i < filter.all.length; i++) if (!matchesFilter(filter.all[i]!, credit)) return false;
    return true;
  }
  if ("any" in filter) {
    for (let i = 0; i < filter.any.length; i++) if (matchesFilter(filter.any[i]!, credit)) return true;
    return false;
  }
  const attrs = credit.attributes;
  if (attrs === undefined || !Object.prototype.hasOwnProperty.call(attrs, filter.attribute)) return false;
  const value = attrs[filter.attribute]!;
  if (filter.equals !== undefined && value !== filter.equals) return false;
  if (filter.in !== undefined && !filter.in.includes(value)) return false;
  if (filter.gte !== undefined) {
    const c = compare(value, filter.gte);
    if (c === undefined || c < 0) return false;
  }
  if (filter.lte !== undefined) {
    const c = compare(value, filter.lte);
    if (c === undefined || c > 0) return false;
  }
  return true;
}
