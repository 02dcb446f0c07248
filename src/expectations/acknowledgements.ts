/**
 * Who has acknowledged the current version of their role's charter.
 * @module
 */
import {
  checkArray,
  checkCalendarDate,
  checkInteger,
  checkRecord,
  checkString,
  report,
  throwIfIssues,
  type Issues,
} from "../core/_lib/check.js";
import { fromDayNumber, toDayNumber, type CalendarDate } from "../core/dates.js";
import type { Path } from "../core/errors.js";
import type { Finding } from "../core/findings.js";
import { checkInstant } from "../core/instants.js";
import type { ExpectationFindingCode } from "./codes.js";
import type { Acknowledgement, AcknowledgementReport, AcknowledgementRow, RoleCharter, RoleHolder } from "./types.js";

/** Checks one charter's shape. @internal */
function checkCharterShape(c: unknown, path: Path, issues: Issues): c is RoleCharter {
  if (!checkRecord(c, path, issues)) return false;
  const before = issues.length;
  checkString(c["roleId"], [...path, "roleId"], issues, { nonEmpty: true });
  checkInteger(c["version"], [...path, "version"], issues, { min: 1 });
  if (c["title"] !== undefined) checkString(c["title"], [...path, "title"], issues);
  if (c["effectiveFrom"] !== undefined) checkCalendarDate(c["effectiveFrom"], [...path, "effectiveFrom"], issues);
  const list = c["responsibilities"];
  if (checkArray(list, [...path, "responsibilities"], issues)) {
    const ids = new Set<string>();
    for (let j = 0; j < list.length; j++) {
      const r = list[j];
      const rp = [...path, "responsibilities", j];
      if (!checkRecord(r, rp, issues)) continue;
      if (checkString(r["id"], [...rp, "id"], issues, { nonEmpty: true })) {
        if (ids.has(r["id"])) report(issues, [...rp, "id"], "validation.duplicate", { value: r["id"] });
        ids.add(r["id"]);
      }
      checkString(r["text"], [...rp, "text"], issues);
      if (r["metricId"] !== undefined) checkString(r["metricId"], [...rp, "metricId"], issues, { nonEmpty: true });
    }
  }
  return issues.length === before;
}

/** Checks a list of charters; a role may not have two charters with the same version. @internal */
export function checkCharters(value: unknown, path: Path, issues: Issues): value is readonly RoleCharter[] {
  if (!checkArray(value, path, issues)) return false;
  const before = issues.length;
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (!checkCharterShape(c, [...path, i], issues)) continue;
    const key = `${c.roleId}\u0000${c.version}`;
    if (seen.has(key)) report(issues, [...path, i, "version"], "validation.duplicate", { value: `${c.roleId} v${c.version}` });
    seen.add(key);
  }
  return issues.length === before;
}

function checkHolders(value: unknown, path: Path, issues: Issues): void {
  if (!checkArray(value, path, issues)) return;
  for (let i = 0; i < value.length; i++) {
    const h = value[i];
    if (!checkRecord(h, [...path, i], issues)) continue;
    checkString(h["memberId"], [...path, i, "memberId"], issues, { nonEmpty: true });
    checkString(h["roleId"], [...path, i, "roleId"], issues, { nonEmpty: true });
    if (h["since"] !== undefined) checkCalendarDate(h["since"], [...path, i, "since"], issues);
  }
}

function checkAcknowledgements(value: unknown, path: Path, issues: Issues): void {
  if (!checkArray(value, path, issues)) return;
  for (let i = 0; i < value.length; i++) {
    const a = value[i];
    if (!checkRecord(a, [...path, i], issues)) continue;
    checkString(a["memberId"], [...path, i, "memberId"], issues, { nonEmpty: true });
    checkString(a["roleId"], [...path, i, "roleId"], issues, { nonEmpty: true });
    checkInteger(a["version"], [...path, i, "version"], issues, { min: 1 });
    checkInstant(a["at"], [...path, i, "at"], issues);
  }
}

/**
 * For every role holder (those whose `since` is after `asOf` do not hold the role yet and are
 * left out), whether they have acknowledged the charter of their role that is in
 * force on `asOf`, and since when they owe it. Acknowledgements dated after `asOf` (by the
 * instant's own calendar date) are ignored; acknowledging a later version counts for earlier
 * ones. Findings name who still owes an acknowledgement (a warning after `graceDays`, default
 * 14; a note before), who acknowledged an outdated version, and roles without a charter.
 * One pass over each list: linear in their total size.
 *
 * @throws {ValidationError} on malformed charters, holders, acknowledgements, `asOf` or options,
 * and on two charters with the same role and version.
 * @example
 * ```ts
 * const { rows } = charterAcknowledgements(
 *   [{ roleId: "kam", version: 2, effectiveFrom: "2026-11-01", responsibilities: [{ id: "renewals", text: "按时续约" }] }],
 *   [{ memberId: "m-li", roleId: "kam" }, { memberId: "m-wang", roleId: "kam", since: "2026-11-10" }],
 *   [{ memberId: "m-li", roleId: "kam", version: 2, at: "2026-11-03T10:15:00+08:00" }],
 *   { asOf: "2026-11-28" },
 * );
 * rows.map((r) => [r.memberId, r.state, r.daysPending]); //=> [["m-li", "acknowledged", null], ["m-wang", "pending", 18]]
 * ```
 * @category Expectations
 */
export function charterAcknowledgements(
  charters: readonly RoleCharter[],
  holders: readonly RoleHolder[],
  acknowledgements: readonly Acknowledgement[],
  opts: { readonly asOf: CalendarDate; readonly graceDays?: number },
): AcknowledgementReport {
  const issues: Issues = [];
  checkCharters(charters, ["charters"], issues);
  checkHolders(holders, ["holders"], issues);
  checkAcknowledgements(acknowledgements, ["acknowledgements"], issues);
  if (checkRecord(opts, ["opts"], issues)) {
    checkCalendarDate(opts.asOf, ["opts", "asOf"], issues);
    if (opts.graceDays !== undefined) checkInteger(opts.graceDays, ["opts", "graceDays"], issues, { min: 0 });
  }
  throwIfIssues(issues);

  const today = toDayNumber(opts.asOf);
  const graceDays = opts.graceDays ?? 14;
  // the charter in force for each role: the highest version already effective
  const current = new Map<string, RoleCharter>();
  for (const c of charters) {
    if (c.effectiveFrom !== undefined && toDayNumber(c.effectiveFrom) > today) continue;
    const known = current.get(c.roleId);
    if (known === undefined || c.version > known.version) current.set(c.roleId, c);
  }
  // the highest version each member acknowledged for each role, by asOf
  const acknowledged = new Map<string, number>();
  for (const a of acknowledgements) {
    if (toDayNumber(a.at.slice(0, 10)) > today) continue;
    const key = `${a.memberId}\u0000${a.roleId}`;
    acknowledged.set(key, Math.max(acknowledged.get(key) ?? 0, a.version));
  }

  const rows: AcknowledgementRow[] = [];
  const findings: Finding<ExpectationFindingCode>[] = [];
  const rolesWithoutCharter = new Set<string>();
  holders.forEach((h, index) => {
    // someone who takes the role after asOf does not hold it yet
    if (h.since !== undefined && toDayNumber(h.since) > today) return;
    const charter = current.get(h.roleId);
    const ackVersion = acknowledged.get(`${h.memberId}\u0000${h.roleId}`) ?? null;
    if (charter === undefined) {
      rows.push({ memberId: h.memberId, roleId: h.roleId, currentVersion: null, acknowledgedVersion: ackVersion, state: "no-charter", pendingSince: null, daysPending: null });
      if (!rolesWithoutCharter.has(h.roleId)) findings.push({ code: "expectations.no-charter", severity: "warning", path: ["holders", index, "roleId"], params: { roleId: h.roleId } });
      rolesWithoutCharter.add(h.roleId);
      return;
    }
    if (ackVersion !== null && ackVersion >= charter.version) {
      rows.push({ memberId: h.memberId, roleId: h.roleId, currentVersion: charter.version, acknowledgedVersion: ackVersion, state: "acknowledged", pendingSince: null, daysPending: null });
      return;
    }
    const starts = [charter.effectiveFrom, h.since].filter((d): d is string => d !== undefined).map(toDayNumber);
    const since = starts.length === 0 ? null : Math.max(...starts);
    const pendingSince = since === null ? null : fromDayNumber(since);
    const daysPending = since === null ? null : Math.max(0, today - since);
    const state = ackVersion === null ? "pending" : "outdated";
    rows.push({ memberId: h.memberId, roleId: h.roleId, currentVersion: charter.version, acknowledgedVersion: ackVersion, state, pendingSince, daysPending });
    const severity = daysPending !== null && daysPending > graceDays ? "warning" : "info";
    const params = {
      memberId: h.memberId,
      roleId: h.roleId,
      version: charter.version,
      ...(pendingSince === null ? {} : { since: pendingSince, days: daysPending! }),
      ...(ackVersion === null ? {} : { acknowledgedVersion: ackVersion }),
    };
    findings.push({ code: state === "pending" ? "expectations.not-acknowledged" : "expectations.outdated-acknowledgement", severity, path: ["holders", index], params });
  });
  return { rows, findings };
}

/**
 * Checks a charter's content: a charter must list responsibilities
 * (`expectations.charter-empty`, an error), and each responsibility should name the metric that
 * shows it is met (`expectations.responsibility-unmeasured`, a note), so expectations connect to
 * goals and scorecards.
 *
 * @throws {ValidationError} on a malformed charter.
 * @example
 * ```ts
 * checkCharter({ roleId: "kam", version: 1, responsibilities: [{ id: "care", text: "维护好客户关系" }] });
 * //=> [{ code: "expectations.responsibility-unmeasured", severity: "info", path: ["responsibilities", 0], params: { id: "care" } }]
 * ```
 * @category Expectations
 */
export function checkCharter(charter: RoleCharter): Finding<ExpectationFindingCode>[] {
  const issues: Issues = [];
  checkCharterShape(charter, ["charter"], issues);
  throwIfIssues(issues);
  if (charter.responsibilities.length === 0) return [{ code: "expectations.charter-empty", severity: "error", path: ["responsibilities"], params: { roleId: charter.roleId, version: charter.version } }];
  const findings: Finding<ExpectationFindingCode>[] = [];
  charter.responsibilities.forEach((r, i) => {
    if (r.metricId === undefined) findings.push({ code: "expectations.responsibility-unmeasured", severity: "info", path: ["responsibilities", i], params: { id: r.id } });
  });
  return findings;
}
