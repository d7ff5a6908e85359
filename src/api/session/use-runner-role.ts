import { RunnerRole } from "../../gen/gitpod/v1/runner_pb";
import { runnerRoleFor } from "../../lib/permissions";
import { useRunnerPolicies } from "../runners/list-runner-policies";
import { useSession } from "./get-session";

/**
 * The signed-in member's role on a runner, from the runner's policies (ListRunnerPolicies) and their groups.
 * Org admins and proxy sessions need no lookup: the permission check does not use the role for them.
 */
export function useRunnerRole(runnerId: string | undefined): RunnerRole {
  const { data: session } = useSession();
  const needsLookup = Boolean(runnerId) && session?.mode === "local" && session.orgRole === "member";
  const { policies, isSuccess } = useRunnerPolicies(runnerId ?? "", {
    enabled: needsLookup,
    staleTime: 60_000,
  });
  if (!session || !needsLookup || !isSuccess) return RunnerRole.UNSPECIFIED;
  return runnerRoleFor(session, policies);
}
