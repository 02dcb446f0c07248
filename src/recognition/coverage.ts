/**
 * Recognition coverage: who has not been recognised in public lately.
 * @module
 */
import { checkCalendarDate, checkIdList, checkInteger, checkRecord, throwIfIssues, type Issues } from "../core/_lib/check.js";
import { fromDayNumber, toDayNumber } from "../core/dates.js";
import type { Finding } from "../core/findings.js";
import { checkAwardRecords, checkKudosList } from "./_lib/check.js";
import type { RecognitionFindingCode } from "./codes.js";
import type { AwardRecord, Kudos, RecognitionCoverageOptions, RecognitionCoverageReport, RecognitionCoverageRow } from "./types.js";

/**
 * When each member was last recognised in public — a public kudos received from someone else,
 * or a badge earned — on or before `asOf`, and whether that falls within the window: `daysSince ≤
 * withinDays`, so the window runs from `asOf − withinDays` to `asOf`, both days included.
 * Private kudos do not count (they are thanks, not public recognition), nor do kudos dated or
 * badges earned after `asOf`, nor recognition of people not in `memberIds`.
 * Each member not covered gets a `recognition.coverage.none-in-window` warning; the summary
 * gives the share of the team covered (`null` for an empty team). Linear in the inputs.
 *
 * @throws {ValidationError} on malformed member ids (or one listed twice), kudos, awards, `asOf`
 * or `withinDays`.
 * @example
 * ```ts
 * const kudos = [{ id: "k1", from: "m-li", to: ["m-wang"], date: "2026-10-14", message: "…", values: ["ownership"] }];
 * const report = recognitionCoverage(["m-wang", "m-zhao"], { kudos }, { asOf: "2026-11-28", withinDays: 30 });
 * report.rows[0]; //=> { memberId: "m-wang", lastRecognizedOn: "2026-10-14", daysSince: 45, covered: false }
 * report.summary; //=> { members: 2, covered: 0, share: 0 }
 * ```
 * @category Recognition
 */
export function recognitionCoverage(
  memberIds: readonly string[],
  recognition: { readonly kudos?: readonly Kudos[]; readonly awards?: readonly AwardRecord[] },
  opts: RecognitionCoverageOptions,
): RecognitionCoverageReport {
  const issues: Issues = [];
  checkIdList(memberIds, ["memberIds"], issues, { unique: true });
  if (checkRecord(recognition, ["recognition"], issues)) {
    if (recognition.kudos !== undefined) checkKudosList(recognition.kudos, ["recognition", "kudos"], issues);
    if (recognition.awards !== undefined) checkAwardRecords(recognition.awards, ["recognition", "awards"], issues);
  }
  if (checkRecord(opts, ["opts"], issues)) {
    checkCalendarDate(opts.asOf, ["opts", "asOf"], issues);
    checkInteger(opts.withinDays, ["opts", "withinDays"], issues, { min: 0 });
  }
  throwIfIssues(issues);

  const today = toDayNumber(opts.asOf);
  const latest = new Map<string, number>();
  for (const id of memberIds) latest.set(id, Number.NEGATIVE_INFINITY);
  const seen = (memberId: string, day: number) => {
    const known = latest.get(memberId);
    if (known !== undefined && day <= today && day > known) latest.set(memberId, day);
  };
  const kudos = recognition.kudos ?? [];
  for (let i = 0; i < kudos.length; i++) {
    const k = kudos[i]!;
    if (k.visibility === "private") continue;
    const day = toDayNumber(k.date);
    for (const memberId of k.to) if (memberId !== k.from) seen(memberId, day);
  }
  const awards = recognition.awards ?? [];
  for (let i = 0; i < awards.length; i++) seen(awards[i]!.memberId, toDayNumber(awards[i]!.earnedOn));

  const rows: RecognitionCoverageRow[] = [];
  const findings: Finding<RecognitionFindingCode>[] = [];
  let covered = 0;
  memberIds.forEach((memberId, index) => {
    const day = latest.get(memberId)!;
    const never = day === Number.NEGATIVE_INFINITY;
    const daysSince = never ? null : today - day;
    const isCovered = daysSince !== null && daysSince <= opts.withinDays;
    const lastRecognizedOn = never ? null : fromDayNumber(day);
    rows.push({ memberId, lastRecognizedOn, daysSince, covered: isCovered });
    if (isCovered) covered++;
    else {
      const params = { memberId, withinDays: opts.withinDays, ...(lastRecognizedOn === null ? {} : { since: lastRecognizedOn, days: daysSince! }) };
      findings.push({ code: "recognition.coverage.none-in-window", severity: "warning", path: ["memberIds", index], params });
    }
  });
  const members = memberIds.length;
  return { rows, findings, summary: { members, covered, share: members === 0 ? null : covered / members } };
}
