// Benchmark for incentives: a quarter's payroll run, statements for 1,000 payees over 100,000
// credits (marginal tiers over the period, revenue splits, clawbacks of last quarter's
// cancelled deals) computed with calculatePayouts, against
//   - float-loop: the plain JavaScript loop a developer would write (floats, Math.round), and
//   - HyperFormula: the same plan as spreadsheet formulas (the engine people would otherwise
//     use), built from the same data and recalculated.
// Every implementation returns each payee's net, and the harness checks they are equal before
// timing (the timed data is chosen so that floats hit no ties). Before that, less friendly
// datasets (amounts to the fen or in whole yuan, rates with three decimals) count how often the
// float loop and HyperFormula pay a different cent than the exact engine; reported, not timed.
//
// HyperFormula is GPL-3.0-only: a devDependency used here with licenseKey "gpl-v3", never shipped
// (docs/decisions/0007-hyperformula-benchmark-peer.md).

import { pathToFileURL } from "node:url";
import { HyperFormula } from "hyperformula";
import { calculatePayouts } from "team-playbook/incentives";
import { lcg, note, runCase } from "./harness.mjs";

const CREDITS = 100_000; // credits dated in the quarter (one operation = one of them)
const PAYEES = 1_000;
const SMALL = { credits: 10_000, payees: 100 }; // the scaling size (same credits per payee)
const PRIOR_PER_100K = 5_000; // credits of the previous quarter, per 100,000 of this one
const SEED = 20261201;

const PERIOD = { start: "2026-10-01", end: "2026-12-31" };
const PRIOR = { start: "2026-07-01", end: "2026-09-30" };
const WINDOW_DAYS = 90;

// Timed: amounts in whole multiples of ¥10 and rates with two decimals, so every exact slice ×
// rate is a whole number of fen and the float loop meets no ties (see the adversarial notes).
const PLAN = makePlan(["0.03", "0.05", "0.07", "0.09"], "0.01");
// Adversarial (checked, not timed): rates with three decimals, as plans often have.
const PLAN_3DP = makePlan(["0.035", "0.055", "0.075", "0.095"], "0.015");

function makePlan(bandRates, flatRate) {
  // bands on the payee's credited revenue in the quarter: ¥0, ¥2M, ¥5M, ¥8M
  const froms = [0, 200_000_000, 500_000_000, 800_000_000];
  return {
    id: "ka-2026-q4",
    currency: "CNY",
    rounding: "half-even",
    components: [
      { kind: "commission", id: "tiered", tiers: { mode: "marginal", basis: "amount", scope: "period", bands: froms.map((from, k) => ({ from, rate: bandRates[k] })) } },
      { kind: "commission", id: "flat", rate: flatRate },
    ],
    clawback: { windowDays: WINDOW_DAYS },
  };
}

// ---------------------------------------------------------------------------------------
// Dataset
// ---------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dayOf = (date) => Date.parse(date) / DAY_MS; // days since 1970-01-01 (UTC)
const dateOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * A quarter's payroll run. `quantum` is the unit amounts are rounded to (1 = to the fen, 100 =
 * whole yuan, 1000 = whole ¥10); everything else is the same for the same seed and size.
 * - payees with an activity weight of 0.2–2, so their quarter totals land in every band;
 * - `credits` credits dated in the quarter, ¥1,000–¥100,000, in random (not date) order; 30%
 *   split between two payees, 60/40 (two thirds) or 50/50; 2% cancelled 0–59 days after their
 *   date (earning nothing when that is inside the quarter);
 * - 5% more credits dated in the previous quarter: two in five won (outside the period, ignored),
 *   three in five cancelled between 2026-09-15 (or their date, if later) and 2026-12-31, each payee's `paidCredits`
 *   holding what they earned (a clawback takes it back when cancelled in the quarter within 90
 *   days of the credit's date).
 */
function makeRun(credits, payeeCount, quantum, seed = SEED) {
  const rand = lcg(seed);
  const ids = Array.from({ length: payeeCount }, (_, i) => `am-${String(i).padStart(4, "0")}`);
  const cumulative = new Float64Array(payeeCount);
  for (let i = 0, sum = 0; i < payeeCount; i++) cumulative[i] = sum += 0.2 + rand() * 1.8;
  const total = cumulative[payeeCount - 1];
  const pick = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = payeeCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const paid = Array.from({ length: payeeCount }, () => []);
  const list = [];
  const start = dayOf(PERIOD.start);
  const priorStart = dayOf(PRIOR.start);
  const prior = Math.round((credits * PRIOR_PER_100K) / 100_000);
  for (let i = 0; i < credits + prior; i++) {
    const isPrior = rand() < prior / (credits + prior);
    const day = isPrior ? priorStart + Math.floor(rand() * 92) : start + Math.floor(rand() * 92);
    const amount = Math.max(quantum, Math.round((100_000 + Math.floor(rand() * 9_900_001)) / quantum) * quantum);
    const a = pick();
    const credit = { id: `c-${i}`, amount, date: dateOf(day), payees: [{ id: ids[a], share: "1" }] };
    if (rand() < 0.3) {
      let b = pick();
      if (b === a) b = (a + 1) % payeeCount;
      const [sa, sb] = rand() < 2 / 3 ? ["0.6", "0.4"] : ["0.5", "0.5"];
      credit.payees = [{ id: ids[a], share: sa }, { id: ids[b], share: sb }];
    }
    if (isPrior) {
      const u = rand();
      if (u < 0.6) {
        credit.status = "cancelled";
        credit.cancelledOn = dateOf(Math.max(day, dayOf("2026-09-15") + Math.floor(rand() * 108)));
        // what the payee was paid for it last quarter (any whole amount; about 5% of the share)
        for (const split of credit.payees) paid[ids.indexOf(split.id)].push({ creditId: credit.id, amount: Math.round(amount * Number(split.share) * 0.05) });
      }
    } else if (rand() < 0.02) {
      credit.status = "cancelled";
      credit.cancelledOn = dateOf(day + Math.floor(rand() * 60));
    }
    list.push(credit);
  }
  const payees = ids.map((payeeId, i) => (paid[i].length > 0 ? { payeeId, paidCredits: paid[i] } : { payeeId }));
  return { period: PERIOD, credits: list, payees };
}

// ---------------------------------------------------------------------------------------
// ours
// ---------------------------------------------------------------------------------------

function oursNets(plan, run, out) {
  const { statements } = calculatePayouts(plan, run);
  for (let i = 0; i < statements.length; i++) out[i] = statements[i].net;
  return out;
}

// ---------------------------------------------------------------------------------------
// float-loop: what a developer would write over the same objects, in floats
// ---------------------------------------------------------------------------------------

/**
 * Groups splits by payee, sorts each payee's credits by date (stable: same-day credits keep
 * input order), keeps a running total in floats and pays each band's rate on the slice of it
 * inside the band; one line per component rounded with `round`; clawbacks as −paid; a negative
 * total pays 0. No validation, no explanation, no per-credit breakdown.
 */
function floatNets(plan, run, out, round = Math.round) {
  const start = run.period.start;
  const end = run.period.end;
  const endDay = dayOf(end);
  const tiered = plan.components[0].tiers.bands;
  const froms = tiered.map((b) => Number(b.from));
  const rates = tiered.map((b) => Number(b.rate));
  const flatRate = Number(plan.components[1].rate);
  const window = plan.clawback.windowDays;
  const index = new Map();
  for (let i = 0; i < run.payees.length; i++) index.set(run.payees[i].payeeId, i);
  const byPayee = Array.from(run.payees, () => []);
  const { credits } = run;
  for (let i = 0; i < credits.length; i++) {
    const c = credits[i];
    for (let j = 0; j < c.payees.length; j++) {
      const p = index.get(c.payees[j].id);
      if (p !== undefined) byPayee[p].push({ c, share: Number(c.payees[j].share) });
    }
  }
  const n = froms.length;
  for (let p = 0; p < byPayee.length; p++) {
    const entries = byPayee[p].sort((x, y) => (x.c.date < y.c.date ? -1 : x.c.date > y.c.date ? 1 : 0));
    let running = 0;
    let tier = 0;
    let flat = 0;
    let clawback = 0;
    const paidCredits = run.payees[p].paidCredits;
    for (let k = 0; k < entries.length; k++) {
      const { c, share } = entries[k];
      const cancelled = c.status === "cancelled";
      if (cancelled && c.cancelledOn >= start && c.cancelledOn <= end && dayOf(c.cancelledOn) - dayOf(c.date) <= window && paidCredits !== undefined) {
        for (const paid of paidCredits) if (paid.creditId === c.id) clawback -= paid.amount;
      }
      if (c.date < start || c.date > end || (cancelled && dayOf(c.cancelledOn) <= endDay)) continue;
      const base = c.amount * share;
      const lo = running;
      const hi = running + base;
      for (let b = 0; b < n; b++) {
        const from = froms[b];
        const to = b + 1 < n ? froms[b + 1] : Infinity;
        const slice = Math.min(hi, to) - Math.max(lo, from);
        if (slice > 0) tier += slice * rates[b];
      }
      running = hi;
      flat += base * flatRate;
    }
    const earnings = round(tier) + round(flat) + clawback;
    out[p] = earnings < 0 ? 0 : earnings;
  }
  return out;
}

/** Half-even on a float: a tie only when the float is exactly x.5. */
function floatHalfEven(x) {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// ---------------------------------------------------------------------------------------
// HyperFormula: the plan as a workbook
// ---------------------------------------------------------------------------------------

const SERIAL_1970 = 25_569; // spreadsheet date serial of 1970-01-01

/**
 * The workbook a spreadsheet user would build:
 * - Plan: the bands (from, rate) in A1:B4, the flat rate in B6, the clawback window in B8, the
 *   period's first and last day in E1:E2;
 * - Credits: one row per payee split, sorted by payee, then date (the user's "sort" step):
 *   payee, credit, date, amount, share, status, cancelled on, paid last quarter (a value), then
 *   formulas: counted in the period, base = amount × share, the payee's running total, four
 *   band slices with MIN/MAX, their sum, the flat component, and the clawback;
 * - Payees: one row per payee: ROUND(SUMIFS(...), 0) for each component, SUMIFS of the
 *   clawbacks, and the net = MAX(0, Σ).
 * Returns each payee's net. Everything is timed: the rows from the data, building the workbook
 * (HyperFormula parses and evaluates every formula while building), reading the nets, and
 * releasing the engine.
 */
function hyperformulaNets(plan, run, out, variant = "plan-sheet") {
  const bands = plan.components[0].tiers.bands;
  const planSheet = [
    [Number(bands[0].from), Number(bands[0].rate), null, null, dayOf(run.period.start) + SERIAL_1970],
    [Number(bands[1].from), Number(bands[1].rate), null, null, dayOf(run.period.end) + SERIAL_1970],
    [Number(bands[2].from), Number(bands[2].rate)],
    [Number(bands[3].from), Number(bands[3].rate)],
    [],
    ["flat rate", Number(plan.components[1].rate)],
    [],
    ["clawback window", plan.clawback.windowDays],
  ];
  // the plan's cells, referenced absolutely (or, for the "inline" variant, their values typed in)
  const P = (cell) => {
    if (variant !== "inline") return `Plan!$${cell[0]}$${cell.slice(1)}`;
    const value = planSheet[Number(cell.slice(1)) - 1]["ABCDE".indexOf(cell[0])];
    return String(value);
  };
  // the splits, with what was paid for each credit last quarter
  const index = new Map();
  for (let i = 0; i < run.payees.length; i++) index.set(run.payees[i].payeeId, i);
  const paidOf = Array.from(run.payees, (p) => new Map((p.paidCredits ?? []).map((x) => [x.creditId, x.amount])));
  const splits = [];
  const { credits } = run;
  for (let i = 0; i < credits.length; i++) {
    const c = credits[i];
    for (let j = 0; j < c.payees.length; j++) {
      const p = index.get(c.payees[j].id);
      if (p !== undefined) splits.push({ p, i, c, share: Number(c.payees[j].share), day: dayOf(c.date) });
    }
  }
  splits.sort((x, y) => x.p - y.p || x.day - y.day || x.i - y.i);
  const rows = new Array(splits.length);
  for (let k = 0; k < splits.length; k++) {
    const { p, c, share, day } = splits[k];
    const r = k + 1; // 1-based row
    const cancelled = c.status === "cancelled";
    rows[k] = [
      run.payees[p].payeeId,
      c.id,
      day + SERIAL_1970,
      c.amount,
      share,
      cancelled ? "cancelled" : "won",
      cancelled ? dayOf(c.cancelledOn) + SERIAL_1970 : null,
      paidOf[p].get(c.id) ?? 0,
      `=AND(C${r}>=${P("E1")},C${r}<=${P("E2")},OR(F${r}<>"cancelled",G${r}>${P("E2")}))`,
      `=IF(I${r},D${r}*E${r},0)`,
      r === 1 ? `=J${r}` : `=IF(A${r}=A${r - 1},K${r - 1},0)+J${r}`,
      `=MAX(0,MIN(K${r},${P("A2")})-MAX(K${r}-J${r},${P("A1")}))*${P("B1")}`,
      `=MAX(0,MIN(K${r},${P("A3")})-MAX(K${r}-J${r},${P("A2")}))*${P("B2")}`,
      `=MAX(0,MIN(K${r},${P("A4")})-MAX(K${r}-J${r},${P("A3")}))*${P("B3")}`,
      `=MAX(0,K${r}-MAX(K${r}-J${r},${P("A4")}))*${P("B4")}`,
      `=SUM(L${r}:O${r})`,
      `=J${r}*${P("B6")}`,
      `=IF(AND(F${r}="cancelled",G${r}>=${P("E1")},G${r}<=${P("E2")},G${r}-C${r}<=${P("B8")}),-H${r},0)`,
    ];
  }
  const payeeRows = run.payees.map((payee, i) => {
    const r = i + 1;
    return [
      payee.payeeId,
      `=ROUND(SUMIFS(Credits!$P:$P,Credits!$A:$A,A${r}),0)`,
      `=ROUND(SUMIFS(Credits!$Q:$Q,Credits!$A:$A,A${r}),0)`,
      `=SUMIFS(Credits!$R:$R,Credits!$A:$A,A${r})`,
      `=MAX(0,B${r}+C${r}+D${r})`,
    ];
  });
  const hf = HyperFormula.buildFromSheets({ Plan: planSheet, Credits: rows, Payees: payeeRows }, { licenseKey: "gpl-v3", maxRows: 1_048_576 });
  const sheet = hf.getSheetId("Payees");
  for (let i = 0; i < run.payees.length; i++) {
    const v = hf.getCellValue({ sheet, row: i, col: 4 });
    out[i] = typeof v === "number" ? v : Number.NaN;
  }
  hf.destroy();
  return out;
}

// ---------------------------------------------------------------------------------------
// Adversarial notes: how often floats pay a different cent
// ---------------------------------------------------------------------------------------

function adversarial(label, plan, run, withHf) {
  const n = run.payees.length;
  const exact = oursNets(plan, run, new Float64Array(n));
  const variants = { "Math.round": floatNets(plan, run, new Float64Array(n)), "float half-even": floatNets(plan, run, new Float64Array(n), floatHalfEven) };
  if (withHf) variants["HyperFormula ROUND"] = hyperformulaNets(plan, run, new Float64Array(n));
  const parts = [];
  const examples = [];
  for (const [name, got] of Object.entries(variants)) {
    let wrong = 0;
    let first = -1;
    for (let i = 0; i < n; i++) {
      if (got[i] !== exact[i]) {
        wrong++;
        if (first < 0) first = i;
      }
    }
    parts.push(`${name} ${wrong.toLocaleString("en-US")}`);
    if (first >= 0) examples.push(`${name}: ${run.payees[first].payeeId} ours ${exact[first]}, ${name} ${got[first]}${lineDetail(plan, run, first)}`);
  }
  note(`[payouts] adversarial, ${label}: payees whose net differs from ours (of ${n.toLocaleString("en-US")}): ${parts.join(", ")}`);
  for (const e of examples) note(`[payouts]   e.g. ${e}`);
}

/** Ours' exact line sums against the float sums, for one payee (for the notes). */
function lineDetail(plan, run, p) {
  const one = { period: run.period, credits: run.credits, payees: [run.payees[p]] };
  const statement = calculatePayouts(plan, one).statements[0];
  const exactOf = (id) => {
    const line = statement.lines.find((l) => l.componentId === id);
    const last = line.explanation.steps.at(-1);
    return `${line.amount} from ${JSON.stringify(last.inputs.exact)}`;
  };
  return ` (ours: tiered ${exactOf("tiered")}, flat ${exactOf("flat")})`;
}

// ---------------------------------------------------------------------------------------
// The cases
// ---------------------------------------------------------------------------------------

const fmt = (n) => n.toLocaleString("en-US");
const runs = new Map();
/** The timed dataset of a size, built once (amounts in whole ¥10). */
function runOf(credits) {
  if (!runs.has(credits)) runs.set(credits, credits === CREDITS ? makeRun(CREDITS, PAYEES, 1000) : makeRun(credits, credits / 100, 1000, SEED + credits));
  return runs.get(credits);
}
const outs = { ours: new Float64Array(PAYEES), float: new Float64Array(PAYEES), hf: new Float64Array(PAYEES) };
const ours = (count) => oursNets(PLAN, runOf(count), outs.ours).subarray(0, runOf(count).payees.length);
const floatLoop = (count) => floatNets(PLAN, runOf(count), outs.float).subarray(0, runOf(count).payees.length);
const hyperformula = (count) => hyperformulaNets(PLAN, runOf(count), outs.hf).subarray(0, runOf(count).payees.length);

function describeRun(label, run, credits) {
  const splits = run.credits.reduce((s, c) => s + c.payees.length, 0);
  const clawed = run.payees.reduce((s, p) => s + (p.paidCredits?.length ?? 0), 0);
  const nets = oursNets(PLAN, run, new Float64Array(run.payees.length));
  let zero = 0;
  let sum = 0;
  for (const v of nets) (sum += v), (zero += v === 0 ? 1 : 0);
  note(
    `[${label}] dataset: ${fmt(run.payees.length)} payees, ${fmt(credits)} credits in ${PERIOD.start}..${PERIOD.end} + ${fmt(run.credits.length - credits)} of the previous quarter ` +
      `(${fmt(clawed)} paid splits of cancelled ones), ${fmt(splits)} payee splits; total net ${(sum / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })} CNY; payees with net 0: ${zero}`,
  );
}

/** The run: 1,000 payees, 100,000 credits; ours against the float loop. */
function payoutsCase() {
  const big = runOf(CREDITS);
  note(
    `[calculatePayouts] plan: marginal bands from ¥0/2M/5M/8M at ${PLAN.components[0].tiers.bands.map((b) => b.rate).join("/")} over the period, ` +
      `flat ${PLAN.components[1].rate}, clawback window ${WINDOW_DAYS} days; seed ${SEED}; amounts ¥1,000–¥100,000 in whole ¥10`,
  );
  describeRun("calculatePayouts", big, CREDITS);

  // not timed: how often floats pay a different cent on less friendly data
  adversarial("amounts to the fen, rates 0.035/0.055/0.075/0.095 + flat 0.015", PLAN_3DP, makeRun(CREDITS, PAYEES, 1), false);
  adversarial("amounts in whole yuan, the same rates", PLAN_3DP, makeRun(CREDITS, PAYEES, 100), false);
  adversarial("amounts to the fen, the timed rates", PLAN, makeRun(CREDITS, PAYEES, 1), false);

  return runCase({
    name: "calculatePayouts",
    ops: CREDITS,
    ours,
    peers: { "float-loop": floatLoop },
    describe: (k) => `net of ${big.payees[k].payeeId}`,
    scaleFrom: SMALL.credits,
  });
}

/**
 * HyperFormula on a tenth of the run (10,000 credits, 100 payees, the same density): the
 * workbook's SUMIFS make its cost grow with payees × rows, and the full run takes minutes per
 * build (see `--hf-scaling`).
 */
function spreadsheetCase() {
  const small = runOf(SMALL.credits);
  const name = "calculatePayouts (10,000 credits)";
  describeRun(name, small, SMALL.credits);
  adversarial(`HyperFormula, whole yuan, 3-decimal rates, ${fmt(SMALL.credits)} credits / ${SMALL.payees} payees`, PLAN_3DP, makeRun(SMALL.credits, SMALL.payees, 100, SEED + SMALL.credits), true);
  return runCase({
    name,
    ops: SMALL.credits,
    ours,
    peers: { "float-loop": floatLoop, HyperFormula: hyperformula },
    describe: (k) => `net of ${small.payees[k].payeeId}`,
    // one HyperFormula build takes seconds: fewer timed runs, but still several
    benchOptions: { iterations: 3, time: 1000, warmupIterations: 1, warmupTime: 0 },
  });
}

/**
 * `--hf-scaling [credits...]` (not part of `npm run bench`): one cold run of each implementation
 * at 10,000, 30,000 and 100,000 credits (100 credits per payee) or the sizes given, HyperFormula
 * both as the workbook above and with the plan's numbers typed into the formulas instead of
 * referenced from the Plan sheet. One JSON line per measurement, as soon as it is taken. At
 * 100,000 credits each HyperFormula build takes many minutes.
 */
function hfScaling() {
  const given = process.argv.slice(process.argv.indexOf("--hf-scaling") + 1).map(Number).filter((n) => n > 0);
  for (const credits of given.length > 0 ? given : [SMALL.credits, 30_000, CREDITS]) {
    const run = runOf(credits);
    const n = run.payees.length;
    let reference;
    const measure = (implementation, f) => {
      const t = performance.now();
      const out = f(new Float64Array(n));
      const ms = Math.round(performance.now() - t);
      reference ??= out;
      const equal = out.every((v, i) => v === reference[i]);
      process.stdout.write(`${JSON.stringify({ credits, payees: n, implementation, ms, equalToOurs: equal })}\n`);
    };
    measure("ours", (out) => oursNets(PLAN, run, out));
    measure("float-loop", (out) => floatNets(PLAN, run, out));
    measure("HyperFormula", (out) => hyperformulaNets(PLAN, run, out));
    measure("HyperFormula, plan numbers inlined", (out) => hyperformulaNets(PLAN, run, out, "inline"));
  }
}

export default async function main() {
  await payoutsCase();
  await spreadsheetCase();
}

// Also runnable on its own: `node bench/incentives.bench.mjs [--json | --hf-scaling]`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes("--hf-scaling")) hfScaling();
  else await main();
}
