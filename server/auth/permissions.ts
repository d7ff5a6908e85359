// The permission table of DESIGN.md ("Who may do what"). Runners the caller cannot see answer not_found, so
// their existence is not revealed; a runner USER trying an admin action gets permission_denied.
import { RunnerRole } from "../../src/gen/gitpod/v1/runner_pb";
import type { ServerContext } from "../context";
import { notFound, permissionDenied, runnerName } from "../errors";
import { userRunnerRole } from "../store/policies";
import { getRunnerRow, type RunnerRow } from "../store/runners";
import type { SqlCondition } from "../store/sql";
import { requireUuid } from "../validation";
import type { Principal, UserPrincipal } from "./principal";

export type RunnerAccess = "admin" | "user";

export function isOrgAdmin(principal: Principal): principal is UserPrincipal {
  return principal.kind === "user" && principal.orgRole === "admin";
}

/** The caller's access to a runner; throws not_found when the runner does not exist or the caller has none. */
export function runnerAccess(ctx: ServerContext, principal: Principal, runnerId: string): RunnerAccess {
  return visibleRunner(ctx, principal, runnerId).access;
}

/** The runner row together with the caller's access (not_found as in runnerAccess). */
export function visibleRunner(
  ctx: ServerContext,
  principal: Principal,
  runnerId: string,
): { row: RunnerRow; access: RunnerAccess } {
  const row = getRunnerRow(ctx.db, runnerId);
  const missing = notFound(`runner ${runnerId} not found`);
  if (!row || row.org_id !== principal.orgId) throw missing;
  if (principal.kind === "runner") {
    if (principal.runnerId !== runnerId) throw missing;
    return { row, access: "user" };
  }
  if (principal.orgRole === "admin") return { row, access: "admin" };
  const role = userRunnerRole(ctx.db, principal.userId, runnerId);
  if (role === RunnerRole.ADMIN) return { row, access: "admin" };
  if (role === RunnerRole.USER) return { row, access: "user" };
  throw missing;
}

/** Read access (list/get, schema, tools): any access to the runner. */
export function requireRunnerUser(ctx: ServerContext, principal: Principal, runnerId: string): RunnerRow {
  return visibleRunner(ctx, principal, runnerId).row;
}

/**
 * The check for a request field that names a runner (filters, references): a UUID the caller can see, else
 * not_found exactly as for a runner that does not exist, before anything else about that runner is looked at.
 * Actions on the runner itself use requireRunnerUser / requireRunnerAdmin, which share visibleRunner.
 */
export function requireVisibleRunnerField(ctx: ServerContext, principal: Principal, field: string, runnerId: string): RunnerRow {
  return requireRunnerUser(ctx, principal, requireUuid(field, runnerId));
}

/** Admin actions on a runner: org admin or runner ADMIN; runner USER → permission_denied; no access → not_found. */
export function requireRunnerAdmin(ctx: ServerContext, principal: Principal, runnerId: string): RunnerRow {
  const { row, access } = visibleRunner(ctx, principal, runnerId);
  if (access !== "admin") throw permissionDenied(`you need the ADMIN role on runner ${runnerName(row)} for this`);
  return row;
}

export function requireOrgAdmin(principal: Principal): UserPrincipal {
  if (!isOrgAdmin(principal)) throw permissionDenied("only organization admins can do this");
  return principal;
}

/**
 * SQL condition selecting the runners the caller can see, over a runner-id column and an org-id column
 * (e.g. runnerVisibility(p, "r.id", "r.org_id")). Use it to filter org-wide lists.
 */
export function runnerVisibility(principal: Principal, idColumn: string, orgColumn: string): SqlCondition {
  if (principal.kind === "runner") return { sql: `${idColumn} = ?`, params: [principal.runnerId] };
  if (principal.orgRole === "admin") return { sql: `${orgColumn} = ?`, params: [principal.orgId] };
  // Correlated EXISTS: walks the list's (name, id) index and stops after a page; IN (…) would sort every match.
  return {
    sql: `${orgColumn} = ? AND EXISTS (SELECT 1 FROM runner_policies rp JOIN group_members gm ON gm.group_id = rp.group_id
      WHERE rp.runner_id = ${idColumn} AND gm.user_id = ? AND rp.role > 0)`,
    params: [principal.orgId, principal.userId],
  };
}

/** Beyond this many groups a member's runner list walks the org's name index (runnerVisibility) instead. */
export const MAX_GRANT_GROUPS = 50;

/**
 * The groups whose grants (runner_policies with role > 0, as in runnerVisibility) make up a member's runner list,
 * so the list can be read from the grants instead of the org's name index; undefined for admins and runners.
 */
export function memberGrantGroups(principal: Principal): { orgId: string; groupIds: readonly string[] } | undefined {
  if (principal.kind !== "user" || principal.orgRole === "admin") return undefined;
  if (principal.groupIds.length > MAX_GRANT_GROUPS) return undefined;
  return { orgId: principal.orgId, groupIds: principal.groupIds };
}
