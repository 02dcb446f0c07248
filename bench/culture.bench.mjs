// Benchmark for culture: summarizeSurvey over 100,000 responses in 500 groups (teams of very
// different sizes, so small-group and complementary suppression both happen), against a plain
// hand-written loop over trusted input that computes the same numbers: each group's head count
// and q1 favourable count (or "hidden"), and the overall eNPS, from the same per-question tallies.

import { pathToFileURL } from "node:url";
import { summarizeSurvey } from "team-playbook/culture";
import { lcg, note, runCase } from "./harness.mjs";

const RESPONSES = 100_000;
const GROUPS = 500;
const MIN = 5;
const QUESTIONS = ["q1", "q2", "q3", "q4"];

// Group sizes vary widely: a skewed draw puts most respondents in big teams and leaves some
// teams with a handful of people, which the summary has to hide.
function dataset(count) {
  const rand = lcg(20261128);
  const responses = new Array(count);
  for (let i = 0; i < count; i++) {
    // two tiny teams (t498: 1 person, t499: 2) force small-group and complementary suppression
    const team = i < 3 ? GROUPS - 1 - (i % 2) : Math.floor((GROUPS - 2) * rand() ** 3);
    const answers = { enps: Math.floor(rand() * 11) };
    for (const q of QUESTIONS) answers[q] = 1 + Math.floor(rand() * 5);
    responses[i] = { respondentId: `r${i}`, attributes: { team: `t${String(team).padStart(3, "0")}` }, answers, ...(rand() < 0.05 ? { comment: "希望多一些培训机会" } : {}) };
  }
  return responses;
}

const KEYS = Array.from({ length: GROUPS }, (_, i) => `t${String(i).padStart(3, "0")}`);

// What a developer would write for trusted data: one pass counting every answer of every
// question per group (as ours does), then the same suppression; no validation, no comments.
function handSummary(responses, out) {
  const n = new Map();
  const tallies = new Map();
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i];
    const key = r.attributes.team;
    n.set(key, (n.get(key) ?? 0) + 1);
    let t = tallies.get(key);
    if (t === undefined) tallies.set(key, (t = new Int32Array(11 + 6 * QUESTIONS.length)));
    const e = r.answers.enps;
    t[e]++;
    for (let q = 0; q < QUESTIONS.length; q++) t[11 + 6 * q + r.answers[QUESTIONS[q]]]++;
    if (e >= 9) promoters++;
    else if (e <= 6) detractors++;
  }
  const keys = [...n.keys()].sort();
  const hidden = new Set();
  let held = 0;
  for (const k of keys) if (n.get(k) < MIN) (hidden.add(k), (held += n.get(k)));
  if (held > 0 && held < MIN) {
    const shown = keys.filter((k) => !hidden.has(k)).sort((a, b) => n.get(a) - n.get(b) || (a < b ? -1 : 1));
    for (const k of shown) {
      if (held >= MIN) break;
      hidden.add(k);
      held += n.get(k);
    }
  }
  out.fill(0);
  for (let g = 0; g < KEYS.length; g++) {
    const k = KEYS[g];
    if (!n.has(k)) continue;
    out[2 * g] = hidden.has(k) ? -1 : n.get(k);
    out[2 * g + 1] = hidden.has(k) ? -1 : tallies.get(k)[11 + 4] + tallies.get(k)[11 + 5]; // q1 favourable
  }
  out[2 * KEYS.length] = ((promoters - detractors) * 100) / responses.length;
  return out;
}

export default async function run() {
  const all = dataset(RESPONSES);
  const slices = new Map([RESPONSES, RESPONSES / 10].map((c) => [c, all.slice(0, c)]));
  const full = summarizeSurvey(all, { groupBy: "team" });
  const hidden = full.groups.filter((g) => g.suppressed);
  note(`[culture] dataset: ${RESPONSES.toLocaleString("en-US")} responses in ${full.groups.length} groups (eNPS and four 5-point items, 5% with a comment); ${hidden.length} groups hidden (${hidden.filter((g) => g.reason === "too-few").length} too few, ${hidden.filter((g) => g.reason === "complementary").length} complementary)`);
  const oursOut = new Float64Array(2 * GROUPS + 1);
  const handOut = new Float64Array(2 * GROUPS + 1);
  await runCase({
    name: "summarizeSurvey",
    ops: RESPONSES,
    ours: (count) => {
      const s = summarizeSurvey(slices.get(count), { groupBy: "team" });
      oursOut.fill(0);
      const index = new Map(KEYS.map((k, g) => [k, g]));
      for (const g of s.groups) {
        const k = index.get(g.key);
        oursOut[2 * k] = g.suppressed ? -1 : g.n;
        oursOut[2 * k + 1] = g.suppressed ? -1 : g.results.questions.q1.favourability.favourable;
      }
      oursOut[2 * GROUPS] = s.overall.results.questions.enps.enps.score;
      return oursOut;
    },
    peers: { "hand-loop": (count) => handSummary(slices.get(count), handOut) },
    describe: (k) => (k === 2 * GROUPS ? "overall eNPS" : `${KEYS[k >> 1]} ${k % 2 === 0 ? "n" : "q1 favourable"}`),
    scaleFrom: RESPONSES / 10,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
