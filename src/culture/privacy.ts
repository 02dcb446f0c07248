/**
 * The minimum group size and the suppression rule shared by survey summaries and team
 * wellbeing aggregates.
 * @module
 */
import type { SuppressionReason } from "./types.js";

/**
 * The default minimum group size: 5, the default of Culture Amp, Viva Glint and Lattice and Viva
 * Insights' `mingroup`. Survey summaries (`summarizeSurvey`) and team wellbeing aggregates
 * (`teamWellbeing`) use it.
 *
 * @example
 * ```ts
 * import { DEFAULT_MIN_GROUP_SIZE } from "team-playbook/culture";
 * DEFAULT_MIN_GROUP_SIZE; //=> 5
 * ```
 * @category Culture
 */
export const DEFAULT_MIN_GROUP_SIZE = 5;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Which groups (or cells) to hide for one measure. Groups already hidden (`pre`) stay hidden; groups with
 * fewer than `min` people (none included) are hidden as `too-few`; then, while the hidden
 * groups together hold at least one and fewer than `min` people, the smallest shown group (ties
 * by key) is hidden as `complementary`. With a total under `min`, every group is hidden.
 * @internal
 */
export function suppression(sizes: readonly { readonly key: string; readonly n: number }[], min: number, pre: ReadonlyMap<string, SuppressionReason> = new Map()): Map<string, SuppressionReason> {
  const hidden = new Map<string, SuppressionReason>();
  const total = sizes.reduce((s, g) => s + g.n, 0);
  if (total < min) {
    for (const g of sizes) hidden.set(g.key, pre.get(g.key) ?? "overall-too-small");
    return hidden;
  }
  let held = 0;
  for (const g of sizes) {
    const reason = pre.get(g.key) ?? (g.n < min ? "too-few" : undefined);
    if (reason === undefined) continue;
    hidden.set(g.key, reason);
    held += g.n;
  }
  if (held > 0 && held < min) {
    const shown = sizes.filter((g) => !hidden.has(g.key)).sort((a, b) => a.n - b.n || byText(a.key, b.key));
    for (const g of shown) {
      if (held >= min) break;
      hidden.set(g.key, "complementary");
      held += g.n;
    }
  }
  return hidden;
}
