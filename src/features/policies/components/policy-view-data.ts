import { useCallback, useMemo } from "react";
import { useAllGroups } from "../../../api/groups/list-groups";
import { useAllRunners } from "../../../api/runners/list-runners";
import { usePoliciesOfRunners, type PoliciesOfRunners } from "../../../api/runners/policies-of-runners";
import { useSession } from "../../../api/session/get-session";
import { useCan } from "../../../api/session/use-can";
import type { Group } from "../../../gen/gitpod/v1/group_pb";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { runnerRoleFor } from "../../../lib/permissions";

/** What both policy views read: every runner, every group, and each runner's policies. */
export interface PolicyViewData {
  runners: readonly Runner[];
  groups: readonly Group[];
  groupNames: ReadonlyMap<string, string>;
  policies: PoliciesOfRunners;
  /** Whether the caller may share this runner (org admin, or Admin on it through a group). */
  canManage: (runnerId: string) => boolean;
}

export function usePolicyViewData() {
  const runnersQuery = useAllRunners();
  const groupsQuery = useAllGroups();
  const { data: session } = useSession();
  const allowed = useCan();
  const runnerIds = useMemo(
    () => runnersQuery.runners.map((runner) => runner.runnerId),
    [runnersQuery.runners],
  );
  const policies = usePoliciesOfRunners(runnerIds);
  const groupNames = useMemo(
    () => new Map(groupsQuery.groups.map((group) => [group.id, group.name])),
    [groupsQuery.groups],
  );
  const { byRunner } = policies;
  const canManage = useCallback(
    (runnerId: string) => {
      if (!session) return false;
      const runnerRole = runnerRoleFor(session, byRunner.get(runnerId) ?? []);
      return allowed("policies:manage", { runnerRole });
    },
    [session, byRunner, allowed],
  );
  const data: PolicyViewData = {
    runners: runnersQuery.runners,
    groups: groupsQuery.groups,
    groupNames,
    policies,
    canManage,
  };
  return { data, runnersQuery, groupsQuery };
}
