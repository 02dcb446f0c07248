/**
 * zod schemas for survey responses and team values.
 * @module
 */
import { z } from "zod";
import { parseWith, safeParseWith, type ParseOptions, type SafeParseResult } from "../core/_lib/parse.js";
import { keyedRecord } from "../core/schema.js";
import type { SurveyResponse, TeamValue } from "./types.js";

/**
 * One survey response. Answers are whole numbers from 0 to 10 (the scale of each question is
 * checked by `summarizeSurvey`, which knows which questions are eNPS questions).
 *
 * @example
 * ```ts
 * import { SurveyResponseSchema } from "team-playbook/culture";
 * SurveyResponseSchema.safeParse({ respondentId: "r0", attributes: { team: "Sales" }, answers: { enps: 8, q1: 4 } }).success; //=> true
 * SurveyResponseSchema.safeParse({ respondentId: "r0", attributes: {}, answers: { enps: 11 } }).success; //=> false
 * ```
 * @category Schemas
 */
export const SurveyResponseSchema: z.ZodType<SurveyResponse> = z.object({
  respondentId: z.string().trim().min(1),
  attributes: keyedRecord(z.string()),
  answers: keyedRecord(z.number().int().min(0).max(10)),
  comment: z.string().optional(),
}) as unknown as z.ZodType<SurveyResponse>;

/**
 * A team value with its name in English and Chinese.
 *
 * @example
 * ```ts
 * import { TeamValueSchema } from "team-playbook/culture";
 * TeamValueSchema.safeParse({ id: "teamwork", name: { en: "Teamwork", "zh-CN": "团队协作" } }).success; //=> true
 * ```
 * @category Schemas
 */
export const TeamValueSchema: z.ZodType<TeamValue> = z.object({
  id: z.string().trim().min(1),
  name: z.object({ en: z.string().trim().min(1), "zh-CN": z.string().trim().min(1) }),
}) as z.ZodType<TeamValue>;

const ResponsesSchema = z.array(SurveyResponseSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((r, i) => {
    if (seen.has(r.respondentId)) ctx.addIssue({ code: "custom", path: [i, "respondentId"], params: { code: "validation.duplicate", value: r.respondentId } });
    seen.add(r.respondentId);
  });
});

/**
 * Parses survey responses (respondent ids unique), or throws a `ValidationError` listing
 * every problem.
 *
 * @example
 * ```ts
 * import { parseSurveyResponses } from "team-playbook/culture";
 * parseSurveyResponses([{ respondentId: "r0", attributes: { team: "Sales" }, answers: { q1: 4 } }]).length; //=> 1
 * ```
 * @category Schemas
 */
export function parseSurveyResponses(input: unknown, opts?: ParseOptions): SurveyResponse[] {
  return parseWith(ResponsesSchema, input, opts) as SurveyResponse[];
}

/**
 * Parses survey responses without throwing.
 *
 * @example
 * ```ts
 * import { safeParseSurveyResponses } from "team-playbook/culture";
 * safeParseSurveyResponses([{ respondentId: "" }]).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseSurveyResponses(input: unknown, opts?: ParseOptions): SafeParseResult<SurveyResponse[]> {
  return safeParseWith(ResponsesSchema, input, opts) as SafeParseResult<SurveyResponse[]>;
}
