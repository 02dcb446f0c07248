/**
 * Where a case stands against its deadlines, in working days.
 * @module
 */
import { throwIfIssues, type Issues } from "../core/_lib/check.js";
import { fromDayNumber, type CalendarDate } from "../core/dates.js";
import { checkInstant, type Instant } from "../core/instants.js";
import { checkCase } from "./_lib/case.js";
import { dayOf, dueDayOf, workingDaysBetween } from "./_lib/clock.js";
import { readOptions } from "./engine.js";
import type { ConflictCase, ConflictOptions } from "./types.js";

/**
 * One running deadline of a case on a given day.
 *
 * @example
 * ```ts
 * const d: DeadlineStatus = { id: "reported", state: "reported", startedAt: "2026-11-23T09:00:00+08:00", due: "2026-11-25", breached: true, overdueWorkingDays: 1, paused: false, pausedWorkingDays: 0 };
 * ```
 * @category Conflicts
 */
export interface DeadlineStatus {
  readonly id: string;
  readonly state: string;
  readonly startedAt: Instant;
  /** The last day to meet it: the deadline holds until the end of this day. */
  readonly due: CalendarDate;
  readonly breached: boolean;
  /** Working days after `due` up to and including the day of `asOf`; 0 when not breached. */
  readonly overdueWorkingDays: number;
  /** The case is on hold: the clock is stopped and `due` moves on with every working day. */
  readonly paused: boolean;
  /** Working days spent on hold so far, added to the deadline. */
  readonly pausedWorkingDays: number;
}

/**
 * A case's SLA on a given day: the deadline due first (`due`, `breached`,
 * `overdueWorkingDays`), and every running deadline in `deadlines`. A closed case has none.
 *
 * @example
 * ```ts
 * const s: SlaStatus = { state: "reported", deadline: "reported", due: "2026-11-25", breached: false, overdueWorkingDays: 0, paused: false, deadlines: [] };
 * ```
 * @category Conflicts
 */
export interface SlaStatus {
  readonly state: string;
  readonly deadline?: string;
  readonly due?: CalendarDate;
  readonly breached: boolean;
  readonly overdueWorkingDays: number;
  readonly paused: boolean;
  readonly deadlines: readonly DeadlineStatus[];
}

/**
 * Where a case stands against its SLAs at `asOf`. Deadlines count working days (Monday–Friday,
 * or `opts.calendar` with holidays and 调休) from the day the clock started; a deadline holds
 * until the end of its day; working days on hold do not count (a hold from Wednesday to
 * Monday adds Thursday, Friday and Monday). Days are the days written in the instants' own
 * offsets unless `opts.timeZone` names an IANA zone.
 *
 * @throws {ValidationError} when the case, `asOf` or the options are malformed.
 * @example
 * ```ts
 * import { conflictSla, openConflictCase } from "team-playbook/conflicts";
 * // Reported Monday 23 November 2026 at 09:00: triage is due two working days later, Wednesday 25.
 * const r = openConflictCase({ type: "report", actorId: "a", at: "2026-11-23T09:00:00+08:00", caseId: "k1", parties: ["a", "b"], category: "interpersonal", summary: "客户归属争执" });
 * r.ok && conflictSla(r.case, "2026-11-25T18:00:00+08:00").breached; //=> false
 * r.ok && conflictSla(r.case, "2026-11-26T09:00:00+08:00").overdueWorkingDays; //=> 1
 * ```
 * @category Conflicts
 */
export function conflictSla(c: ConflictCase, asOf: Instant, opts?: ConflictOptions): SlaStatus {
  const issues: Issues = [];
  const { wf, env } = readOptions(opts, issues);
  checkCase(c, ["case"], issues, wf);
  checkInstant(asOf, ["asOf"], issues);
  throwIfIssues(issues);
  const today = dayOf(asOf, env.timeZone);
  const paused = wf!.hold.has(c.state);
  const deadlines: DeadlineStatus[] = [];
  let first: DeadlineStatus | undefined;
  for (const clock of c.deadlines) {
    if (clock.stoppedAt !== undefined) continue;
    const { due, paused: pausedDays } = dueDayOf(clock, env.calendar, env.timeZone, today);
    const breached = today > due;
    const status: DeadlineStatus = {
      id: clock.id,
      state: clock.state,
      startedAt: clock.startedAt,
      due: fromDayNumber(due),
      breached,
      overdueWorkingDays: breached ? workingDaysBetween(due, today, env.calendar) : 0,
      paused,
      pausedWorkingDays: pausedDays,
    };
    deadlines.push(status);
    if (first === undefined || status.due < first.due) first = status;
  }
  if (first === undefined) return { state: c.state, breached: false, overdueWorkingDays: 0, paused, deadlines };
  return { state: c.state, deadline: first.id, due: first.due, breached: first.breached, overdueWorkingDays: first.overdueWorkingDays, paused, deadlines };
}
