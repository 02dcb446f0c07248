/**
 * `team-playbook/collaboration` (促进团队协作): RACI matrix checks and workload balance
 * (practice 9).
 *
 * @module collaboration
 */
export type { CollaborationExplanationCode, CollaborationFindingCode } from "./codes.js";
export type { MemberLoad, MemberUtilisation, RaciLetter, RaciMatrix, RaciPolicy, RaciTask, WorkloadPolicy, WorkloadReport } from "./types.js";
export { DEFAULT_RACI_POLICY, RACI_LETTERS, validateRaci } from "./raci.js";
export { DEFAULT_WORKLOAD_POLICY, workloadBalance } from "./workload.js";
export { MemberLoadsSchema, RaciMatrixSchema, parseMemberLoads, parseRaciMatrix, safeParseMemberLoads, safeParseRaciMatrix } from "./schema.js";
export { collaborationMessagesEn } from "./messages/en.js";
export { collaborationMessagesZhCN } from "./messages/zh-CN.js";
