// A tiny harness around tinybench: for one case it times "ours" and its peers in the same
// process on the same data, after checking that every peer computes exactly what ours computes.
//
// An implementation is a function `(count) => results`: it runs the first `count` operations
// of the case's dataset and writes every result number into its own preallocated buffer, which
// it returns (so nothing can be optimised away, and no allocation is added to the peers).
//
// Operations: one operation is one library call (one applyRate, one allocate). A task
// iteration runs the whole batch of `ops` operations, so
//   ops/s = ops ÷ (median iteration time in seconds).
//
// Output: a human table by default; with `--json` in process.argv, exactly one JSON line per
// case-and-peer on stdout, and everything else (progress, notes, scaling) on stderr.
// A slow result never fails the run; only a result mismatch or a crash does.

import { Bench } from "tinybench";

/** True when the run was asked for machine-readable output (`npm run bench -- --json`). */
export const JSON_MODE = process.argv.includes("--json");

// Default tinybench settings: at least 5 timed iterations and at least 2 s per task, after
// at least 2 warm-up iterations. A 1,000,000-op batch takes 10 ms to a few seconds, so this
// gives 5 samples for the slowest task and hundreds for the fastest.
const BENCH_OPTIONS = { iterations: 5, time: 2000, warmupIterations: 2, warmupTime: 500, throws: true };

/** Informational text: stdout for people, stderr in --json mode so stdout stays pure JSON. */
export function note(text) {
  (JSON_MODE ? process.stderr : process.stdout).write(`${text}\n`);
}

/** Thrown when a peer's results differ from ours: a peer that computes something else is no comparison. */
export class MismatchError extends Error {}

/**
 * Checks, times and reports one case.
 *
 * @param {object} spec
 * @param {string} spec.name - case name, e.g. "applyRate"
 * @param {number} spec.ops - operations in the dataset (one batch = one task iteration)
 * @param {(count: number) => ArrayLike<number>} spec.ours - our implementation
 * @param {Record<string, (count: number) => ArrayLike<number>>} spec.peers - peers by name
 * @param {(resultIndex: number) => string} spec.describe - the inputs behind one result, for error messages
 * @param {Array<[number, number]>} [spec.expect] - known answers `[resultIndex, value]` every implementation must give
 * @param {number} [spec.scaleFrom] - also time ours on this many operations, to show scaling
 * @param {object} [spec.benchOptions] - overrides for tinybench options
 * @returns {Promise<object>} the measured figures
 */
export async function runCase(spec) {
  const { name, ops, ours, peers, describe, expect = [], scaleFrom, benchOptions = {} } = spec;

  // 1. Correctness first: the whole dataset, every result, ours against each peer.
  note(`[${name}] checking results on ${fmtInt(ops)} operations...`);
  const reference = Float64Array.from(ours(ops)); // a copy: the buffer is reused while timing
  checkKnownAnswers(name, "ours", reference, expect, describe);
  for (const [peer, run] of Object.entries(peers)) {
    const got = run(ops);
    checkKnownAnswers(name, peer, got, expect, describe);
    if (got.length !== reference.length) {
      throw new MismatchError(`[${name}] ${peer} returned ${got.length} results, ours ${reference.length}`);
    }
    for (let k = 0; k < reference.length; k++) {
      // `!==` treats -0 and 0 as equal, which is what "the same amount" means.
      if (got[k] !== reference[k]) {
        throw new MismatchError(`[${name}] ${peer} differs from ours at result #${k} (${describe(k)}): ours ${reference[k]}, ${peer} ${got[k]}`);
      }
    }
  }
  note(Object.keys(peers).length === 0 ? `[${name}] timing...` : `[${name}] results equal for ours and ${Object.keys(peers).join(", ")}; timing...`);

  // 2. Timing: every task in one Bench, one after the other, same process, same data.
  const bench = new Bench({ name, ...BENCH_OPTIONS, ...benchOptions });
  bench.add("ours", () => {
    ours(ops);
  });
  for (const [peer, run] of Object.entries(peers)) {
    bench.add(peer, () => {
      run(ops);
    });
  }
  const scaleName = `ours (${fmtInt(scaleFrom)} ops)`;
  if (scaleFrom !== undefined) {
    bench.add(scaleName, () => {
      ours(scaleFrom);
    });
  }
  await bench.run();

  // 3. Figures: ops/s from the median iteration time.
  const stats = new Map();
  for (const task of bench.tasks) {
    const result = task.result;
    if (result.state !== "completed") throw new Error(`[${name}] task ${task.name} ended ${result.state}: ${result.error ?? ""}`);
    const medianMs = result.latency.p50;
    const count = task.name === scaleName ? scaleFrom : ops;
    stats.set(task.name, { medianMs, opsPerSec: count / (medianMs / 1000), rme: result.latency.rme, samples: result.latency.samplesCount });
  }
  const oursStats = stats.get("ours");
  const rows = Object.keys(peers).map((peer) => {
    const peerOps = stats.get(peer).opsPerSec;
    return { case: name, peer, ours: Math.round(oursStats.opsPerSec), peerOps: Math.round(peerOps), ratio: round3(oursStats.opsPerSec / peerOps) };
  });
  const scaling =
    scaleFrom === undefined
      ? undefined
      : { smallOps: scaleFrom, smallMs: stats.get(scaleName).medianMs, largeOps: ops, largeMs: oursStats.medianMs, ratio: oursStats.medianMs / stats.get(scaleName).medianMs };

  // 4. Report.
  if (JSON_MODE) {
    for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
    // a case measured against no peer (a throughput goal) still gets its line
    if (rows.length === 0) process.stdout.write(`${JSON.stringify({ case: name, peer: null, ours: Math.round(oursStats.opsPerSec), peerOps: null, ratio: null })}\n`);
  } else {
    printTable(name, ops, stats, rows);
  }
  if (scaling !== undefined) {
    note(
      `  scaling (ours): ${fmtInt(scaling.smallOps)} ops ${scaling.smallMs.toFixed(1)} ms, ` +
        `${fmtInt(scaling.largeOps)} ops ${scaling.largeMs.toFixed(1)} ms -> x${scaling.ratio.toFixed(2)} ` +
        `(x${(scaling.largeOps / scaling.smallOps).toFixed(0)} = linear)`,
    );
  }
  return { name, ops, stats: Object.fromEntries(stats), rows, scaling };
}

function checkKnownAnswers(name, impl, results, expect, describe) {
  for (const [k, value] of expect) {
    if (results[k] !== value) {
      throw new MismatchError(`[${name}] ${impl} gives ${results[k]} for a known answer at result #${k} (${describe(k)}), expected ${value}`);
    }
  }
}

function printTable(name, ops, stats, rows) {
  const ratioOf = new Map(rows.map((r) => [r.peer, r.ratio]));
  const header = ["implementation", "ops/s", "ms / batch", "±rme", "samples", "ours ÷ this"];
  const lines = [...stats.entries()].map(([task, s]) => [
    task,
    fmtInt(Math.round(s.opsPerSec)),
    s.medianMs.toFixed(2),
    `${s.rme.toFixed(1)}%`,
    String(s.samples),
    ratioOf.has(task) ? ratioOf.get(task).toFixed(3) : "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const show = (cells) => "  " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${name}: ${fmtInt(ops)} operations per batch, median batch time`);
  console.log(show(header));
  console.log(show(widths.map((w) => "-".repeat(w))));
  for (const l of lines) console.log(show(l));
}

function fmtInt(n) {
  return n === undefined ? "" : n.toLocaleString("en-US");
}

function round3(x) {
  return Math.round(x * 1000) / 1000;
}

/**
 * A small deterministic pseudo-random generator (32-bit LCG, Numerical Recipes constants):
 * the same seed always gives the same dataset. Returns floats in [0, 1) from the high bits.
 */
export function lcg(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
