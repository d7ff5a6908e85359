import { useCan } from "../../../api/session/use-can";
import { useRunnerRole } from "../../../api/session/use-runner-role";

/** What the signed-in user may do on this runner: org admins everything, members by their group's role. */
export function useRunnerPermissions(runnerId: string) {
  const allowed = useCan();
  const scope = { runnerRole: useRunnerRole(runnerId) };
  return {
    canUpdate: allowed("runner:update", scope),
    canDelete: allowed("runner:delete", scope),
    canCreateToken: allowed("runner:createToken", scope),
    canCreateLogsToken: allowed("runner:createLogsToken", scope),
  };
}
