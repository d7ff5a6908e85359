import { useCan } from "../../../api/session/use-can";
import { useRunnerRoleState } from "../../../api/session/use-runner-role";

/**
 * What the signed-in user may do on this runner: org admins everything, members by their group's role.
 * `pending` while a member's role is still being looked up (everything reads false until then).
 */
export function useRunnerPermissions(runnerId: string) {
  const allowed = useCan();
  const { role, pending } = useRunnerRoleState(runnerId);
  const scope = { runnerRole: role };
  const canUpdate = allowed("runner:update", scope);
  const canDelete = allowed("runner:delete", scope);
  const canCreateToken = allowed("runner:createToken", scope);
  const canCreateLogsToken = allowed("runner:createLogsToken", scope);
  return {
    pending,
    canUpdate,
    canDelete,
    canCreateToken,
    canCreateLogsToken,
    /** The Tokens tab: any token to create. */
    canUseTokensTab: canCreateToken || canCreateLogsToken,
    /** The Danger zone tab: rename or delete. */
    canUseDangerZone: canUpdate || canDelete,
  };
}
