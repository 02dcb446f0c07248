/**
 * zod schemas for role charters, holders and acknowledgements.
 * @module
 */
import { z } from "zod";
import { CalendarDateSchema, InstantSchema } from "../core/schema.js";
import { parseWith, safeParseWith, type ParseOptions, type SafeParseResult } from "../core/_lib/parse.js";
import type { Acknowledgement, Responsibility, RoleCharter, RoleHolder } from "./types.js";

/**
 * A responsibility.
 *
 * @example
 * ```ts
 * ResponsibilitySchema.parse({ id: "renewals", text: "按时续约" });
 * ```
 * @category Schemas
 */
export const ResponsibilitySchema: z.ZodType<Responsibility> = z.object({ id: z.string().min(1), text: z.string(), metricId: z.string().min(1).optional() }) as z.ZodType<Responsibility>;

/**
 * A role charter; responsibility ids are unique within it.
 *
 * @example
 * ```ts
 * RoleCharterSchema.safeParse({ roleId: "kam", version: 0, responsibilities: [] }).success; //=> false
 * ```
 * @category Schemas
 */
export const RoleCharterSchema: z.ZodType<RoleCharter> = z
  .object({
    roleId: z.string().min(1),
    version: z.number().int().min(1),
    title: z.string().optional(),
    effectiveFrom: CalendarDateSchema.optional(),
    responsibilities: z.array(ResponsibilitySchema),
  })
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    c.responsibilities.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: "custom", path: ["responsibilities", i, "id"], params: { code: "validation.duplicate", value: r.id } });
      ids.add(r.id);
    });
  }) as z.ZodType<RoleCharter>;

/**
 * A member holding a role.
 *
 * @example
 * ```ts
 * RoleHolderSchema.parse({ memberId: "m-li", roleId: "kam" });
 * ```
 * @category Schemas
 */
export const RoleHolderSchema: z.ZodType<RoleHolder> = z.object({ memberId: z.string().min(1), roleId: z.string().min(1), since: CalendarDateSchema.optional() }) as z.ZodType<RoleHolder>;

/**
 * An acknowledgement.
 *
 * @example
 * ```ts
 * AcknowledgementSchema.parse({ memberId: "m-li", roleId: "kam", version: 2, at: "2026-11-03T10:15:00+08:00" });
 * ```
 * @category Schemas
 */
export const AcknowledgementSchema: z.ZodType<Acknowledgement> = z.object({
  memberId: z.string().min(1),
  roleId: z.string().min(1),
  version: z.number().int().min(1),
  at: InstantSchema,
});

/**
 * Parses unknown input into a {@link RoleCharter}.
 *
 * @throws {ValidationError} listing every problem, in `opts.locale`.
 * @example
 * ```ts
 * parseRoleCharter({ roleId: "kam", version: 1, responsibilities: [] }).version; //=> 1
 * ```
 * @category Schemas
 */
export function parseRoleCharter(input: unknown, opts?: ParseOptions): RoleCharter {
  return parseWith(RoleCharterSchema, input, opts);
}

/**
 * {@link parseRoleCharter} without throwing.
 *
 * @example
 * ```ts
 * safeParseRoleCharter({ roleId: "", version: 1, responsibilities: [] }).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseRoleCharter(input: unknown, opts?: ParseOptions): SafeParseResult<RoleCharter> {
  return safeParseWith(RoleCharterSchema, input, opts);
}
