// Benchmarks for goals: SMART checks over a whole company's goals (goal: at least 10,000 goals a
// second) and progress roll-ups over 100,000 goals (goal: linear, 10× the goals ≈ 10× the time),
// the roll-up also against a hand-written loop without validation, the practical limit.

import { pathToFileURL } from "node:url";
import { checkSmartAll, rollUpProgress } from "team-playbook/goals";
import { lcg, note, runCase } from "./harness.mjs";

const SMART_GOALS = 10_000;
const ROLLUP_GOALS = 100_000;

const TITLES = [
  (n) => `2027 Q1 新签企业客户 ${n} 家`,
  (n) => `Q1 回款 ${n} 万元`,
  () => "提升客户满意度",
  (n) => `续约率从 83% 提升到 ${80 + (n % 15)}%`,
  (n) => `回款率≥95%，且逾期应收降至${n}万元以下`,
  (n) => `Close $${n}K in new ARR this quarter`,
  () => "Make more calls",
];

// A company's goals: 20 team goals aligned to the strategy, and people's goals under them,
// of every quality (vague, compound, no owner, no metric, no dates, stretch targets).
function smartDataset(count) {
  const rand = lcg(20261128);
  const goals = [];
  const history = {};
  for (let i = 0; i < count; i++) {
    if (i < 20) {
      goals.push({ id: `team-${i}`, title: `团队新签 ${60 + i} 家`, ownerId: `mgr-${i}`, metric: { unit: "count", direction: "increase", baseline: 0, target: 60 + i }, start: "2027-01-01", due: "2027-03-31", alignedTo: ["strategy:new-logos"] });
      continue;
    }
    const n = 5 + Math.floor(rand() * 40);
    const goal = { id: `g-${i}`, title: TITLES[Math.floor(rand() * TITLES.length)](n) };
    if (rand() < 0.8) goal.ownerId = `am-${i}`;
    if (rand() < 0.85) goal.metric = { unit: "count", direction: "increase", baseline: 0, target: n };
    if (rand() < 0.85) Object.assign(goal, { start: "2027-01-01", due: rand() < 0.05 ? "2026-12-01" : "2027-03-31" });
    if (rand() < 0.9) goal.parentId = `team-${Math.floor(rand() * 20)}`;
    goals.push(goal);
    if (rand() < 0.5) history[goal.id] = [{ date: "2026-06-30", value: 5 + Math.floor(rand() * 20) }, { date: "2026-09-30", value: 5 + Math.floor(rand() * 20) }];
  }
  return { goals, history };
}

function smartCase() {
  const { goals, history } = smartDataset(SMART_GOALS);
  const out = new Float64Array(SMART_GOALS);
  const slices = new Map([SMART_GOALS, 1_000].map((n) => [n, goals.slice(0, n)]));
  const ours = (count) => {
    const reports = checkSmartAll(slices.get(count), { asOf: "2026-12-15", history });
    for (let k = 0; k < reports.length; k++) out[k] = reports[k].met;
    return out.subarray(0, count);
  };
  const passed = ours(SMART_GOALS).reduce((s, met) => s + (met === 5 ? 1 : 0), 0);
  note(`[checkSmart] dataset: ${SMART_GOALS.toLocaleString("en-US")} goals (20 team goals, the rest of mixed quality); ${passed.toLocaleString("en-US")} pass all five criteria`);
  return runCase({ name: "checkSmart", ops: SMART_GOALS, ours, peers: {}, describe: (k) => goals[k].title, scaleFrom: 1_000 });
}

// 100,000 goals in a company tree: every goal's parent is an earlier goal, weights 0–3 (a tenth
// of them 0), one in twenty archived, progress given for every leaf.
function rollupDataset(count) {
  const rand = lcg(20261129);
  const goals = [];
  for (let i = 0; i < count; i++) {
    const goal = { id: `n${i}`, title: `goal ${i}` };
    if (i > 0) goal.parentId = `n${Math.floor(rand() * Math.min(i, 1 + i / 4))}`;
    if (rand() < 0.5) goal.weight = rand() < 0.1 ? 0 : 1 + Math.floor(rand() * 3);
    if (rand() < 0.05) goal.archived = true;
    goals.push(goal);
  }
  const parents = new Set(goals.map((g) => g.parentId));
  const progress = {};
  for (const g of goals) if (!parents.has(g.id)) progress[g.id] = Math.round(rand() * 100) / 100;
  return { goals, progress };
}

// The same roll-up written as a plain loop over trusted input: children lists, then parents
// after their children (every parent comes earlier in the list, so a backwards pass suffices),
// each parent summing its children in list order, as the library does.
function handRollUp(goals, progress, out) {
  const index = new Map();
  for (let i = 0; i < goals.length; i++) index.set(goals[i].id, i);
  const children = new Array(goals.length);
  for (let i = 0; i < goals.length; i++) {
    out[i] = progress[goals[i].id] ?? Number.NaN;
    const p = goals[i].parentId === undefined ? undefined : index.get(goals[i].parentId);
    if (p !== undefined) (children[p] ??= []).push(i);
  }
  for (let i = goals.length - 1; i >= 0; i--) {
    const kids = children[i];
    if (kids === undefined) continue;
    let sum = 0;
    let weights = 0;
    for (const k of kids) {
      const w = goals[k].weight ?? 1;
      if (goals[k].archived === true || w === 0 || Number.isNaN(out[k])) continue;
      sum += w * out[k];
      weights += w;
    }
    if (weights > 0) out[i] = sum / weights;
  }
  return out;
}

function rollupCase() {
  const sizes = [ROLLUP_GOALS, 10_000];
  const data = new Map(sizes.map((n) => [n, rollupDataset(n)]));
  const out = new Float64Array(ROLLUP_GOALS);
  const handOut = new Float64Array(ROLLUP_GOALS);
  const ours = (count) => {
    const { goals, progress } = data.get(count);
    const result = rollUpProgress(goals, progress);
    for (let k = 0; k < goals.length; k++) out[k] = result[goals[k].id] ?? Number.NaN;
    // NaN never equals NaN; compare "no progress" as -1
    for (let k = 0; k < goals.length; k++) if (Number.isNaN(out[k])) out[k] = -1;
    return out.subarray(0, count);
  };
  const hand = (count) => {
    const { goals, progress } = data.get(count);
    handRollUp(goals, progress, handOut);
    for (let k = 0; k < count; k++) if (Number.isNaN(handOut[k])) handOut[k] = -1;
    return handOut.subarray(0, count);
  };
  note(`[rollUpProgress] dataset: ${ROLLUP_GOALS.toLocaleString("en-US")} goals in one tree, weights 0–3, 5% archived`);
  return runCase({ name: "rollUpProgress", ops: ROLLUP_GOALS, ours, peers: { "hand-loop": hand }, describe: (k) => data.get(ROLLUP_GOALS).goals[k].id, scaleFrom: 10_000 });
}

export default async function run() {
  await smartCase();
  await rollupCase();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
