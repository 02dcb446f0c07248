/**
 * zod schemas for feedback entries, retractions, logs and requests.
 * @module
 */
import { z } from "zod";
import { CalendarDateSchema, InstantSchema } from "../core/schema.js";
import { parseWith, safeParseWith, type ParseOptions, type SafeParseResult } from "../core/_lib/parse.js";
import type { FeedbackEntry, FeedbackLog, FeedbackRequest, FeedbackRetraction } from "./types.js";

/**
 * A feedback entry; giver and receiver differ.
 *
 * @example
 * ```ts
 * FeedbackEntrySchema.safeParse({ id: "f", from: "a", to: "a", at: "2026-11-21T10:00:00+08:00", kind: "praise", visibility: "private" }).success; //=> false
 * ```
 * @category Schemas
 */
export const FeedbackEntrySchema: z.ZodType<FeedbackEntry> = z
  .object({
    id: z.string().min(1),
    from: z.string().min(1),
    to: z.string().min(1),
    at: InstantSchema,
    kind: z.enum(["praise", "constructive"]),
    visibility: z.enum(["private", "private-manager", "manager-only", "public"]),
    situation: z.string().optional(),
    behavior: z.string().optional(),
    impact: z.string().optional(),
    request: z.string().optional(),
    occurredOn: CalendarDateSchema.optional(),
    goalId: z.string().optional(),
    valueTags: z.array(z.string()).optional(),
  })
  .refine((e) => e.from !== e.to, { path: ["to"], params: { code: "validation.same-as", other: "from" } }) as z.ZodType<FeedbackEntry>;

/**
 * A retraction record.
 *
 * @example
 * ```ts
 * FeedbackRetractionSchema.parse({ id: "r1", entryId: "f1", by: "mgr", at: "2026-11-21T09:00:00+08:00", reason: "发错了人" });
 * ```
 * @category Schemas
 */
export const FeedbackRetractionSchema: z.ZodType<FeedbackRetraction> = z.object({
  id: z.string().min(1),
  entryId: z.string().min(1),
  by: z.string().min(1),
  at: InstantSchema,
  reason: z.string().trim().min(1),
}) as z.ZodType<FeedbackRetraction>;

/**
 * A feedback log; entry ids are unique and every retraction names an entry of the log.
 *
 * @example
 * ```ts
 * FeedbackLogSchema.safeParse({ entries: [] }).success; //=> true
 * ```
 * @category Schemas
 */
export const FeedbackLogSchema: z.ZodType<FeedbackLog> = z
  .object({ entries: z.array(FeedbackEntrySchema), retractions: z.array(FeedbackRetractionSchema).optional() })
  .superRefine((log, ctx) => {
    const ids = new Set<string>();
    log.entries.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: "custom", path: ["entries", i, "id"], params: { code: "validation.duplicate", value: e.id } });
      ids.add(e.id);
    });
    const retractionIds = new Set<string>();
    const retracted = new Set<string>();
    (log.retractions ?? []).forEach((r, i) => {
      if (!ids.has(r.entryId)) ctx.addIssue({ code: "custom", path: ["retractions", i, "entryId"], params: { code: "validation.not-found", value: r.entryId } });
      else if (retracted.has(r.entryId)) ctx.addIssue({ code: "custom", path: ["retractions", i, "entryId"], params: { code: "validation.duplicate", value: r.entryId } });
      if (retractionIds.has(r.id)) ctx.addIssue({ code: "custom", path: ["retractions", i, "id"], params: { code: "validation.duplicate", value: r.id } });
      retractionIds.add(r.id);
      retracted.add(r.entryId);
    });
  }) as z.ZodType<FeedbackLog>;

/**
 * A feedback request.
 *
 * @example
 * ```ts
 * FeedbackRequestSchema.safeParse({ id: "q1", visibility: "public" }).success; //=> false
 * ```
 * @category Schemas
 */
export const FeedbackRequestSchema: z.ZodType<FeedbackRequest> = z.object({
  id: z.string().min(1),
  requesterId: z.string().min(1),
  aboutId: z.string().min(1),
  reviewerIds: z.array(z.string().min(1)).min(1),
  createdOn: CalendarDateSchema,
  visibility: z.enum(["private-manager", "manager-only"]),
  question: z.string().trim().min(1),
  answeredOn: CalendarDateSchema.optional(),
  dismissedOn: CalendarDateSchema.optional(),
}) as z.ZodType<FeedbackRequest>;

/**
 * Parses a feedback log (stored JSON) or throws a `ValidationError` naming every problem.
 *
 * @example
 * ```ts
 * parseFeedbackLog({ entries: [] }).entries.length; //=> 0
 * ```
 * @category Schemas
 */
export function parseFeedbackLog(input: unknown, opts?: ParseOptions): FeedbackLog {
  return parseWith(FeedbackLogSchema, input, opts);
}

/**
 * Parses a feedback log without throwing.
 *
 * @example
 * ```ts
 * safeParseFeedbackLog({}).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseFeedbackLog(input: unknown, opts?: ParseOptions): SafeParseResult<FeedbackLog> {
  return safeParseWith(FeedbackLogSchema, input, opts);
}
