// Benchmarks for feedback: coverage and balance over a log of 1,000,000 entries for 1,000
// members, each in one pass, against a plain hand-written loop over trusted input (no
// validation, no retractions), the practical limit.

import { pathToFileURL } from "node:url";
import { feedbackBalance, feedbackCoverage } from "team-playbook/feedback";
import { lcg, note, runCase } from "./harness.mjs";

const ENTRIES = 1_000_000;
const MEMBERS = 1_000;
const AS_OF = "2026-11-28";
const WITHIN = 30;
const PERIOD = { start: "2026-09-01", end: "2026-11-30" };

// A year of feedback: 1,000 members giving to each other, at office hours in three offsets,
// a quarter of it constructive, most members active, a few never receiving anything.
function dataset(count) {
  const rand = lcg(20261130);
  const offsets = ["+08:00", "+08:00", "+08:00", "+09:00", "-08:00"];
  const entries = new Array(count);
  for (let i = 0; i < count; i++) {
    const to = Math.floor(rand() * (MEMBERS - 20)); // members 980–999 never receive feedback
    let from = Math.floor(rand() * MEMBERS);
    if (from === to) from = (from + 1) % MEMBERS;
    const day = new Date(Date.UTC(2025, 11, 1) + Math.floor(rand() * 365) * 86400000).toISOString().slice(0, 10);
    const hour = String(8 + Math.floor(rand() * 12)).padStart(2, "0");
    entries[i] = {
      id: `f${i}`,
      from: `m${from}`,
      to: `m${to}`,
      at: `${day}T${hour}:00:00${offsets[Math.floor(rand() * offsets.length)]}`,
      kind: rand() < 0.25 ? "constructive" : "praise",
      visibility: rand() < 0.3 ? "public" : "private",
    };
  }
  return entries;
}

const DAY_MS = 86400000;
const dayNumber = (text) => Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))) / DAY_MS;

// What a developer would write for trusted data: one pass, a map of last days by receiver.
function handCoverage(entries, memberIds, out) {
  const asOf = dayNumber(AS_OF);
  const last = new Map();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const day = dayNumber(e.at.slice(0, 10));
    if (day > asOf) continue;
    const seen = last.get(e.to);
    if (seen === undefined || day > seen) last.set(e.to, day);
  }
  for (let k = 0; k < memberIds.length; k++) {
    const day = last.get(memberIds[k]);
    out[k] = day === undefined ? -1 : asOf - day;
  }
  return out;
}

function handBalance(entries, out) {
  let praise = 0;
  let constructive = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const day = e.at.slice(0, 10);
    if (day < PERIOD.start || day > PERIOD.end) continue;
    if (e.kind === "praise") praise++;
    else constructive++;
  }
  out[0] = praise;
  out[1] = constructive;
  return out;
}

export default async function run() {
  const all = dataset(ENTRIES);
  const logs = new Map([ENTRIES, ENTRIES / 10].map((n) => [n, { entries: all.slice(0, n) }]));
  const memberIds = Array.from({ length: MEMBERS }, (_, i) => `m${i}`);
  note(`[feedback] dataset: ${ENTRIES.toLocaleString("en-US")} entries for ${MEMBERS.toLocaleString("en-US")} members over a year, three offsets; 20 members never receive feedback`);

  const coverageOut = new Float64Array(MEMBERS);
  const handCoverageOut = new Float64Array(MEMBERS);
  await runCase({
    name: "feedbackCoverage",
    ops: ENTRIES,
    ours: (count) => {
      const rows = feedbackCoverage(logs.get(count), memberIds, { asOf: AS_OF, withinDays: WITHIN });
      for (let k = 0; k < rows.length; k++) coverageOut[k] = rows[k].daysSince ?? -1;
      return coverageOut;
    },
    peers: { "hand-loop": (count) => handCoverage(logs.get(count).entries, memberIds, handCoverageOut) },
    describe: (k) => memberIds[k],
    scaleFrom: ENTRIES / 10,
  });

  const balanceOut = new Float64Array(2);
  const handBalanceOut = new Float64Array(2);
  await runCase({
    name: "feedbackBalance",
    ops: ENTRIES,
    ours: (count) => {
      const b = feedbackBalance(logs.get(count), { period: PERIOD });
      balanceOut[0] = b.praise;
      balanceOut[1] = b.constructive;
      return balanceOut;
    },
    peers: { "hand-loop": (count) => handBalance(logs.get(count).entries, handBalanceOut) },
    describe: (k) => (k === 0 ? "praise" : "constructive"),
    scaleFrom: ENTRIES / 10,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
