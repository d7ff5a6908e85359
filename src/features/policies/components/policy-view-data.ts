import { useCallback, useMemo } from "react";
import { useFleetIndex, type FleetIndexView } from "../../../api/fleet/use-fleet-index";
import { useAllGroups } from "../../../api/groups/list-groups";
import { usePoliciesOfRunners, type PoliciesOfRunners } from "../../../api/runners/policies-of-runners";
import { useSession } from "../../../api/session/get-session";
import { useCan } from "../../../api/session/use-can";
import type { Group } from "../../../gen/gitpod/v1/group_pb";
import type { RunnerKind, RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { runnerRoleFor } from "../../../lib/permissions";
import { runnerMatches } from "../policy-rules";

/** What the policy views show of a runner (from the fleet index). */
export interface PolicyRunner {
  runnerId: string;
  name: string;
  kind: RunnerKind;
  provider: RunnerProvider;
}

/** What both policy views read: every runner, every group, and each runner's policies. */
export interface PolicyViewData {
  /** By name. */
  runners: readonly PolicyRunner[];
  groups: readonly Group[];
  groupNames: ReadonlyMap<string, string>;
  policies: PoliciesOfRunners;
  /** Whether the caller may share this runner (org admin, or Admin on it through a group). */
  canManage: (runnerId: string) => boolean;
}

/** Whose policies to read: every runner's, or (the by-runner list unfiltered by sharing) the rows on screen. */
export interface PolicyReadScope {
  all: boolean;
  /** The by-runner search; with `first`, the rows the list shows. */
  query: string;
  first: number;
}

/**
 * Runners come from the fleet index (every runner, walked in the background and shared with the runners list and
 * pickers), not from paging ListRunners here. The API has policies per runner only (one call each), so they are
 * read for every runner only when a view needs all of them (by group, the sharing filter, sharing, a member's
 * view); the plain by-runner list reads the rows it shows.
 */
export function usePolicyViewData(scope: PolicyReadScope): { data: PolicyViewData; index: FleetIndexView; groupsQuery: ReturnType<typeof useAllGroups> } {
  const index = useFleetIndex();
  const groupsQuery = useAllGroups();
  const { data: session } = useSession();
  const allowed = useCan();
  const runners = useMemo(
    () =>
      index.rows
        .map((row) => ({ runnerId: row.id, name: row.name, kind: row.kind, provider: row.provider, key: row.searchKey }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    [index.rows],
  );
  const { all, query, first } = scope;
  const runnerIds = useMemo(
    () =>
      (all ? runners : runners.filter((runner) => runnerMatches(runner, undefined, query, undefined)).slice(0, first)).map(
        (runner) => runner.runnerId,
      ),
    [runners, all, query, first],
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
  const data: PolicyViewData = { runners, groups: groupsQuery.groups, groupNames, policies, canManage };
  return { data, index, groupsQuery };
}
