/**
 * A workflow for disputes about a line of a commission statement.
 * @module
 */
import { deepFreeze } from "../../core/_lib/freeze.js";
import type { GuardRef, WorkflowDefinition } from "../types.js";

const BY_PAYEE: GuardRef = { guard: "actor-in", params: { roles: ["reporter"] }, code: "conflict.not-reporter" };
const BY_REVIEWER: GuardRef = { guard: "actor-in", params: { roles: ["handler", "hr"] }, code: "conflict.actor-not-allowed" };
const REASON: GuardRef = { guard: "non-empty", params: { field: "reason" }, code: "conflict.reason-required" };

/**
 * Disputes about a commission statement line (a payee says a deal was credited wrongly, a rate
 * or a clawback is wrong): `raised → in-review → adjusted | upheld → in-appeal → closed`.
 * It shows the engine is general; pair it with `disputeStatementLine` from
 * `team-playbook/incentives`, whose record names the statement and line.
 *
 * | Event | From → to | Rules (rejection code) |
 * |---|---|---|
 * | `report { caseId, parties: [payee], category: "commission", summary, statementId, lineId, claimedAmount? (money) }` | → raised | the payee reports (`conflict.actor-not-allowed`) |
 * | `start-review { reviewerId }` | raised → in-review | not by the payee (`conflict.actor-not-allowed`); the reviewer is not the payee (`conflict.handler-is-party`) |
 * | `adjust { amount (money), reason }` / `uphold { reason }` | in-review → adjusted / upheld | the reviewer or HR; a reason |
 * | `accept` | adjusted, upheld → closed (adjusted / upheld) | the payee |
 * | `appeal { reason }` | adjusted, upheld → in-appeal | the payee, within 5 working days of the decision (`dispute.appeal-window-closed`); a reason |
 * | `decide-appeal { deciderId, decision: adjust or uphold, amount?, reason }` | in-appeal → closed (appeal-adjusted / appeal-upheld) | HR; the decider is neither the payee nor the first reviewer (`dispute.reviewer-not-independent`); an amount to adjust (`dispute.amount-required`); a reason |
 * | `withdraw` | any open state → closed (withdrawn) | the payee |
 * | `suspend { reason }` / `resume` | open state → on-hold → back | the reviewer or HR |
 * | `tick` | — | records SLA breaches; an appeal window that lapses closes the case with the decision |
 *
 * SLAs in working days: review starts within 2 of the report and ends within 10; the payee has 5
 * to appeal; an appeal is decided within 10.
 *
 * @example
 * ```ts
 * import { commissionDisputeWorkflow, replayConflictCase } from "team-playbook/conflicts";
 * const r = replayConflictCase([
 *   { type: "report", actorId: "rep1", at: "2026-12-01T09:00:00+08:00", caseId: "d1", parties: ["rep1"], category: "commission", summary: "11月订单D-7未计提成", statementId: "S-2026-11-rep1", lineId: "commission", claimedAmount: { amount: 150000, currency: "CNY" } },
 *   { type: "start-review", actorId: "ops", at: "2026-12-01T14:00:00+08:00", reviewerId: "ops" },
 *   { type: "adjust", actorId: "ops", at: "2026-12-03T10:00:00+08:00", amount: { amount: 150000, currency: "CNY" }, reason: "D-7 签约日期在本期内，补计提成" },
 *   { type: "accept", actorId: "rep1", at: "2026-12-03T18:00:00+08:00" },
 * ], { workflow: commissionDisputeWorkflow });
 * r.ok && r.case.outcome; //=> "adjusted"
 * ```
 * @category Conflicts
 */
export const commissionDisputeWorkflow: WorkflowDefinition = deepFreeze({
  id: "commission-dispute",
  version: 1,
  categories: ["commission"],
  states: {
    raised: { slaWorkingDays: 2 },
    "in-review": { slaWorkingDays: 10 },
    adjusted: {},
    upheld: {},
    "in-appeal": { slaWorkingDays: 10 },
    "on-hold": { hold: true },
    closed: { terminal: true, outcomes: ["adjusted", "upheld", "appeal-adjusted", "appeal-upheld", "withdrawn"] },
  },
  deadlines: [
    { id: "appeal-window-adjusted", workingDays: 5, startsOn: ["adjusted"], activeIn: ["adjusted"], onLapse: { to: "closed", outcome: "adjusted" } },
    { id: "appeal-window-upheld", workingDays: 5, startsOn: ["upheld"], activeIn: ["upheld"], onLapse: { to: "closed", outcome: "upheld" } },
  ],
  events: {
    report: {
      payload: { statementId: { type: "id" }, lineId: { type: "id" }, claimedAmount: { type: "money", optional: true } },
      requires: [{ guard: "actor-in", params: { roles: ["parties"] }, code: "conflict.actor-not-allowed" }],
      transitions: [{ from: [], to: "raised" }],
      assign: [
        { action: "set", params: { field: "statementId", from: "statementId" } },
        { action: "set", params: { field: "lineId", from: "lineId" } },
        { action: "set", params: { field: "claimedAmount", from: "claimedAmount" } },
      ],
    },
    "start-review": {
      payload: { reviewerId: { type: "id" } },
      requires: [
        { guard: "actor-not-in", params: { roles: ["parties"] }, code: "conflict.actor-not-allowed" },
        { guard: "person-not-in", params: { field: "reviewerId", roles: ["parties"] }, code: "conflict.handler-is-party" },
      ],
      transitions: [{ from: ["raised"], to: "in-review" }],
      assign: [{ action: "set", params: { field: "handlerId", from: "reviewerId" } }],
    },
    adjust: {
      payload: { amount: { type: "money" }, reason: { type: "text", optional: true } },
      requires: [BY_REVIEWER, REASON],
      transitions: [{ from: ["in-review"], to: "adjusted" }],
      assign: [{ action: "set", params: { field: "adjustedAmount", from: "amount" } }],
      effects: [{ type: "adjust-statement", to: ["reporter"], fields: ["amount"] }],
    },
    uphold: {
      payload: { reason: { type: "text", optional: true } },
      requires: [BY_REVIEWER, REASON],
      transitions: [{ from: ["in-review"], to: "upheld" }],
    },
    accept: {
      requires: [BY_PAYEE],
      transitions: [
        { from: ["adjusted"], to: "closed", outcome: "adjusted" },
        { from: ["upheld"], to: "closed", outcome: "upheld" },
      ],
    },
    appeal: {
      payload: { reason: { type: "text", optional: true } },
      requires: [
        BY_PAYEE,
        { guard: "before-deadline", params: { deadline: "appeal-window-adjusted" }, code: "dispute.appeal-window-closed" },
        { guard: "before-deadline", params: { deadline: "appeal-window-upheld" }, code: "dispute.appeal-window-closed" },
        REASON,
      ],
      transitions: [{ from: ["adjusted", "upheld"], to: "in-appeal" }],
    },
    "decide-appeal": {
      payload: { deciderId: { type: "id" }, decision: { type: "enum", values: ["adjust", "uphold"] }, amount: { type: "money", optional: true }, reason: { type: "text", optional: true } },
      requires: [
        { guard: "actor-in", params: { roles: ["hr"] }, code: "conflict.actor-not-allowed" },
        { guard: "person-not-in", params: { field: "deciderId", roles: ["parties", "handler"] }, code: "dispute.reviewer-not-independent" },
        { guard: "present", params: { field: "amount" }, code: "dispute.amount-required", when: [{ guard: "equals", params: { field: "decision", value: "adjust" } }] },
        REASON,
      ],
      transitions: [
        { from: ["in-appeal"], to: "closed", outcome: "appeal-adjusted", when: [{ guard: "equals", params: { field: "decision", value: "adjust" } }] },
        { from: ["in-appeal"], to: "closed", outcome: "appeal-upheld", when: [{ guard: "equals", params: { field: "decision", value: "uphold" } }] },
      ],
      assign: [
        { action: "set", params: { field: "appealDeciderId", from: "deciderId" } },
        { action: "set", params: { field: "appealAmount", from: "amount" } },
      ],
      effects: [{ type: "adjust-statement", to: ["reporter"], fields: ["amount"], when: [{ guard: "equals", params: { field: "decision", value: "adjust" } }] }],
    },
    withdraw: {
      requires: [BY_PAYEE],
      transitions: [{ from: ["*"], to: "closed", outcome: "withdrawn" }],
    },
    suspend: {
      payload: { reason: { type: "text", optional: true } },
      requires: [BY_REVIEWER, REASON],
      transitions: [{ from: ["raised", "in-review", "in-appeal"], to: "on-hold" }],
    },
    resume: { requires: [BY_REVIEWER], transitions: [{ from: ["on-hold"], to: "$resume" }] },
    tick: { tick: true, transitions: [{ from: ["*"] }] },
  },
} satisfies WorkflowDefinition);
