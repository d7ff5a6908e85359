import { RunnerRole } from "../../gen/gitpod/v1/runner_pb";
import { runnerRoleFor } from "../../lib/permissions";
import { useRunnerPolicies } from "../runners/list-runner-policies";
import { useSession } from "./get-session";

/**
 * The signed-in member's role on a runner, from the runner's policies (ListRunnerPolicies) and their groups, and
 * whether it is still being looked up. Org admins and proxy sessions need no lookup: the permission check does not
 * use the role for them.
 */
export function useRunnerRoleState(runnerId: string | undefined): { role: RunnerRole; pending: boolean } {
  const { data: session } = useSession();
  const needsLookup = Boolean(runnerId) && session?.mode === "local" && session.orgRole === "member";
  const { policies, isSuccess, isPending } = useRunnerPolicies(runnerId ?? "", {
    enabled: needsLookup,
    staleTime: 60_000,
  });
  if (!session) return { role: RunnerRole.UNSPECIFIED, pending: true };
  if (!needsLookup) return { role: RunnerRole.UNSPECIFIED, pending: false };
  if (!isSuccess) return { role: RunnerRole.UNSPECIFIED, pending: isPending };
  return { role: runnerRoleFor(session, policies), pending: false };
}

/** The signed-in member's role on a runner; UNSPECIFIED while it is looked up (see useRunnerRoleState). */
export function useRunnerRole(runnerId: string | undefined): RunnerRole {
  return useRunnerRoleState(runnerId).role;
}
