import type { Group } from "../../gen/gitpod/v1/group_pb";
import { RunnerRole, type RunnerPolicy } from "../../gen/gitpod/v1/runner_pb";

/** True when `groupId` holds the only ADMIN policy of the runner: removing or demoting it leaves no admin group. */
export function isLastAdmin(policies: readonly RunnerPolicy[], groupId: string): boolean {
  const admins = policies.filter((policy) => policy.role === RunnerRole.ADMIN);
  return admins.length === 1 && admins[0]?.groupId === groupId;
}

/** Groups that have no policy on the runner yet, sorted by name: the choices of the "add group" picker. */
export function groupsWithoutPolicy(groups: readonly Group[], policies: readonly RunnerPolicy[]): Group[] {
  const taken = new Set(policies.map((policy) => policy.groupId));
  return groups.filter((group) => !taken.has(group.id)).sort((a, b) => a.name.localeCompare(b.name));
}

/** Policies sorted by group name (unknown groups last), so the list reads the same every time. */
export function sortPoliciesByGroupName(
  policies: readonly RunnerPolicy[],
  names: ReadonlyMap<string, string>,
): RunnerPolicy[] {
  return [...policies].sort((a, b) => {
    const nameA = names.get(a.groupId);
    const nameB = names.get(b.groupId);
    if (nameA === undefined || nameB === undefined)
      return nameA === undefined ? (nameB === undefined ? 0 : 1) : -1;
    return nameA.localeCompare(nameB);
  });
}

/** The roles a policy can be given (UNSPECIFIED is not a role). */
export const assignableRoles = [RunnerRole.USER, RunnerRole.ADMIN] as const;
export type AssignableRole = (typeof assignableRoles)[number];

export function isAssignableRole(role: number): role is AssignableRole {
  return role === RunnerRole.USER || role === RunnerRole.ADMIN;
}

export type SharedFilter = "shared" | "not-shared";

/** The by-runner view's filters: a case-insensitive name substring, and shared / not shared (unknown never matches). */
export function runnerMatches(
  runner: { name: string },
  policies: readonly RunnerPolicy[] | undefined,
  query: string,
  shared: SharedFilter | undefined,
): boolean {
  if (query && !runner.name.toLowerCase().includes(query.trim().toLowerCase())) return false;
  if (shared === undefined) return true;
  if (policies === undefined) return false;
  return shared === "shared" ? policies.length > 0 : policies.length === 0;
}

/** The runners a group holds a policy on, with its role, sorted by runner name: the by-group view's rows. */
export function runnersOfGroup<R extends { runnerId: string; name: string }>(
  groupId: string,
  runners: readonly R[],
  byRunner: ReadonlyMap<string, readonly RunnerPolicy[]>,
): Array<{ runner: R; role: RunnerRole }> {
  const rows: Array<{ runner: R; role: RunnerRole }> = [];
  for (const runner of runners) {
    const policy = byRunner.get(runner.runnerId)?.find((candidate) => candidate.groupId === groupId);
    if (policy) rows.push({ runner, role: policy.role });
  }
  return rows.sort((a, b) => a.runner.name.localeCompare(b.runner.name));
}
