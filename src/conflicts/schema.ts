/**
 * zod schemas for workflow definitions and conflict events.
 * @module
 */
import { z } from "zod";
import { parseWith, rule, safeParseWith, type ParseOptions, type SafeParseResult } from "../core/_lib/parse.js";
import { InstantSchema } from "../core/schema.js";
import { compileWorkflow } from "./_lib/compile.js";
import { checkEventShape } from "./_lib/event.js";
import type { ConflictEvent, WorkflowDefinition } from "./types.js";

/**
 * A workflow definition, checked by the engine's own rules: every state an event names exists,
 * terminal transitions name one of the state's outcomes, guards and actions exist in the
 * registry with the parameters they need, deadlines name real states.
 *
 * @example
 * ```ts
 * import { WorkflowDefinitionSchema, defaultConflictWorkflow } from "team-playbook/conflicts";
 * WorkflowDefinitionSchema.safeParse(defaultConflictWorkflow).success; //=> true
 * WorkflowDefinitionSchema.safeParse({ id: "w", version: 1, states: {}, events: {} }).success; //=> false
 * ```
 * @category Schemas
 */
export const WorkflowDefinitionSchema: z.ZodType<WorkflowDefinition> = z
  .unknown()
  .superRefine(...rule((value, issues) => compileWorkflow(value, [], issues))) as unknown as z.ZodType<WorkflowDefinition>;

/**
 * The envelope every conflict event has: `type`, `actorId`, `at` (an instant with an offset),
 * optional `actorRoles` and `note`; the event type's own fields pass through and are checked by
 * the engine against the workflow.
 *
 * @example
 * ```ts
 * import { ConflictEventSchema } from "team-playbook/conflicts";
 * ConflictEventSchema.safeParse({ type: "triage", actorId: "mgr", at: "2026-11-23T15:00:00" }).success; //=> false
 * ```
 * @category Schemas
 */
export const ConflictEventSchema: z.ZodType<ConflictEvent> = z
  .object({ type: z.string(), actorId: z.string(), at: InstantSchema })
  .catchall(z.json())
  .superRefine(...rule((value, issues) => checkEventShape(value, [], issues, undefined))) as unknown as z.ZodType<ConflictEvent>;

/**
 * Parses a workflow definition (from a database, a UI), or throws a `ValidationError` listing
 * every problem.
 *
 * @example
 * ```ts
 * import { parseWorkflowDefinition, defaultConflictWorkflow } from "team-playbook/conflicts";
 * parseWorkflowDefinition(JSON.parse(JSON.stringify(defaultConflictWorkflow))).id; //=> "team-conflict"
 * ```
 * @category Schemas
 */
export function parseWorkflowDefinition(input: unknown, opts?: ParseOptions): WorkflowDefinition {
  return parseWith(WorkflowDefinitionSchema, input, opts);
}

/**
 * Parses a workflow definition without throwing.
 *
 * @example
 * ```ts
 * import { safeParseWorkflowDefinition } from "team-playbook/conflicts";
 * safeParseWorkflowDefinition({ id: "w" }).success; //=> false
 * ```
 * @category Schemas
 */
export function safeParseWorkflowDefinition(input: unknown, opts?: ParseOptions): SafeParseResult<WorkflowDefinition> {
  return safeParseWith(WorkflowDefinitionSchema, input, opts);
}
