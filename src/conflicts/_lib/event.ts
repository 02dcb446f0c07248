/**
 * Checks the shape of one event against its workflow: the envelope every event has, the report's
 * own fields, and the payload its event type declares.
 * @module
 * @internal
 */
import { checkArray, checkBoolean, checkCalendarDate, checkEnum, checkIdList, checkMoney, checkNumber, checkRecord, checkString, report, type Issues } from "../../core/_lib/check.js";
import type { Path } from "../../core/errors.js";
import { checkInstant } from "../../core/instants.js";
import type { PayloadField } from "../types.js";
import { checkPlain } from "./json.js";
import { ENVELOPE_FIELDS, REPORT_FIELDS, type CompiledEvent, type CompiledWorkflow } from "./compile.js";

/**
 * A well-formed event: its type in the workflow (`null` when the workflow does not know the
 * type, a rule rejection rather than a malformed event) and its instant in epoch milliseconds,
 * read once. @internal
 */
export interface CheckedEvent {
  readonly ce: CompiledEvent | null;
  readonly ms: number;
}

/**
 * Checks an event against its workflow; `undefined` when it is malformed (issues say why).
 * @internal
 */
export function checkEventShape(value: unknown, path: Path, issues: Issues, wf: CompiledWorkflow | undefined): CheckedEvent | undefined {
  if (!checkRecord(value, path, issues) || !checkPlain(value, path, issues)) return undefined;
  const before = issues.length;
  checkString(value["type"], [...path, "type"], issues, { nonEmpty: true });
  checkString(value["actorId"], [...path, "actorId"], issues, { nonEmpty: true });
  const at = checkInstant(value["at"], [...path, "at"], issues);
  if (value["actorRoles"] !== undefined) checkIdList(value["actorRoles"], [...path, "actorRoles"], issues, { unique: true });
  if (value["note"] !== undefined) checkString(value["note"], [...path, "note"], issues);
  if (wf === undefined || typeof value["type"] !== "string") return undefined;
  const event = wf.events.get(value["type"]);
  if (event === undefined) return issues.length > before || at === undefined ? undefined : { ce: null, ms: at.epochMs };
  const declared = event.payload;
  if (event.name === "report") {
    checkString(value["caseId"], [...path, "caseId"], issues, { nonEmpty: true });
    checkIdList(value["parties"], [...path, "parties"], issues, { nonEmpty: true, unique: true });
    if (checkString(value["category"], [...path, "category"], issues, { nonEmpty: true }) && wf.categories !== undefined) {
      checkEnum(value["category"], [...wf.categories], [...path, "category"], issues);
    }
    checkString(value["summary"], [...path, "summary"], issues, { nonEmpty: true });
    if (value["confidential"] !== undefined) checkBoolean(value["confidential"], [...path, "confidential"], issues);
  }
  for (let i = 0; i < declared.length; i++) {
    const [key, field] = declared[i]!;
    const v = value[key];
    if (v === undefined) {
      if (field.optional !== true) report(issues, [...path, key], "validation.required");
      continue;
    }
    checkField(v, field, [...path, key], issues);
  }
  const unknown: string[] = [];
  for (const key of Object.keys(value)) {
    if (ENVELOPE_FIELDS.has(key) || (event.name === "report" && REPORT_FIELDS.has(key))) continue;
    if (!declared.some(([name]) => name === key)) unknown.push(key);
  }
  if (unknown.length > 0) report(issues, path, "validation.unknown-key", { keys: unknown.join(", ") });
  return issues.length > before || at === undefined ? undefined : { ce: event, ms: at.epochMs };
}

function checkField(v: unknown, field: PayloadField, p: Path, issues: Issues): void {
  switch (field.type) {
    case "id":
      checkString(v, p, issues, { nonEmpty: true });
      return;
    case "ids":
      checkIdList(v, p, issues, { unique: true });
      return;
    case "text":
      checkString(v, p, issues);
      return;
    case "date":
      checkCalendarDate(v, p, issues);
      return;
    case "instant":
      checkInstant(v, p, issues);
      return;
    case "boolean":
      checkBoolean(v, p, issues);
      return;
    case "number":
      checkNumber(v, p, issues);
      return;
    case "money":
      if (checkMoney(v, p, issues)) checkPlain(v as unknown as Record<string, unknown>, p, issues);
      return;
    case "enum":
      checkEnum(v, field.values ?? [], p, issues);
      return;
    case "actions":
      if (!checkArray(v, p, issues)) return;
      for (let i = 0; i < v.length; i++) {
        const a = v[i];
        const ap = [...p, i];
        if (!checkRecord(a, ap, issues) || !checkPlain(a, ap, issues)) continue;
        checkString(a["ownerId"], [...ap, "ownerId"], issues, { nonEmpty: true });
        checkString(a["description"], [...ap, "description"], issues, { nonEmpty: true });
        checkCalendarDate(a["due"], [...ap, "due"], issues);
        const extra = Object.keys(a).filter((k) => k !== "ownerId" && k !== "description" && k !== "due");
        if (extra.length > 0) report(issues, ap, "validation.unknown-key", { keys: extra.join(", ") });
      }
      return;
  }
}
