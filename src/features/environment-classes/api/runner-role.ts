import { skipToken, useQuery } from "@connectrpc/connect-query";
import { RunnerRole, RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { runnerRoleFor } from "../../../lib/permissions";
import { useSession } from "../../session/api/get-session";

/**
 * The signed-in member's role on a runner, from the runner's policies (ListRunnerPolicies) and their groups.
 * Org admins and proxy sessions need no lookup: the permission check does not use the role for them.
 */
export function useRunnerRole(runnerId: string | undefined): RunnerRole {
  const { data: session } = useSession();
  const needsLookup = Boolean(runnerId) && session?.mode === "local" && session.orgRole === "member";
  const { data } = useQuery(
    RunnerService.method.listRunnerPolicies,
    needsLookup && runnerId ? { runnerId, pagination: { pageSize: 100 } } : skipToken,
    { staleTime: 60_000 },
  );
  if (!session || !data) return RunnerRole.UNSPECIFIED;
  return runnerRoleFor(session, data.policies);
}
