// Benchmarks for collaboration: validateRaci on a matrix of 100,000 tasks over 1,000 people,
// and workloadBalance on a company of 100,000 members, each against a plain hand-written loop
// over trusted input (no validation, no findings objects, no explanation), the practical limit.

import { pathToFileURL } from "node:url";
import { validateRaci, workloadBalance } from "team-playbook/collaboration";
import { lcg, note, runCase } from "./harness.mjs";

const TASKS = 100_000;
const PEOPLE = 1_000;
const MEMBERS = 100_000;
const CODES = ["raci.no-accountable", "raci.multiple-accountable", "raci.no-responsible", "raci.implicit-responsible", "raci.multiple-letters", "raci.too-many-consulted", "raci.overloaded"];

// A large programme: most tasks well formed, a few with no or two A, no R, mixed letters or
// too many consulted; one person (p0) responsible for a large share of the work.
function matrixOf(count) {
  const rand = lcg(20261201);
  const tasks = new Array(count);
  for (let i = 0; i < count; i++) {
    const roles = {};
    const add = (p, l) => {
      const key = `p${p}`;
      if (roles[key] === undefined) roles[key] = [l];
      else if (!roles[key].includes(l)) roles[key].push(l);
    };
    const r = rand();
    if (r > 0.03) add(Math.floor(rand() * PEOPLE), "A");
    if (r > 0.98) add(Math.floor(rand() * PEOPLE), "A");
    const doers = rand() < 0.05 ? 0 : 1 + Math.floor(rand() * 2);
    for (let k = 0; k < doers; k++) add(rand() < 0.6 ? 0 : Math.floor(rand() * PEOPLE), "R");
    const consulted = Math.floor(rand() * 6);
    for (let k = 0; k < consulted; k++) add(Math.floor(rand() * PEOPLE), "C");
    if (rand() < 0.5) add(Math.floor(rand() * PEOPLE), "I");
    tasks[i] = { id: `t${i}`, roles };
  }
  return { tasks };
}

// What a developer would write for trusted data: one pass, counts per task, a map of work.
function handRaci(tasks, out) {
  out.fill(0);
  const work = new Map();
  for (let i = 0; i < tasks.length; i++) {
    const roles = tasks[i].roles;
    let a = 0;
    let r = 0;
    let c = 0;
    let theA;
    for (const person in roles) {
      const l = roles[person];
      const hasA = l.includes("A");
      const hasR = l.includes("R");
      if (hasA) {
        a++;
        theA = person;
      }
      if (hasR) {
        r++;
        work.set(person, (work.get(person) ?? 0) + 1);
      }
      if (l.includes("C")) c++;
      if (l.length > 1 && !(l.length === 2 && hasA && hasR)) out[4]++;
    }
    if (a === 0) out[0]++;
    else if (a > 1) out[1]++;
    if (r === 0) {
      if (a === 1) {
        out[3]++;
        work.set(theA, (work.get(theA) ?? 0) + 1);
      } else out[2]++;
    }
    if (c > 3) out[5]++;
  }
  if (tasks.length >= 4) for (const n of work.values()) if (n * 2 > tasks.length) out[6]++;
  return out;
}

function teamOf(count) {
  const rand = lcg(20261202);
  const loads = new Array(count);
  for (let i = 0; i < count; i++) loads[i] = { memberId: `m${i}`, load: Math.floor(rand() * 61), capacity: 40 };
  return loads;
}

// The textbook formulas over trusted integer loads: sums, one sort for Gini.
function handWorkload(loads, out) {
  const n = loads.length;
  const xs = new Float64Array(n);
  let S = 0;
  let Q = 0;
  let max = 0;
  let over = 0;
  for (let i = 0; i < n; i++) {
    const { load, capacity } = loads[i];
    xs[i] = load;
    S += load;
    Q += load * load;
    if (load > max) max = load;
    if (load > capacity) over++;
  }
  xs.sort();
  let G = 0;
  for (let i = 0; i < n; i++) G += (2 * i + 1 - n) * xs[i];
  out[0] = S / (n * max);
  out[1] = Math.sqrt((n * Q - S * S) / (S * S));
  out[2] = G / (n * S);
  out[3] = over;
  return out;
}

export default async function run() {
  const matrices = new Map([TASKS, TASKS / 10].map((n) => [n, matrixOf(n)]));
  note(`[collaboration] datasets: a RACI matrix of ${TASKS.toLocaleString("en-US")} tasks over ${PEOPLE.toLocaleString("en-US")} people; a team of ${MEMBERS.toLocaleString("en-US")} members with loads 0–60 h against 40 h`);
  const raciOut = new Float64Array(CODES.length);
  const handRaciOut = new Float64Array(CODES.length);
  await runCase({
    name: "validateRaci",
    ops: TASKS,
    ours: (count) => {
      raciOut.fill(0);
      for (const f of validateRaci(matrices.get(count))) raciOut[CODES.indexOf(f.code)]++;
      return raciOut;
    },
    peers: { "hand-loop": (count) => handRaci(matrices.get(count).tasks, handRaciOut) },
    describe: (k) => CODES[k],
    scaleFrom: TASKS / 10,
  });

  const teams = new Map([MEMBERS, MEMBERS / 10].map((n) => [n, teamOf(n)]));
  const workOut = new Float64Array(4);
  const handWorkOut = new Float64Array(4);
  await runCase({
    name: "workloadBalance",
    ops: MEMBERS,
    ours: (count) => {
      const r = workloadBalance(teams.get(count));
      workOut[0] = r.balanceIndex;
      workOut[1] = r.cv;
      workOut[2] = r.gini;
      workOut[3] = r.overloaded.length;
      return workOut;
    },
    peers: { "hand-loop": (count) => handWorkload(teams.get(count), handWorkOut) },
    describe: (k) => ["balanceIndex", "cv", "gini", "overloaded"][k],
    scaleFrom: MEMBERS / 10,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
