import { RunnerRole } from "../gen/gitpod/v1/runner_pb";
import type { Session } from "./session";

/**
 * What the UI may offer (DESIGN.md "Who may do what"). Org-wide actions need the org admin role;
 * runner-scoped actions also accept the caller's role on that runner (from group policies).
 */
export type Action =
  | "runners:create"
  | "runner:update"
  | "runner:delete"
  | "runner:createToken"
  | "runner:createLogsToken"
  | "policies:list"
  | "policies:manage"
  | "environmentClasses:view"
  | "environmentClasses:manage"
  | "scmIntegrations:view"
  | "scmIntegrations:manage"
  | "llmIntegrations:view"
  | "llmIntegrations:manage"
  | "tools:use"
  | "hostTokens:manageOwn"
  | "hostTokens:manageAll";

export interface PermissionScope {
  /** The caller's role on the runner the action is about; see runnerRoleFor. */
  runnerRole?: RunnerRole;
}

const runnerAdminActions: ReadonlySet<Action> = new Set<Action>([
  "runner:update",
  "runner:delete",
  "runner:createToken",
  "runner:createLogsToken",
  "policies:list",
  "policies:manage",
  "environmentClasses:view",
  "environmentClasses:manage",
  "scmIntegrations:view",
  "scmIntegrations:manage",
  "llmIntegrations:view",
  "llmIntegrations:manage",
  "tools:use",
]);

const runnerUserActions: ReadonlySet<Action> = new Set<Action>([
  "policies:list",
  "environmentClasses:view",
  "scmIntegrations:view",
  "llmIntegrations:view",
  "tools:use",
]);

/** True when the UI should offer `action`. Proxy mode has no roles: everything is offered and the API decides. */
export function can(session: Session, action: Action, scope: PermissionScope = {}): boolean {
  if (session.mode === "proxy" || session.orgRole === undefined) return true;
  if (session.orgRole === "admin") return true;
  if (action === "hostTokens:manageOwn") return true;
  if (scope.runnerRole === RunnerRole.ADMIN) return runnerAdminActions.has(action);
  if (scope.runnerRole === RunnerRole.USER) return runnerUserActions.has(action);
  return false;
}

/** The caller's highest role on a runner, from the runner's policies and the session's groups. */
export function runnerRoleFor(session: Session, policies: ReadonlyArray<{ groupId: string; role: RunnerRole }>): RunnerRole {
  const roles = policies.filter((p) => session.groupIds.includes(p.groupId)).map((p) => p.role);
  if (roles.includes(RunnerRole.ADMIN)) return RunnerRole.ADMIN;
  if (roles.includes(RunnerRole.USER)) return RunnerRole.USER;
  return RunnerRole.UNSPECIFIED;
}
