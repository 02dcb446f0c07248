/**
 * Kudos, badges as data, leaderboards and recognition coverage.
 * @module
 */
import type { CalendarDate, DecimalInput, Explanation, Finding, Period } from "../core/index.js";
import type { RecognitionFindingCode } from "./codes.js";

/**
 * Who may see a kudos: `public` (the default) on the team's wall, `private` between the author
 * and the recipients. Only public kudos count as public recognition (coverage, badges,
 * `receivedPublicly`).
 *
 * @example
 * ```ts
 * const visibility: KudosVisibility = "private";
 * ```
 * @category Recognition
 */
export type KudosVisibility = "public" | "private";

/**
 * Praise from one member to one or more others for something specific they did, tagged with
 * the team values it shows.
 *
 * @example
 * ```ts
 * const kudos: Kudos = {
 *   id: "k-101", from: "m-zhao", to: ["m-wang"], date: "2026-11-20",
 *   message: "王芳连夜把投标文件改完，客户当天就确认了报价",
 *   values: ["customer-first"],
 * };
 * ```
 * @category Recognition
 */
export interface Kudos {
  /** Unique within a list of kudos. */
  readonly id: string;
  /** The author's member id. */
  readonly from: string;
  /** The recipients' member ids: at least one, each once. */
  readonly to: readonly string[];
  readonly date: CalendarDate;
  /** What the recipients did, in the author's words. */
  readonly message: string;
  /** Tags of the team values the deed shows, such as `"customer-first"`; each once. */
  readonly values: readonly string[];
  /** Default `public`. */
  readonly visibility?: KudosVisibility;
}

/**
 * Options of {@link checkKudos}.
 *
 * @example
 * ```ts
 * const opts: KudosCheckOptions = { values: ["customer-first", "ownership", "teamwork"], minLength: 20 };
 * ```
 * @category Recognition
 */
export interface KudosCheckOptions {
  /** The team's declared values; when given, any other tag is reported. */
  readonly values?: readonly string[];
  /**
   * Shortest message that can say what was done, counted in letters and digits with a Chinese
   * character counting as two; default 20 (ten Chinese characters or twenty Latin letters).
   */
  readonly minLength?: number;
  /** Phrases that are praise without content; default {@link GENERIC_PRAISE}. */
  readonly genericPhrases?: readonly string[];
}

/**
 * Options of {@link kudosSummary}.
 *
 * @example
 * ```ts
 * const opts: KudosSummaryOptions = { period: { start: "2026-10-01", end: "2026-12-31" }, memberIds: ["m-li", "m-wang"], top: 3 };
 * ```
 * @category Recognition
 */
export interface KudosSummaryOptions {
  /** Only kudos dated within this inclusive period count. */
  readonly period: Period;
  /** Members to list even when they gave and received nothing. */
  readonly memberIds?: readonly string[];
  /** How many ranks of values `topValues` keeps (ties included); default 3. */
  readonly top?: number;
}

/**
 * One member's kudos in a period.
 *
 * @example
 * ```ts
 * const row: KudosMemberCounts = { memberId: "m-wang", received: 3, receivedPublicly: 2, given: 1 };
 * ```
 * @category Recognition
 */
export interface KudosMemberCounts {
  readonly memberId: string;
  /** Kudos received, public and private (never counting one's own kudos). */
  readonly received: number;
  /** Public kudos received. */
  readonly receivedPublicly: number;
  /** Kudos given to someone else, public and private. */
  readonly given: number;
}

/**
 * How many kudos in a period carried a value tag.
 *
 * @example
 * ```ts
 * const count: ValueCount = { value: "customer-first", count: 4 };
 * ```
 * @category Recognition
 */
export interface ValueCount {
  readonly value: string;
  readonly count: number;
}

/**
 * The result of {@link kudosSummary}.
 *
 * @example
 * ```ts
 * summary.topValues; //=> ["customer-first"]
 * ```
 * @category Recognition
 */
export interface KudosSummary {
  readonly period: Period;
  /** Kudos dated within the period, public and private. */
  readonly kudos: number;
  /** One row per member who gave or received kudos in the period (and each of `memberIds`), by member id. */
  readonly members: readonly KudosMemberCounts[];
  /** Each value tag with the number of kudos carrying it, most used first, ties by tag. */
  readonly values: readonly ValueCount[];
  /** The tags ranked within `top` (competition ranking, ties included). */
  readonly topValues: readonly string[];
}

/**
 * A fact a count criterion counts: a deal the member won (dated `wonOn`), a public kudos they
 * received from someone else, or a public kudos they gave to someone else.
 *
 * @example
 * ```ts
 * const fact: BadgeFact = "kudos-received";
 * ```
 * @category Recognition
 */
export type BadgeFact = "won-deal" | "kudos-received" | "kudos-given";

/**
 * A calendar window a count must be reached within: a calendar month, quarter or year.
 *
 * @example
 * ```ts
 * const within: BadgeWindow = "quarter";
 * ```
 * @category Recognition
 */
export type BadgeWindow = "month" | "quarter" | "year";

/**
 * Met when a member's monthly attainment is at least `atLeast` (an exact decimal) in `months`
 * consecutive calendar months, a month without a figure breaking the run. It is met at the end
 * of the last month of the run.
 *
 * @example
 * ```ts
 * const hatTrick: AttainmentStreakCriterion = { kind: "attainment-streak", atLeast: 1, months: 3 };
 * ```
 * @category Recognition
 */
export interface AttainmentStreakCriterion {
  readonly kind: "attainment-streak";
  readonly atLeast: DecimalInput;
  /** A whole number ≥ 1. */
  readonly months: number;
}

/**
 * Met when a member has at least `atLeast` facts of a kind, in all (no `within`) or within one
 * calendar month, quarter or year. It is met on the date of the `atLeast`-th fact.
 *
 * @example
 * ```ts
 * const firstDeal: CountCriterion = { kind: "count", fact: "won-deal", atLeast: 1 };
 * const teamMagnet: CountCriterion = { kind: "count", fact: "kudos-received", atLeast: 5, within: "quarter" };
 * ```
 * @category Recognition
 */
export interface CountCriterion {
  readonly kind: "count";
  readonly fact: BadgeFact;
  /** A whole number ≥ 1. */
  readonly atLeast: number;
  readonly within?: BadgeWindow;
}

/**
 * Met when every criterion in `all` is met; it is met when the last of them is.
 *
 * @example
 * ```ts
 * const allRounder: AllCriterion = { all: [{ kind: "count", fact: "won-deal", atLeast: 1 }, { kind: "count", fact: "kudos-given", atLeast: 3 }] };
 * ```
 * @category Recognition
 */
export interface AllCriterion {
  /** At least one criterion. */
  readonly all: readonly BadgeCriterion[];
}

/**
 * What a member must do to earn a badge.
 *
 * @example
 * ```ts
 * const criterion: BadgeCriterion = { kind: "count", fact: "won-deal", atLeast: 1 };
 * ```
 * @category Recognition
 */
export type BadgeCriterion = AttainmentStreakCriterion | CountCriterion | AllCriterion;

/**
 * How often a member can earn a badge:
 * - `never` (the default): once;
 * - `per-period`: once per calendar period in which the criterion is met again. The period is
 *   the criterion's `within` (a count, or an `all` of counts with the same `within`), or, for an
 *   attainment streak, each run of `months` months (a second award needs `months` more months).
 *
 * @example
 * ```ts
 * const repeat: BadgeRepeat = "per-period";
 * ```
 * @category Recognition
 */
export type BadgeRepeat = "never" | "per-period";

/**
 * A badge as data: apps store it, edit it in a form and hand it to {@link awardBadges}.
 *
 * @example
 * ```ts
 * const badge: BadgeDefinition = {
 *   id: "hat-trick", name: { en: "Hat-trick", "zh-CN": "帽子戏法" },
 *   criteria: { kind: "attainment-streak", atLeast: 1, months: 3 },
 * };
 * ```
 * @category Recognition
 */
export interface BadgeDefinition {
  /** Unique within a list of definitions. */
  readonly id: string;
  readonly name: { readonly en: string; readonly "zh-CN": string };
  readonly criteria: BadgeCriterion;
  /** Default `never`. */
  readonly repeat?: BadgeRepeat;
}

/**
 * A member's attainment (actual ÷ quota, as an exact decimal: `1` is 100 %) for one calendar
 * month, written `"YYYY-MM"` or as any date in that month. It counts once the month has ended
 * by `asOf`.
 *
 * @example
 * ```ts
 * const fact: AttainmentFact = { memberId: "m-li", month: "2026-09", value: "1.08" };
 * ```
 * @category Recognition
 */
export interface AttainmentFact {
  readonly memberId: string;
  readonly month: string;
  readonly value: DecimalInput;
}

/**
 * A deal a member won. A deal shared by several members is listed once per member.
 *
 * @example
 * ```ts
 * const deal: WonDeal = { memberId: "m-li", id: "D-2041", wonOn: "2026-11-03" };
 * ```
 * @category Recognition
 */
export interface WonDeal {
  readonly memberId: string;
  readonly id: string;
  readonly wonOn: CalendarDate;
}

/**
 * Everything badges are awarded on. Each list may be left out. Only facts dated on or before
 * `asOf` count, and only public kudos (a private thank-you never turns into a public badge).
 *
 * @example
 * ```ts
 * const facts: BadgeFacts = {
 *   attainment: [{ memberId: "m-li", month: "2026-09", value: "1.08" }],
 *   deals: [{ memberId: "m-li", id: "D-2041", wonOn: "2026-11-03" }],
 *   kudos: [],
 * };
 * ```
 * @category Recognition
 */
export interface BadgeFacts {
  /** At most one figure per member and month. */
  readonly attainment?: readonly AttainmentFact[];
  /** Each `(memberId, id)` once. */
  readonly deals?: readonly WonDeal[];
  /** Ids unique. */
  readonly kudos?: readonly Kudos[];
}

/**
 * A badge a member earned. `key` is its idempotency key: store it with the award, pass stored
 * awards back to {@link awardBadges}, and the same award is never made twice. It is
 * `badgeId:memberId`, plus `:start..end` of the period for per-period badges, with `%` and `:`
 * inside ids written `%25` and `%3A`.
 *
 * @example
 * ```ts
 * const award: BadgeAward = {
 *   badgeId: "first-deal", memberId: "m-li", key: "first-deal:m-li", earnedOn: "2026-11-03",
 *   evidence: ["D-2041"], explanation: { steps: [] },
 * };
 * ```
 * @category Recognition
 */
export interface BadgeAward {
  readonly badgeId: string;
  readonly memberId: string;
  readonly key: string;
  /** The day the criterion was first met: the date of the deciding fact, or the end of a streak's last month. */
  readonly earnedOn: CalendarDate;
  /** The period of a per-period award. */
  readonly period?: Period;
  /** Ids of the facts that earned it: deal ids, kudos ids, and months (`"YYYY-MM"`) of attainment. */
  readonly evidence: readonly string[];
  readonly explanation: Explanation;
}

/**
 * What {@link awardBadges} and {@link recognitionCoverage} need of an award already made: its
 * badge, member, key and date. A full {@link BadgeAward} will do.
 *
 * @example
 * ```ts
 * const stored: AwardRecord = { badgeId: "first-deal", memberId: "m-li", key: "first-deal:m-li", earnedOn: "2026-11-03" };
 * ```
 * @category Recognition
 */
export interface AwardRecord {
  readonly badgeId: string;
  readonly memberId: string;
  readonly key: string;
  readonly earnedOn: CalendarDate;
}

/**
 * Ranking with ties: `competition` (“1224”: after two people tie for 1st the next is 3rd) or
 * `dense` (“1223”).
 *
 * @example
 * ```ts
 * const ranking: LeaderboardRanking = "dense";
 * ```
 * @category Recognition
 */
export type LeaderboardRanking = "competition" | "dense";

/**
 * One member's figure on a leaderboard.
 *
 * @example
 * ```ts
 * const entry: LeaderboardEntry = { memberId: "m-li", value: 12 };
 * ```
 * @category Recognition
 */
export interface LeaderboardEntry {
  readonly memberId: string;
  /** A finite number. */
  readonly value: number;
}

/**
 * Options of {@link leaderboard}.
 *
 * @example
 * ```ts
 * const opts: LeaderboardOptions = { ranking: "dense", order: "desc", optedOut: ["m-zhou"], limit: 3 };
 * ```
 * @category Recognition
 */
export interface LeaderboardOptions {
  /** Default `competition`. */
  readonly ranking?: LeaderboardRanking;
  /** `desc` (the default): the highest value ranks first; `asc`: the lowest. */
  readonly order?: "desc" | "asc";
  /** Members left out before ranking: neither shown nor counted. */
  readonly optedOut?: readonly string[];
  /** Keep the rows ranked at most `limit`, every tie included; a whole number ≥ 1. */
  readonly limit?: number;
}

/**
 * One row of a leaderboard.
 *
 * @example
 * ```ts
 * const row: LeaderboardRow = { memberId: "m-li", value: 12, rank: 1 };
 * ```
 * @category Recognition
 */
export interface LeaderboardRow {
  readonly memberId: string;
  readonly value: number;
  readonly rank: number;
}

/**
 * Options of {@link recognitionCoverage}.
 *
 * @example
 * ```ts
 * const opts: RecognitionCoverageOptions = { asOf: "2026-11-28", withinDays: 30 };
 * ```
 * @category Recognition
 */
export interface RecognitionCoverageOptions {
  readonly asOf: CalendarDate;
  /** The window: a member is covered when recognised at most this many days before `asOf`; a whole number ≥ 0. */
  readonly withinDays: number;
}

/**
 * When a member was last recognised in public.
 *
 * @example
 * ```ts
 * const row: RecognitionCoverageRow = { memberId: "m-wang", lastRecognizedOn: "2026-10-14", daysSince: 45, covered: false };
 * ```
 * @category Recognition
 */
export interface RecognitionCoverageRow {
  readonly memberId: string;
  /** The latest public kudos received or badge earned on or before `asOf`; `null` for none. */
  readonly lastRecognizedOn: CalendarDate | null;
  /** Days from `lastRecognizedOn` to `asOf`. */
  readonly daysSince: number | null;
  /** Recognised within the window. */
  readonly covered: boolean;
}

/**
 * The result of {@link recognitionCoverage}.
 *
 * @example
 * ```ts
 * report.summary; //=> { members: 4, covered: 3, share: 0.75 }
 * ```
 * @category Recognition
 */
export interface RecognitionCoverageReport {
  /** One row per member, in the order given. */
  readonly rows: readonly RecognitionCoverageRow[];
  /** `recognition.coverage.none-in-window` for each member not covered. */
  readonly findings: readonly Finding<RecognitionFindingCode>[];
  /** How many members are covered, and their share of the team (`null` for no members). */
  readonly summary: { readonly members: number; readonly covered: number; readonly share: number | null };
}
