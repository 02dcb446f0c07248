/**
 * team-playbook: the ten practices of leading a sales and account team as typed data and pure,
 * explainable rules. Each module is also its own subpath (`team-playbook/core`,
 * `team-playbook/goals`, `team-playbook/expectations`, ...).
 *
 * @module team-playbook
 */
export * from "./core/index.js";
export * from "./goals/index.js";
export * from "./expectations/index.js";
export * from "./performance/index.js";
export * from "./incentives/index.js";
export * from "./recognition/index.js";
export * from "./feedback/index.js";
export * from "./meetings/index.js";
export * from "./conflicts/index.js";
export * from "./development/index.js";
export * from "./culture/index.js";
export * from "./collaboration/index.js";
export * from "./wellbeing/index.js";
