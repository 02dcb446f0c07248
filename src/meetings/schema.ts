/**
 * zod schemas for meetings, action items and cadence policies.
 * @module
 */
import { z } from "zod";
import { CalendarDateSchema, keyedRecord } from "../core/schema.js";
import { parseWith, safeParseWith, type ParseOptions, type SafeParseResult } from "../core/_lib/parse.js";
import type { ActionItem, CadencePolicy, Meeting } from "./types.js";

/**
 * An action item.
 *
 * @example
 * ```ts
 * ActionItemSchema.parse({ id: "A", ownerId: "a", description: "发方案", done: false });
 * ```
 * @category Schemas
 */
export const ActionItemSchema: z.ZodType<ActionItem> = z.object({
  id: z.string().min(1),
  ownerId: z.string().min(1),
  description: z.string(),
  due: CalendarDateSchema.optional(),
  done: z.boolean(),
  carriedFrom: z.string().min(1).optional(),
}) as z.ZodType<ActionItem>;

/**
 * A meeting; action item ids are unique within it.
 *
 * @example
 * ```ts
 * MeetingSchema.safeParse({ id: "m1", kind: "one-on-one", date: "2024-03-04", attendeeIds: ["mgr", "a"] }).success; //=> true
 * ```
 * @category Schemas
 */
export const MeetingSchema: z.ZodType<Meeting> = z
  .object({
    id: z.string().min(1),
    kind: z.enum(["one-on-one", "team"]),
    date: CalendarDateSchema,
    managerId: z.string().min(1).optional(),
    attendeeIds: z.array(z.string().min(1)),
    agenda: z.array(z.string()).optional(),
    actionItems: z.array(ActionItemSchema).optional(),
    durationMinutes: z.number().int().min(0).max(7 * 24 * 60).optional(),
    teamMeetingType: z.enum(["daily-check-in", "weekly-tactical", "monthly-strategic", "quarterly-off-site"]).optional(),
  })
  .superRefine((m, ctx) => {
    const ids = new Set<string>();
    (m.actionItems ?? []).forEach((item, i) => {
      if (ids.has(item.id)) ctx.addIssue({ code: "custom", path: ["actionItems", i, "id"], params: { code: "validation.duplicate", value: item.id } });
      ids.add(item.id);
    });
  }) as z.ZodType<Meeting>;

/**
 * A cadence policy.
 *
 * @example
 * ```ts
 * CadencePolicySchema.parse({ oneOnOne: "biweekly", team: "weekly" });
 * ```
 * @category Schemas
 */
export const CadencePolicySchema: z.ZodType<CadencePolicy> = z.object({
  oneOnOne: z.enum(["weekly", "biweekly", "monthly"]),
  team: z.enum(["daily", "weekly", "biweekly", "monthly", "quarterly"]).optional(),
  startDates: keyedRecord(CalendarDateSchema).optional(),
}) as z.ZodType<CadencePolicy>;

/**
 * Parses a list of meetings, or throws a `ValidationError` naming every problem.
 *
 * @example
 * ```ts
 * parseMeetings([]).length; //=> 0
 * ```
 * @category Schemas
 */
export function parseMeetings(input: unknown, opts?: ParseOptions): Meeting[] {
  return parseWith(z.array(MeetingSchema), input, opts);
}

/**
 * Parses a list of meetings without throwing.
 *
 * @example
 * ```ts
 * safeParseMeetings([{ id: "m" }]).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseMeetings(input: unknown, opts?: ParseOptions): SafeParseResult<Meeting[]> {
  return safeParseWith(z.array(MeetingSchema), input, opts);
}
