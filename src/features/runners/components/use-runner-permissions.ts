import { RunnerRole } from "../../../gen/gitpod/v1/runner_pb";
import { runnerRoleFor } from "../../../lib/permissions";
import { useSession } from "../../session/api/get-session";
import { useCan } from "../../session/use-can";
import { useRunnerPoliciesForRole } from "../api/list-runner-policies";

/** What the signed-in user may do on this runner: org admins everything, members by their group's role. */
export function useRunnerPermissions(runnerId: string) {
  const { data: session } = useSession();
  const allowed = useCan();
  const isMember = session?.mode === "local" && session.orgRole === "member";
  const policies = useRunnerPoliciesForRole(runnerId, isMember);
  const runnerRole = session && isMember ? runnerRoleFor(session, policies.data?.policies ?? []) : RunnerRole.UNSPECIFIED;
  const scope = { runnerRole };
  return {
    canUpdate: allowed("runner:update", scope),
    canDelete: allowed("runner:delete", scope),
    canCreateToken: allowed("runner:createToken", scope),
    canCreateLogsToken: allowed("runner:createLogsToken", scope),
  };
}
