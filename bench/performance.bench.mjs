// Benchmark for performance scoring: 10,000 members × 20 KPIs scored with scoreScorecards (one
// scorecard for the whole company, checked once) against a plain hand-written loop doing the
// same threshold / target / stretch arithmetic and building the same per-member result (each
// KPI's score and contribution, and the total) without validation, findings or explanation
// (goal: within 2×, a ratio of at least 0.5). Totals are compared before timing.

import { pathToFileURL } from "node:url";
import { scoreScorecards, scorecardTotals } from "team-playbook/performance";
import { lcg, note, runCase } from "./harness.mjs";

const MEMBERS = 10_000;
const KPIS = 20;

// A sales scorecard of 20 KPIs: 14 higher-is-better (revenue, renewals, visits …) and 6
// lower-is-better (days to close, response hours …), weights 1–10, caps at 120–150.
function makeCard(rand) {
  const kpis = [];
  for (let k = 0; k < KPIS; k++) {
    const weight = 1 + Math.floor(rand() * 10);
    if (k < 14) {
      const target = 100 + Math.floor(rand() * 900);
      kpis.push({ id: `k${k}`, weight, direction: "higher-is-better", threshold: { value: target * 0.8, score: 50 }, target: { value: target, score: 100 }, stretch: { value: target * 1.2, score: 120 + Math.floor(rand() * 31) } });
    } else {
      const target = 10 + Math.floor(rand() * 30);
      kpis.push({ id: `k${k}`, weight, direction: "lower-is-better", threshold: { value: target * 1.5, score: 0 }, target: { value: target, score: 100 }, stretch: { value: target * 0.75, score: 120 } });
    }
  }
  return { id: "sales-2026", kpis, ratingScale: { bands: [{ min: 0, rating: 1 }, { min: 70, rating: 2 }, { min: 95, rating: 3 }, { min: 110, rating: 4 }, { min: 125, rating: 5 }] } };
}

// Each member's actuals around the targets, one in fifty KPIs missing.
function makeActuals(card, rand) {
  const rows = [];
  for (let m = 0; m < MEMBERS; m++) {
    const actuals = {};
    for (const kpi of card.kpis) {
      if (rand() < 0.02) continue;
      actuals[kpi.id] = Math.round(kpi.target.value * (0.5 + rand()) * 100) / 100;
    }
    rows.push(actuals);
  }
  return rows;
}

// One KPI's threshold / target / stretch score, as plain arithmetic over trusted input.
function handKpiScore(kpi, x) {
  const lower = kpi.direction === "lower-is-better";
  const t = kpi.threshold;
  const g = kpi.target;
  const s = kpi.stretch;
  if (lower ? x <= s.value : x >= s.value) return s.score;
  if (lower ? x > t.value : x < t.value) return 0;
  if (x === t.value) return t.score;
  if (lower ? x > g.value : x < g.value) return t.score + ((x - t.value) / (g.value - t.value)) * (g.score - t.score);
  return g.score + ((x - g.value) / (s.value - g.value)) * (s.score - g.score);
}

// The same scoring as a plain loop over trusted input, producing what a dashboard shows: each
// KPI's score and contribution, and the total.
function handScore(card, actuals) {
  let weighted = 0;
  let weights = 0;
  const lines = [];
  for (const kpi of card.kpis) {
    const x = actuals[kpi.id];
    if (x === undefined) {
      lines.push({ id: kpi.id, score: null, contribution: 0 });
      continue;
    }
    const score = handKpiScore(kpi, x);
    lines.push({ id: kpi.id, score, contribution: kpi.weight * score });
    weighted += kpi.weight * score;
    weights += kpi.weight;
  }
  for (const line of lines) line.contribution /= weights;
  return { total: weights > 0 ? weighted / weights : Number.NaN, kpis: lines };
}

// Totals only, for the company-wide list: the arithmetic alone.
function handTotal(card, actuals) {
  let weighted = 0;
  let weights = 0;
  for (const kpi of card.kpis) {
    const x = actuals[kpi.id];
    if (x === undefined) continue;
    const score = handKpiScore(kpi, x);
    weighted += kpi.weight * score;
    weights += kpi.weight;
  }
  return weights > 0 ? weighted / weights : Number.NaN;
}

export default async function run() {
  const rand = lcg(20261130);
  const card = makeCard(rand);
  const members = makeActuals(card, rand);
  const out = new Float64Array(MEMBERS);
  const handOut = new Float64Array(MEMBERS);
  const batches = new Map([MEMBERS, 1_000].map((n) => [n, members.slice(0, n)]));
  const ours = (count) => {
    const results = scoreScorecards(card, batches.get(count));
    for (let m = 0; m < count; m++) out[m] = results[m].total;
    return out.subarray(0, count);
  };
  const hand = (count) => {
    const batch = batches.get(count);
    for (let m = 0; m < count; m++) handOut[m] = handScore(card, batch[m]).total;
    return handOut.subarray(0, count);
  };
  note(`[scoreScorecards] dataset: ${MEMBERS.toLocaleString("en-US")} members × ${KPIS} KPIs (14 higher-is-better, 6 lower-is-better), 2% of actuals missing, seed 20261130`);
  await runCase({ name: "scoreScorecards", ops: MEMBERS, ours, peers: { "hand-loop": hand }, describe: (k) => `member ${k}`, scaleFrom: 1_000 });

  // the company-wide list: totals and ratings only, against the arithmetic alone
  const oursTotals = (count) => {
    const rows = scorecardTotals(card, batches.get(count));
    for (let m = 0; m < count; m++) out[m] = rows[m].total;
    return out.subarray(0, count);
  };
  const handTotals = (count) => {
    const batch = batches.get(count);
    for (let m = 0; m < count; m++) handOut[m] = handTotal(card, batch[m]);
    return handOut.subarray(0, count);
  };
  return runCase({ name: "scorecardTotals", ops: MEMBERS, ours: oursTotals, peers: { "hand-loop": handTotals }, describe: (k) => `member ${k}`, scaleFrom: 1_000 });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
