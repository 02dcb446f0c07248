import type { CatalogFor } from "../../core/messages/types.js";
import { ROUNDING_NAMES_EN } from "../../core/messages/rounding-names.js";
import type { IncentiveExplanationCode, IncentiveFindingCode } from "../codes.js";

const rounding = (p: { readonly [k: string]: unknown }): string => ROUNDING_NAMES_EN[String(p["rounding"])] ?? String(p["rounding"]);

/**
 * English messages of the incentives module.
 *
 * @example
 * ```ts
 * typeof incentivesMessagesEn["incentives.commission.band"]; //=> "string"
 * ```
 * @category Messages
 */
export const incentivesMessagesEn = Object.freeze({
  "incentives.plan.retroactive-cliff":
    "Component “{componentId}” pays its tiers retroactively: reaching {from} raises the rate on everything below it, so the sale that crosses it pays {jump} more than the one before. Reps learn to hold deals back around such cliffs; marginal tiers avoid them.",
  "incentives.plan.gate-cliff":
    "Component “{componentId}” pays nothing below {minAttainment} of quota and everything above it: make sure the team knows exactly where the gate is.",
  "incentives.quota.full": "Quota for the period: {quota}.",
  "incentives.quota.prorated": (p, text) =>
    `Quota ${text("quota")} × ${text("employedDays")}/${text("periodDays")} days employed = ${text("exact")}, rounded ${rounding(p)} to ${text("result")}.`,
  "incentives.quota.zero": "The quota for the period is {quota}, so attainment is not defined: attainment-based parts pay nothing.",
  "incentives.quota.none": "“{componentId}” is measured against quota, and there is no quota in this period: it pays nothing.",
  "incentives.attainment": "{credited} of revenue credited in {count} credit splits against a quota of {quota}: attainment {result} ({exact}).",
  "incentives.gate.passed": "“{componentId}” gate: {credited} credited reaches {minAttainment} of quota ({needed}), so it pays.",
  "incentives.gate.no-quota": "“{componentId}” gate: there is no quota in this period to measure {minAttainment} of, so it pays nothing.",
  "incentives.gate.failed": "“{componentId}” gate: {credited} credited is below {minAttainment} of quota ({needed}), so it pays nothing.",
  "incentives.commission.credit": (p, text) =>
    `Credit ${text("creditId")} (${text("date")}): ${text("amount")} × share ${text("share")} = ${text("base")}` +
    (p["rate"] !== undefined ? ` × ${text("rate")}` : p["runningFrom"] !== undefined ? ` (running total ${text("runningFrom")} → ${text("runningTo")})` : "") +
    ` → ${text("result")}.`,
  "incentives.commission.credit-capped": "Credit {creditId} ({date}): {amount} × share {share} = {base} would earn {uncapped}; capped per credit at {cap} → {result}.",
  "incentives.commission.band": (p, text) =>
    `${p["negative"] === true ? "Reversed: " : ""}band ${text("from")} – ${text("to")}: ${text("portion")} × ${text("rate")} = ${text("result")}.`,
  "incentives.commission.below-bands": "“{componentId}”: the period total {total} is below the first band (from {from}), so it earns nothing.",
  "incentives.commission.retroactive": "“{componentId}”: the period total {total} reaches the band from {from}, so its rate {rate} applies to all of it: {result}.",
  "incentives.bonus.measure": "Measure {key}: value {value} scores {score} on its curve; × weight {weight} = {result}.",
  "incentives.bonus.prorate": "Target incentive {targetIncentive} × {fraction} of the period employed = {result}.",
  "incentives.bonus.total": "Target incentive {targetIncentive} × payout factor {factor} = {result}.",
  "incentives.spif.credit": "Credit {creditId} ({date}) qualifies: {amount} × share {share} = {result}.",
  "incentives.spif.once": "Credit {creditId} ({date}) qualifies first: {result}, once in the period.",
  "incentives.spif.none": "No credit in the period qualifies for “{componentId}”.",
  "incentives.clawback.full": "Credit {creditId} ({date}) was cancelled on {cancelledOn}, {days} days later (window {windowDays} days): the {paid} it earned is taken back, {result}.",
  "incentives.clawback.unserved":
    "Credit {creditId} ({date}) was cancelled on {cancelledOn} with {served} of its term served: {unserved} of the {paid} it earned is taken back, {result}.",
  "incentives.clawback.outside-window": "Credit {creditId} ({date}) was cancelled on {cancelledOn}, {days} days later, outside the {windowDays}-day window: nothing is taken back.",
  "incentives.line.round": (p, text) => `“${text("componentId")}”: ${text("exact")} rounded ${rounding(p)} to ${text("result")}.`,
  "incentives.cap.carried-in": "Excess over last period's cap paid now: {amount}.",
  "incentives.cap.carried-out": "Earnings {earnings} exceed the period cap {cap}: {over} is carried to the next period.",
  "incentives.cap.forfeited": "Earnings {earnings} exceed the period cap {cap}: {over} is not paid.",
  "incentives.deficit": "Earnings are negative ({earnings}): nothing negative is paid; the amount joins the balance owed.",
  "incentives.draw.additive": (p, text) => `Draw paid on top of earnings: ${text("result")}${p["recoverable"] === true ? ", to be recovered later" : ""}.`,
  "incentives.draw.advanced": "Earnings {earnings} are below the draw {draw}: {result} is advanced and added to the balance owed.",
  "incentives.draw.guaranteed": "Earnings {earnings} are below the guaranteed draw {draw}: {result} is added and never owed.",
  "incentives.draw.recovered": "Balance owed {balance}: {recovered} recovered from earnings above the draw ({earnings} − {draw}).",
  "incentives.balance.recovered": "Balance owed {balance}: {recovered} recovered from earnings of {earnings}.",
  "incentives.statement.net": "Earnings {earnings}; balance owed {owedBefore} → {owedAfter}; cap excess carried {capExcess}. Paid: {result}.",
} satisfies CatalogFor<IncentiveFindingCode | IncentiveExplanationCode>);
