/**
 * Role charters, the members who hold each role, and their acknowledgements.
 * @module
 */
import type { CalendarDate, Finding, Instant } from "../core/index.js";
import type { ExpectationFindingCode } from "./codes.js";

/**
 * One thing a role is expected to do, optionally tied to the metric that shows it.
 *
 * @example
 * ```ts
 * const r: Responsibility = { id: "renewals", text: "按时完成负责客户的续约，续约率不低于 90%", metricId: "renewal-rate" };
 * ```
 * @category Expectations
 */
export interface Responsibility {
  readonly id: string;
  readonly text: string;
  /** The metric (or KPI) that shows whether it is done. */
  readonly metricId?: string;
}

/**
 * What a role is expected to do, in a numbered version. A new version replaces the previous
 * one from `effectiveFrom` on, and every holder of the role must acknowledge it again.
 *
 * @example
 * ```ts
 * const charter: RoleCharter = {
 *   roleId: "key-account-manager", version: 2, effectiveFrom: "2026-11-01",
 *   responsibilities: [{ id: "renewals", text: "按时完成续约", metricId: "renewal-rate" }],
 * };
 * ```
 * @category Expectations
 */
export interface RoleCharter {
  readonly roleId: string;
  /** A positive whole number; higher is newer. */
  readonly version: number;
  readonly title?: string;
  /** The first day this version applies; without it, it applies from the start. */
  readonly effectiveFrom?: CalendarDate;
  readonly responsibilities: readonly Responsibility[];
}

/**
 * A member's acknowledgement that they read and accept a version of their role's charter.
 *
 * @example
 * ```ts
 * const ack: Acknowledgement = { memberId: "m-li", roleId: "key-account-manager", version: 2, at: "2026-11-03T10:15:00+08:00" };
 * ```
 * @category Expectations
 */
export interface Acknowledgement {
  readonly memberId: string;
  readonly roleId: string;
  readonly version: number;
  readonly at: Instant;
}

/**
 * A member and the role they hold (since `since`, when known).
 *
 * @example
 * ```ts
 * const holder: RoleHolder = { memberId: "m-zhang", roleId: "account-manager", since: "2025-04-14" };
 * ```
 * @category Expectations
 */
export interface RoleHolder {
  readonly memberId: string;
  readonly roleId: string;
  readonly since?: CalendarDate;
}

/**
 * Where one member stands with their role's current charter.
 * - `acknowledged`: they acknowledged the current version (or a later one);
 * - `outdated`: they acknowledged an earlier version only;
 * - `pending`: they never acknowledged any version;
 * - `no-charter`: their role has no charter in force.
 *
 * @example
 * ```ts
 * const state: AcknowledgementState = "outdated";
 * ```
 * @category Expectations
 */
export type AcknowledgementState = "acknowledged" | "outdated" | "pending" | "no-charter";

/**
 * One row of {@link charterAcknowledgements}.
 *
 * @example
 * ```ts
 * row; //=> { memberId: "m-wang", roleId: "key-account-manager", currentVersion: 2, acknowledgedVersion: 1, state: "outdated", pendingSince: "2026-11-01", daysPending: 27 }
 * ```
 * @category Expectations
 */
export interface AcknowledgementRow {
  readonly memberId: string;
  readonly roleId: string;
  /** The version in force on `asOf`; `null` when the role has no charter. */
  readonly currentVersion: number | null;
  /** The latest version this member acknowledged for the role by `asOf`; `null` for none. */
  readonly acknowledgedVersion: number | null;
  readonly state: AcknowledgementState;
  /** Since when the acknowledgement is owed: the later of the version's `effectiveFrom` and the member's `since`. */
  readonly pendingSince: CalendarDate | null;
  /** Days from `pendingSince` to `asOf`. */
  readonly daysPending: number | null;
}

/**
 * The result of {@link charterAcknowledgements}.
 *
 * @example
 * ```ts
 * report.rows.filter((r) => r.state !== "acknowledged").length; //=> how many still owe an acknowledgement
 * ```
 * @category Expectations
 */
export interface AcknowledgementReport {
  readonly rows: readonly AcknowledgementRow[];
  readonly findings: readonly Finding<ExpectationFindingCode>[];
}
