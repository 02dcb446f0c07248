/**
 * The names a workflow definition may use for its rules and changes.
 * @module
 */
import { ACTIONS, GUARDS } from "./_lib/registry.js";

/**
 * The guards a workflow may name in `requires` and `when`, with the parameters each takes.
 * `field` parameters name an event field (or, for `case-*` guards, a case field or the
 * workflow's data); `roles` name `reporter`, `parties`, `handler`, `mediator`, a data field
 * holding people, or a role the app vouches for in `actorRoles` (`hr`).
 *
 * @example
 * ```ts
 * import { WORKFLOW_GUARDS } from "team-playbook/conflicts";
 * WORKFLOW_GUARDS["person-not-in"]; //=> ["field", "roles"]
 * ```
 * @category Conflicts
 */
export const WORKFLOW_GUARDS: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(Object.entries(GUARDS).map(([name, spec]) => [name, Object.freeze(Object.keys(spec.params))])),
);

/**
 * The actions a workflow may name in `assign`, with the parameters each takes. `set` and `unset`
 * write the case's own `severity`, `handlerId`, `mediatorId` and `restricted`, and any other
 * field to the case's `data`; `add` (ids into a list) and `increment` (a counter) always write
 * to `data`; `record-actions` appends agreed actions.
 *
 * @example
 * ```ts
 * import { WORKFLOW_ACTIONS } from "team-playbook/conflicts";
 * WORKFLOW_ACTIONS["set"]; //=> ["field", "from", "value"]
 * ```
 * @category Conflicts
 */
export const WORKFLOW_ACTIONS: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(Object.entries(ACTIONS).map(([name, spec]) => [name, Object.freeze(Object.keys(spec.params))])),
);
