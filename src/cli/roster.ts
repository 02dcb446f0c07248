/**
 * The part of a team snapshot the command reads today: the team and its members. It grows
 * into the full `TeamSnapshot` with the health report.
 * @internal
 * @module
 */
import { z } from "zod";
import { CalendarDateSchema, CurrencyCodeSchema } from "../core/schema.js";
import { GoalListSchema, ObservationSchema } from "../goals/schema.js";
import { ScorecardSchema } from "../performance/schema.js";

/** @internal */
export const RosterSchema = z
  .object({
    schemaVersion: z.literal(1),
    team: z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      managerId: z.string().min(1),
      currency: CurrencyCodeSchema,
      fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
      weekStartsOn: z.number().int().min(0).max(6).default(1),
      timeZone: z.string().min(1),
    }),
    members: z
      .array(
        z.object({
          id: z.string().min(1),
          name: z.string().min(1),
          role: z.string().min(1),
          managerId: z.string().min(1).optional(),
          startDate: CalendarDateSchema,
        }),
      )
      .min(1),
    goals: GoalListSchema.default([]),
    checkIns: z.record(z.string(), z.array(ObservationSchema)).default({}),
    scorecard: ScorecardSchema.optional(),
    actuals: z.record(z.string(), z.record(z.string(), z.number())).default({}),
  })
  .superRefine((roster, ctx) => {
    const ids = new Set<string>();
    roster.members.forEach((m, i) => {
      if (ids.has(m.id)) ctx.addIssue({ code: "custom", path: ["members", i, "id"], params: { code: "validation.duplicate", value: m.id } });
      ids.add(m.id);
    });
    if (!ids.has(roster.team.managerId)) {
      ctx.addIssue({ code: "custom", path: ["team", "managerId"], params: { code: "validation.invalid", value: roster.team.managerId } });
    }
    roster.members.forEach((m, i) => {
      if (m.managerId !== undefined && !ids.has(m.managerId)) {
        ctx.addIssue({ code: "custom", path: ["members", i, "managerId"], params: { code: "validation.invalid", value: m.managerId } });
      }
    });
    roster.goals.forEach((g, i) => {
      if (g.ownerId !== undefined && !ids.has(g.ownerId)) ctx.addIssue({ code: "custom", path: ["goals", i, "ownerId"], params: { code: "validation.invalid", value: g.ownerId } });
    });
    const goalIds = new Set(roster.goals.map((g) => g.id));
    for (const id of Object.keys(roster.checkIns)) {
      if (!goalIds.has(id)) ctx.addIssue({ code: "custom", path: ["checkIns", id], params: { code: "validation.invalid", value: id } });
    }
    for (const id of Object.keys(roster.actuals)) {
      if (!ids.has(id)) ctx.addIssue({ code: "custom", path: ["actuals", id], params: { code: "validation.invalid", value: id } });
    }
  });

/** @internal */
export type Roster = z.output<typeof RosterSchema>;
