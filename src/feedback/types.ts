/**
 * The data of the feedback log: entries, retractions, requests, and the org chart that decides
 * who may read what.
 * @module
 */
import type { CalendarDate } from "../core/dates.js";
import type { Instant } from "../core/instants.js";

/**
 * Who may read a feedback entry (Lattice's four levels):
 * - `private`: the giver and the receiver;
 * - `private-manager`: the giver, the receiver and the receiver's manager;
 * - `manager-only`: the giver and the receiver's manager (not the receiver);
 * - `public`: everyone.
 *
 * @example
 * ```ts
 * const v: FeedbackVisibility = "private-manager";
 * ```
 * @category Feedback
 */
export type FeedbackVisibility = "private" | "private-manager" | "manager-only" | "public";

/**
 * Praise reinforces a behaviour; constructive feedback redirects one.
 *
 * @example
 * ```ts
 * const kind: FeedbackKind = "constructive";
 * ```
 * @category Feedback
 */
export type FeedbackKind = "praise" | "constructive";

/**
 * One piece of feedback, in the Situation–Behavior–Impact shape (CCL) with an optional request.
 * `at` is when it was given (an instant with its offset); `occurredOn` is the day of the
 * situation. Entries are never edited: corrections are retractions.
 *
 * @example
 * ```ts
 * const entry: FeedbackEntry = {
 *   id: "f2", from: "mgr", to: "b", at: "2026-10-01T10:00:00+08:00", kind: "constructive", visibility: "private",
 *   situation: "周二和客户A的季度复盘", behavior: "汇报续约数字时没有说明流失风险", impact: "客户对我们的预测失去信任", request: "下次先讲风险再讲数字",
 * };
 * ```
 * @category Feedback
 */
export interface FeedbackEntry {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly at: Instant;
  readonly kind: FeedbackKind;
  readonly visibility: FeedbackVisibility;
  readonly situation?: string;
  readonly behavior?: string;
  readonly impact?: string;
  readonly request?: string;
  readonly occurredOn?: CalendarDate;
  readonly goalId?: string;
  readonly valueTags?: readonly string[];
}

/**
 * A correction: the entry `entryId` no longer counts, for the reason given. The entry stays in
 * the log for the audit trail.
 *
 * @example
 * ```ts
 * const r: FeedbackRetraction = { id: "r1", entryId: "f1", by: "mgr", at: "2026-11-21T09:00:00+08:00", reason: "写错了对象" };
 * ```
 * @category Feedback
 */
export interface FeedbackRetraction {
  readonly id: string;
  readonly entryId: string;
  readonly by: string;
  readonly at: Instant;
  readonly reason: string;
}

/**
 * The append-only feedback log.
 *
 * @example
 * ```ts
 * const log: FeedbackLog = { entries: [], retractions: [] };
 * ```
 * @category Feedback
 */
export interface FeedbackLog {
  readonly entries: readonly FeedbackEntry[];
  readonly retractions?: readonly FeedbackRetraction[];
}

/**
 * Who manages whom: each member with their manager (none at the top).
 *
 * @example
 * ```ts
 * const org: OrgChart = [{ id: "mgr" }, { id: "a", managerId: "mgr" }];
 * ```
 * @category Feedback
 */
export type OrgChart = readonly { readonly id: string; readonly managerId?: string }[];

/**
 * A request for feedback about someone, sent to reviewers. Its visibility is fixed when it is
 * created (Lattice: private + manager or manager only).
 *
 * @example
 * ```ts
 * const r: FeedbackRequest = { id: "q1", requesterId: "mgr", aboutId: "a", reviewerIds: ["b"], createdOn: "2024-01-01", visibility: "manager-only", question: "How did a handle the Acme renewal?" };
 * ```
 * @category Feedback
 */
export interface FeedbackRequest {
  readonly id: string;
  readonly requesterId: string;
  readonly aboutId: string;
  readonly reviewerIds: readonly string[];
  readonly createdOn: CalendarDate;
  readonly visibility: "private-manager" | "manager-only";
  readonly question: string;
  readonly answeredOn?: CalendarDate;
  readonly dismissedOn?: CalendarDate;
}
