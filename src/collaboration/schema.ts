/**
 * zod schemas for RACI matrices and member loads, with the same rules as the compute
 * functions (unique ids, known letters, non-negative loads).
 * @module
 */
import { z } from "zod";
import { keyedRecord } from "../core/schema.js";
import { parseWith, rule, safeParseWith, type ParseOptions, type SafeParseResult } from "../core/_lib/parse.js";
import { checkRaciMatrix } from "./raci.js";
import type { MemberLoad, RaciMatrix } from "./types.js";
import { checkMemberLoads } from "./workload.js";

/**
 * A RACI matrix: task ids unique, letters R, A, C or I, each at most once per person.
 *
 * @example
 * ```ts
 * RaciMatrixSchema.safeParse({ tasks: [{ id: "t1", roles: { li: ["X"] } }] }).success; //=> false
 * ```
 * @category Schemas
 */
export const RaciMatrixSchema: z.ZodType<RaciMatrix> = z
  .object({
    tasks: z.array(z.object({ id: z.string().min(1), roles: keyedRecord(z.array(z.enum(["R", "A", "C", "I"]))) })),
  })
  .superRefine(...rule((value, issues) => checkRaciMatrix(value, [], issues))) as z.ZodType<RaciMatrix>;

/**
 * A list of member loads: member ids unique, loads and capacities between 0 and 10^15.
 *
 * @example
 * ```ts
 * MemberLoadsSchema.safeParse([{ memberId: "a", load: -1 }]).success; //=> false
 * ```
 * @category Schemas
 */
export const MemberLoadsSchema: z.ZodType<readonly MemberLoad[]> = z
  .array(z.object({ memberId: z.string().min(1), load: z.number(), capacity: z.number().optional() }))
  .superRefine(...rule((value, issues) => checkMemberLoads(value, [], issues))) as z.ZodType<readonly MemberLoad[]>;

/**
 * Parses a RACI matrix (stored JSON, a spreadsheet export) or throws a `ValidationError` naming
 * every problem.
 *
 * @example
 * ```ts
 * parseRaciMatrix({ tasks: [{ id: "t1", roles: { li: ["A", "R"] } }] }).tasks.length; //=> 1
 * ```
 * @category Schemas
 */
export function parseRaciMatrix(input: unknown, opts?: ParseOptions): RaciMatrix {
  return parseWith(RaciMatrixSchema, input, opts);
}

/**
 * Parses a RACI matrix without throwing.
 *
 * @example
 * ```ts
 * safeParseRaciMatrix({ tasks: [{ id: "t1", roles: { li: ["X"] } }] }).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseRaciMatrix(input: unknown, opts?: ParseOptions): SafeParseResult<RaciMatrix> {
  return safeParseWith(RaciMatrixSchema, input, opts);
}

/**
 * Parses a list of member loads or throws a `ValidationError` naming every problem.
 *
 * @example
 * ```ts
 * parseMemberLoads([{ memberId: "a", load: 46, capacity: 40 }])[0]?.capacity; //=> 40
 * ```
 * @category Schemas
 */
export function parseMemberLoads(input: unknown, opts?: ParseOptions): readonly MemberLoad[] {
  return parseWith(MemberLoadsSchema, input, opts);
}

/**
 * Parses a list of member loads without throwing.
 *
 * @example
 * ```ts
 * safeParseMemberLoads([{ memberId: "a", load: 1 }, { memberId: "a", load: 2 }]).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseMemberLoads(input: unknown, opts?: ParseOptions): SafeParseResult<readonly MemberLoad[]> {
  return safeParseWith(MemberLoadsSchema, input, opts);
}
