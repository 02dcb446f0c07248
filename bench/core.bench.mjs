// Benchmarks for the money core: applyRate and allocate against a hand-written number loop and
// decimal.js, each over a deterministic dataset of 1,000,000 operations.
//
// The library is imported exactly as an app would import it, through the package's own
// exports (self-reference), so this measures the built dist/ code.

import { pathToFileURL } from "node:url";
import Decimal from "decimal.js";
import { allocate, applyRate } from "team-playbook/core";
import { lcg, note, runCase } from "./harness.mjs";

const OPS = 1_000_000; // operations per batch (one operation = one library call)
const SCALE_FROM = 100_000; // ours is also timed on this many, to show scaling
const SEED = 20240601;

// Realistic commission rates, as the exact decimal strings an app stores.
const RATES = ["0.035", "0.05", "0.012", "0.1", "0.0075", "0.025"];
const MODES = ["half-even", "half-up"];
const DECIMAL_MODES = { "half-even": Decimal.ROUND_HALF_EVEN, "half-up": Decimal.ROUND_HALF_UP };

// Realistic splits: even shares, percentages as text, ratios, number fractions.
const WEIGHT_SETS = [[1, 1, 1], ["0.5", "0.3", "0.2"], [1, 2, 3], [0.6, 0.4], [1, 1, 1, 1, 1], ["0.4", "0.3", "0.2", "0.1"], [0.25, 0.25, 0.25, 0.25]];

// An amount in minor units: 0 to 10,000,000 (¥100,000.00), one in twenty negative (a refund).
function randomAmount(rand) {
  const magnitude = Math.floor(rand() * 10_000_001);
  return rand() < 0.05 ? -magnitude : magnitude;
}

// A decimal (number or text) as an integer numerator over 10^scale, e.g. "0.035" -> 35 / 1000.
function toFraction(value) {
  const [whole, fraction = ""] = String(value).split(".");
  return { numerator: Number(whole + fraction), scale: fraction.length };
}

// ---------------------------------------------------------------------------------------
// applyRate
// ---------------------------------------------------------------------------------------

function applyRateCase() {
  // Dataset. The first four rows are known answers from the documentation.
  const rand = lcg(SEED);
  const amounts = new Float64Array(OPS);
  const rateIndex = new Uint8Array(OPS);
  const modeIndex = new Uint8Array(OPS);
  const known = [
    [300, 0, 0, 10], // 300 × 0.035 = 10.5 -> 10 (half-even)
    [300, 0, 1, 11], // -> 11 (half-up)
    [-300, 0, 0, -10],
    [-300, 0, 1, -11],
  ];
  for (let i = 0; i < OPS; i++) {
    if (i < known.length) [amounts[i], rateIndex[i], modeIndex[i]] = known[i];
    else {
      amounts[i] = randomAmount(rand);
      rateIndex[i] = Math.floor(rand() * RATES.length);
      modeIndex[i] = Math.floor(rand() * MODES.length);
    }
  }
  // What each side receives, built once outside the timed loops.
  const moneys = Array.from(amounts, (amount) => ({ amount, currency: "CNY" }));
  const rates = Array.from(rateIndex, (r) => RATES[r]);
  const modes = Array.from(modeIndex, (m) => MODES[m]);
  const numerators = RATES.map((r) => toFraction(r).numerator);
  const divisors = RATES.map((r) => 10 ** toFraction(r).scale);
  const decimalModes = Array.from(modeIndex, (m) => DECIMAL_MODES[MODES[m]]);

  // ours: the public API, one call per row.
  const oursOut = new Float64Array(OPS);
  const ours = (count) => {
    for (let i = 0; i < count; i++) oursOut[i] = applyRate(moneys[i], rates[i], modes[i]).amount;
    return oursOut;
  };

  // hand-loop: integer arithmetic on numbers. amount × numerator stays below 2^53 here
  // (≤ 10^7 × 1000), so the product, floor division and remainder are all exact.
  const handOut = new Float64Array(OPS);
  const handLoop = (count) => {
    for (let i = 0; i < count; i++) {
      const amount = amounts[i];
      const divisor = divisors[rateIndex[i]];
      const product = (amount < 0 ? -amount : amount) * numerators[rateIndex[i]];
      let q = Math.floor(product / divisor);
      const twice = 2 * (product - q * divisor);
      // above half: up; exactly half: up for half-up, to the even neighbour for half-even
      if (twice > divisor || (twice === divisor && (modeIndex[i] === 1 || q % 2 === 1))) q += 1;
      handOut[i] = amount < 0 && q !== 0 ? -q : q;
    }
    return handOut;
  };

  // decimal.js: exact decimal multiply, then round to a whole minor unit.
  const decOut = new Float64Array(OPS);
  const decimalJs = (count) => {
    for (let i = 0; i < count; i++) {
      decOut[i] = new Decimal(amounts[i]).times(rates[i]).toDecimalPlaces(0, decimalModes[i]).toNumber();
    }
    return decOut;
  };

  // Notes: how often the rounding mode matters, and what a naive float loop would get wrong.
  const exact = handLoop(OPS);
  let ties = 0;
  const naiveWrong = [0, 0]; // by mode index: half-even, half-up
  const rows = [0, 0];
  for (let i = 0; i < OPS; i++) {
    const product = Math.abs(amounts[i]) * numerators[rateIndex[i]];
    if (2 * (product % divisors[rateIndex[i]]) === divisors[rateIndex[i]]) ties++;
    // the usual float one-liner, with the sign put back so negatives round like positives
    const naive = Math.sign(amounts[i]) * Math.round(Math.abs(amounts[i]) * Number(rates[i]));
    rows[modeIndex[i]]++;
    if (naive !== exact[i]) naiveWrong[modeIndex[i]]++;
  }
  const fmt = (n) => n.toLocaleString("en-US");
  note(`[applyRate] dataset: ${fmt(OPS)} rows, seed ${SEED}, amounts 0..10,000,000 minor units (5% negative), rates ${RATES.join(" ")}, half-even/half-up 50/50`);
  note(`[applyRate] exact ties (x.5): ${fmt(ties)} rows; float Math.round(|amount| × rate) differs on ${fmt(naiveWrong[1])} of ${fmt(rows[1])} half-up rows and ${fmt(naiveWrong[0])} of ${fmt(rows[0])} half-even rows`);

  return {
    name: "applyRate",
    ops: OPS,
    ours,
    peers: { "hand-loop": handLoop, "decimal.js": decimalJs },
    describe: (k) => `applyRate({ amount: ${amounts[k]}, currency: "CNY" }, "${rates[k]}", "${modes[k]}")`,
    expect: known.map((row, k) => [k, row[3]]),
    scaleFrom: SCALE_FROM,
  };
}

// ---------------------------------------------------------------------------------------
// allocate
// ---------------------------------------------------------------------------------------

function allocateCase() {
  // Dataset. The first four rows are known answers from the documentation.
  const rand = lcg(SEED + 1);
  const totals = new Float64Array(OPS);
  const setIndex = new Uint8Array(OPS);
  const knownRows = [
    [100, 0, [34, 33, 33]],
    [5, 2, [1, 2, 2]],
    [-100, 0, [-34, -33, -33]],
    [10000, 1, [5000, 3000, 2000]],
  ];
  for (let i = 0; i < OPS; i++) {
    if (i < knownRows.length) [totals[i], setIndex[i]] = knownRows[i];
    else {
      totals[i] = randomAmount(rand);
      setIndex[i] = Math.floor(rand() * WEIGHT_SETS.length);
    }
  }
  // Results are the parts of every call, flattened; remember which call each part came from.
  let parts = 0;
  for (let i = 0; i < OPS; i++) parts += WEIGHT_SETS[setIndex[i]].length;
  const callOf = new Int32Array(parts);
  for (let i = 0, k = 0; i < OPS; i++) for (let j = 0; j < WEIGHT_SETS[setIndex[i]].length; j++) callOf[k++] = i;

  const moneys = Array.from(totals, (amount) => ({ amount, currency: "CNY" }));
  const weightsOf = Array.from(setIndex, (s) => WEIGHT_SETS[s]); // the same config arrays an app would reuse

  // ours: the public API, one call per row.
  const oursOut = new Float64Array(parts);
  const ours = (count) => {
    let k = 0;
    for (let i = 0; i < count; i++) {
      const result = allocate(moneys[i], weightsOf[i]);
      for (let j = 0; j < result.length; j++) oursOut[k++] = result[j].amount;
    }
    return oursOut;
  };

  // hand-loop: weights turned into integers on a common scale once (e.g. 0.5/0.3/0.2 -> 5/3/2),
  // then exact number arithmetic: floor shares, then leftover units to the largest remainders.
  const intSets = WEIGHT_SETS.map((weights) => {
    const fractions = weights.map(toFraction);
    const scale = Math.max(...fractions.map((f) => f.scale));
    const ints = fractions.map((f) => f.numerator * 10 ** (scale - f.scale));
    return { ints, sum: ints.reduce((a, b) => a + b, 0) };
  });
  const handOut = new Float64Array(parts);
  const remainders = new Float64Array(8);
  const handLoop = (count) => {
    let k = 0;
    for (let i = 0; i < count; i++) {
      const total = totals[i];
      const { ints, sum } = intSets[setIndex[i]];
      const n = ints.length;
      const magnitude = total < 0 ? -total : total;
      let given = 0;
      for (let j = 0; j < n; j++) {
        const product = magnitude * ints[j]; // < 2^53: exact
        const q = Math.floor(product / sum);
        handOut[k + j] = q;
        remainders[j] = product - q * sum;
        given += q;
      }
      // one unit each to the largest remainders; `>` keeps the lower index on ties
      for (let left = magnitude - given; left > 0; left--) {
        let best = 0;
        for (let j = 1; j < n; j++) if (remainders[j] > remainders[best]) best = j;
        handOut[k + best] += 1;
        remainders[best] = -1;
      }
      if (total < 0) for (let j = 0; j < n; j++) handOut[k + j] = -handOut[k + j];
      k += n;
    }
    return handOut;
  };

  // decimal.js: the same largest-remainder algorithm with Decimal arithmetic, weights read
  // from the same number/text config on every call (as ours does).
  const decOut = new Float64Array(parts);
  const decimalJs = (count) => {
    let k = 0;
    for (let i = 0; i < count; i++) {
      const weights = weightsOf[i];
      const n = weights.length;
      const w = weights.map((x) => new Decimal(x));
      let sum = new Decimal(0);
      for (let j = 0; j < n; j++) sum = sum.plus(w[j]);
      const magnitude = new Decimal(Math.abs(totals[i]));
      const rem = new Array(n);
      let given = 0;
      for (let j = 0; j < n; j++) {
        const product = magnitude.times(w[j]);
        const q = product.divToInt(sum);
        rem[j] = product.minus(q.times(sum));
        decOut[k + j] = q.toNumber();
        given += decOut[k + j];
      }
      for (let left = magnitude.toNumber() - given; left > 0; left--) {
        let best = 0;
        for (let j = 1; j < n; j++) if (rem[j].gt(rem[best])) best = j;
        decOut[k + best] += 1;
        rem[best] = new Decimal(-1);
      }
      if (totals[i] < 0) for (let j = 0; j < n; j++) decOut[k + j] = -decOut[k + j];
      k += n;
    }
    return decOut;
  };

  // Notes: what a naive float largest-remainder (shares as floats) would get wrong.
  const exact = handLoop(OPS);
  let naiveWrongCalls = 0;
  for (let i = 0, k = 0; i < OPS; i++) {
    const weights = WEIGHT_SETS[setIndex[i]].map(Number);
    const sum = weights.reduce((a, b) => a + b, 0);
    const magnitude = Math.abs(totals[i]);
    const shares = weights.map((w) => (magnitude * w) / sum);
    const floors = shares.map(Math.floor);
    let left = magnitude - floors.reduce((a, b) => a + b, 0);
    const order = shares.map((s, j) => j).sort((a, b) => shares[b] - floors[b] - (shares[a] - floors[a]) || a - b);
    for (const j of order) if (left-- > 0) floors[j] += 1;
    const sign = totals[i] < 0 ? -1 : 1;
    if (floors.some((f, j) => sign * f !== exact[k + j])) naiveWrongCalls++;
    k += weights.length;
  }
  note(`[allocate] dataset: ${OPS.toLocaleString("en-US")} calls (${parts.toLocaleString("en-US")} parts), seed ${SEED + 1}, totals 0..10,000,000 minor units (5% negative), weights ${WEIGHT_SETS.map((w) => JSON.stringify(w)).join(" ")}`);
  note(`[allocate] a naive float largest-remainder loop differs on ${naiveWrongCalls.toLocaleString("en-US")} calls`);

  const expect = [];
  for (let i = 0, k = 0; i < knownRows.length; i++) for (const value of knownRows[i][2]) expect.push([k++, value]);

  return {
    name: "allocate",
    ops: OPS,
    ours,
    peers: { "hand-loop": handLoop, "decimal.js": decimalJs },
    describe: (k) => {
      const i = callOf[k];
      let first = k;
      while (first > 0 && callOf[first - 1] === i) first--;
      return `part ${k - first} of allocate({ amount: ${totals[i]}, currency: "CNY" }, ${JSON.stringify(weightsOf[i])})`;
    },
    expect,
    scaleFrom: SCALE_FROM,
  };
}

/** Runs every case in this file, one after the other (each builds its dataset only when run). */
export default async function main() {
  await runCase(applyRateCase());
  await runCase(allocateCase());
}

// Also runnable on its own: `node bench/core.bench.mjs [--json]`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
