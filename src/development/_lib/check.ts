/**
 * Argument checks of the development module, shared by the compute functions and the schemas.
 * @internal
 * @module
 */
import { checkArray, checkCalendarDate, checkEnum, checkInteger, checkNumber, checkRecord, checkString, report, shown, type Issues } from "../../core/_lib/check.js";
import { parseDec, type Dec } from "../../core/_lib/decimal.js";
import type { Path } from "../../core/errors.js";
import type { DevelopmentFormat, ProficiencyLevel } from "../types.js";

/** The three kinds of the 70-20-10 model, in that order. @internal */
export const FORMATS: readonly DevelopmentFormat[] = ["experience", "social", "formal"];

/** A level on the 0–4 scale (1–4 with `min: 1`). @internal */
export function checkLevel(value: unknown, path: Path, issues: Issues, min = 0): value is ProficiencyLevel {
  return checkInteger(value, path, issues, { min, max: 4 });
}

/** A positive weight; returns it as an exact decimal. @internal */
export function checkWeight(value: unknown, path: Path, issues: Issues): Dec | undefined {
  if (!checkNumber(value, path, issues)) return undefined;
  if (value <= 0) {
    report(issues, path, "validation.range", { value, min: 0 });
    return undefined;
  }
  const dec = parseDec(value);
  if (dec === undefined) report(issues, path, "validation.decimal", { value: shown(value) });
  return dec;
}

/** A non-negative number of hours. @internal */
export function checkHours(value: unknown, path: Path, issues: Issues): Dec | undefined {
  if (!checkNumber(value, path, issues, { min: 0 })) return undefined;
  const dec = parseDec(value);
  if (dec === undefined) report(issues, path, "validation.decimal", { value: shown(value) });
  return dec;
}

/** A member's skills, `{ skills: Record<skill, 0–4> }`; returns them as a map. @internal */
export function checkSkillProfile(value: unknown, path: Path, issues: Issues): Map<string, number> | undefined {
  if (!checkRecord(value, path, issues)) return undefined;
  const before = issues.length;
  if (value["id"] !== undefined) checkString(value["id"], [...path, "id"], issues, { nonEmpty: true });
  const skills = value["skills"];
  const out = new Map<string, number>();
  if (checkRecord(skills, [...path, "skills"], issues)) {
    for (const skill of Object.keys(skills)) {
      const level = skills[skill];
      if (skill.trim() === "") report(issues, [...path, "skills", skill], "validation.empty");
      else if (checkLevel(level, [...path, "skills", skill], issues)) out.set(skill, level);
    }
  }
  return issues.length === before ? out : undefined;
}

/** One requirement, resolved: the level, the weight as given (default 1) and exact. @internal */
export interface Requirement {
  readonly skill: string;
  readonly level: number;
  readonly weight: number;
  readonly dec: Dec;
}

const ONE: Dec = { coefficient: 1n, scale: 0, small: 1 };

/** A role profile; returns its requirements in the order given. @internal */
export function checkRoleProfile(value: unknown, path: Path, issues: Issues): Requirement[] | undefined {
  if (!checkRecord(value, path, issues)) return undefined;
  const before = issues.length;
  if (value["id"] !== undefined) checkString(value["id"], [...path, "id"], issues, { nonEmpty: true });
  if (value["title"] !== undefined) checkString(value["title"], [...path, "title"], issues);
  const reqs = value["requirements"];
  const out: Requirement[] = [];
  if (checkRecord(reqs, [...path, "requirements"], issues)) {
    for (const skill of Object.keys(reqs)) {
      const p = [...path, "requirements", skill];
      const r = reqs[skill];
      if (skill.trim() === "") {
        report(issues, p, "validation.empty");
        continue;
      }
      if (!checkRecord(r, p, issues)) continue;
      const okLevel = checkLevel(r["level"], [...p, "level"], issues, 1);
      const weight = r["weight"] === undefined ? ONE : checkWeight(r["weight"], [...p, "weight"], issues);
      if (okLevel && weight !== undefined) out.push({ skill, level: r["level"] as number, weight: (r["weight"] as number | undefined) ?? 1, dec: weight });
    }
  }
  return issues.length === before ? out : undefined;
}

/** A list of skill gaps as {@link skillGaps} returns them; returns the resolved gaps. @internal */
export function checkGaps(value: unknown, path: Path, issues: Issues): { skill: string; required: number; current: number; weight: number; dec: Dec }[] | undefined {
  if (!checkArray(value, path, issues)) return undefined;
  const before = issues.length;
  const seen = new Set<string>();
  const out: { skill: string; required: number; current: number; weight: number; dec: Dec }[] = [];
  for (let i = 0; i < value.length; i++) {
    const g = value[i];
    const p = [...path, i];
    if (!checkRecord(g, p, issues)) continue;
    const okSkill = checkString(g["skill"], [...p, "skill"], issues, { nonEmpty: true });
    const okRequired = checkLevel(g["required"], [...p, "required"], issues, 1);
    const okCurrent = checkLevel(g["current"], [...p, "current"], issues);
    const weight = g["weight"] === undefined ? ONE : checkWeight(g["weight"], [...p, "weight"], issues);
    if (okRequired && okCurrent && (g["current"] as number) >= (g["required"] as number)) {
      report(issues, [...p, "current"], "validation.range", { value: g["current"] as number, max: (g["required"] as number) - 1 });
    }
    if (g["gap"] !== undefined && checkInteger(g["gap"], [...p, "gap"], issues) && okRequired && okCurrent && g["gap"] !== (g["required"] as number) - (g["current"] as number)) {
      report(issues, [...p, "gap"], "validation.invalid");
    }
    if (g["weightedGap"] !== undefined) checkNumber(g["weightedGap"], [...p, "weightedGap"], issues);
    if (okSkill) {
      if (seen.has(g["skill"] as string)) report(issues, [...p, "skill"], "validation.duplicate", { value: shown(g["skill"]) });
      seen.add(g["skill"] as string);
    }
    if (issues.length === before && weight !== undefined) {
      out.push({ skill: g["skill"] as string, required: g["required"] as number, current: g["current"] as number, weight: (g["weight"] as number | undefined) ?? 1, dec: weight });
    }
  }
  return issues.length === before ? out : undefined;
}

/** A training of the catalogue. @internal */
export function checkTraining(value: unknown, path: Path, issues: Issues): boolean {
  if (!checkRecord(value, path, issues)) return false;
  const before = issues.length;
  checkString(value["id"], [...path, "id"], issues, { nonEmpty: true });
  checkString(value["title"], [...path, "title"], issues);
  checkEnum(value["format"], FORMATS, [...path, "format"], issues);
  if (value["hours"] !== undefined) checkHours(value["hours"], [...path, "hours"], issues);
  const skills = value["skills"];
  if (checkArray(skills, [...path, "skills"], issues, { nonEmpty: true })) {
    const seen = new Set<string>();
    for (let j = 0; j < skills.length; j++) {
      const s = skills[j];
      const p = [...path, "skills", j];
      if (!checkRecord(s, p, issues)) continue;
      if (checkString(s["skill"], [...p, "skill"], issues, { nonEmpty: true })) {
        if (seen.has(s["skill"])) report(issues, [...p, "skill"], "validation.duplicate", { value: shown(s["skill"]) });
        seen.add(s["skill"]);
      }
      checkLevel(s["raisesTo"], [...p, "raisesTo"], issues, 1);
    }
  }
  return issues.length === before;
}

/** A training catalogue: trainings with unique ids. @internal */
export function checkCatalog(value: unknown, path: Path, issues: Issues): boolean {
  if (!checkArray(value, path, issues)) return false;
  const before = issues.length;
  const ids = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const t = value[i];
    if (!checkTraining(t, [...path, i], issues)) continue;
    const id = (t as { id: string }).id;
    if (ids.has(id)) report(issues, [...path, i, "id"], "validation.duplicate", { value: shown(id) });
    ids.add(id);
  }
  return issues.length === before;
}

/** One training record; a completion may not come before the assignment. @internal */
export function checkTrainingRecord(r: unknown, p: Path, issues: Issues): boolean {
  if (!checkRecord(r, p, issues)) return false;
  const before = issues.length;
  checkString(r["memberId"], [...p, "memberId"], issues, { nonEmpty: true });
  checkString(r["trainingId"], [...p, "trainingId"], issues, { nonEmpty: true });
  const okAssigned = checkCalendarDate(r["assignedOn"], [...p, "assignedOn"], issues);
  if (r["completedOn"] !== undefined && checkCalendarDate(r["completedOn"], [...p, "completedOn"], issues) && okAssigned && (r["completedOn"] as string) < (r["assignedOn"] as string)) {
    report(issues, [...p, "completedOn"], "validation.date-before", { value: r["completedOn"] as string, field: "assignedOn", limit: r["assignedOn"] as string });
  }
  return issues.length === before;
}

/** Training records. @internal */
export function checkTrainingRecords(value: unknown, path: Path, issues: Issues): boolean {
  if (!checkArray(value, path, issues)) return false;
  const before = issues.length;
  for (let i = 0; i < value.length; i++) checkTrainingRecord(value[i], [...path, i], issues);
  return issues.length === before;
}

/** A development plan: unique goal and activity ids, and activities naming goals of the plan. @internal */
export function checkPlan(value: unknown, path: Path, issues: Issues): boolean {
  if (!checkRecord(value, path, issues)) return false;
  const before = issues.length;
  checkString(value["id"], [...path, "id"], issues, { nonEmpty: true });
  checkString(value["memberId"], [...path, "memberId"], issues, { nonEmpty: true });
  const goalIds = new Set<string>();
  const goals = value["goals"];
  const goalsOk = checkArray(goals, [...path, "goals"], issues);
  if (goalsOk) {
    for (let i = 0; i < goals.length; i++) {
      const g: unknown = goals[i];
      const p = [...path, "goals", i];
      if (!checkRecord(g, p, issues)) continue;
      if (checkString(g["id"], [...p, "id"], issues, { nonEmpty: true })) {
        if (goalIds.has(g["id"])) report(issues, [...p, "id"], "validation.duplicate", { value: shown(g["id"]) });
        goalIds.add(g["id"]);
      }
      checkString(g["title"], [...p, "title"], issues);
      if (g["skill"] !== undefined) checkString(g["skill"], [...p, "skill"], issues, { nonEmpty: true });
      if (g["targetLevel"] !== undefined) checkLevel(g["targetLevel"], [...p, "targetLevel"], issues, 1);
      if (g["careerAim"] !== undefined) checkString(g["careerAim"], [...p, "careerAim"], issues, { nonEmpty: true });
      if (g["horizon"] !== undefined) checkEnum(g["horizon"], ["short", "long"] as const, [...p, "horizon"], issues);
    }
  }
  const activities = value["activities"];
  if (checkArray(activities, [...path, "activities"], issues)) {
    const ids = new Set<string>();
    for (let i = 0; i < activities.length; i++) {
      const a: unknown = activities[i];
      const p = [...path, "activities", i];
      if (!checkRecord(a, p, issues)) continue;
      if (checkString(a["id"], [...p, "id"], issues, { nonEmpty: true })) {
        if (ids.has(a["id"])) report(issues, [...p, "id"], "validation.duplicate", { value: shown(a["id"]) });
        ids.add(a["id"]);
      }
      checkString(a["title"], [...p, "title"], issues);
      if (a["goalId"] !== undefined && checkString(a["goalId"], [...p, "goalId"], issues, { nonEmpty: true }) && goalsOk && !goalIds.has(a["goalId"])) {
        report(issues, [...p, "goalId"], "validation.not-found", { value: shown(a["goalId"]) });
      }
      checkEnum(a["format"], FORMATS, [...p, "format"], issues);
      if (a["due"] !== undefined) checkCalendarDate(a["due"], [...p, "due"], issues);
      if (a["hours"] !== undefined) checkHours(a["hours"], [...p, "hours"], issues);
      if (a["trainingId"] !== undefined) checkString(a["trainingId"], [...p, "trainingId"], issues, { nonEmpty: true });
      if (a["completedOn"] !== undefined) checkCalendarDate(a["completedOn"], [...p, "completedOn"], issues);
    }
  }
  return issues.length === before;
}

/** A career ladder: rungs are role profiles with unique ids; returns each rung's requirements. @internal */
export function checkLadder(value: unknown, path: Path, issues: Issues): Requirement[][] | undefined {
  if (!checkRecord(value, path, issues)) return undefined;
  const before = issues.length;
  if (value["id"] !== undefined) checkString(value["id"], [...path, "id"], issues, { nonEmpty: true });
  if (value["title"] !== undefined) checkString(value["title"], [...path, "title"], issues);
  const rungs = value["rungs"];
  const out: Requirement[][] = [];
  if (checkArray(rungs, [...path, "rungs"], issues, { nonEmpty: true })) {
    const ids = new Set<string>();
    for (let i = 0; i < rungs.length; i++) {
      const rung = rungs[i];
      const reqs = checkRoleProfile(rung, [...path, "rungs", i], issues);
      if (reqs !== undefined) out.push(reqs);
      if (!checkRecord(rung, [...path, "rungs", i], [])) continue;
      const id = rung["id"];
      if (id === undefined) report(issues, [...path, "rungs", i, "id"], "validation.required");
      else if (typeof id === "string" && id.trim() !== "") {
        if (ids.has(id)) report(issues, [...path, "rungs", i, "id"], "validation.duplicate", { value: shown(id) });
        ids.add(id);
      }
    }
  }
  return issues.length === before ? out : undefined;
}
