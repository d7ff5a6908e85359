import { useQuery } from "@connectrpc/connect-query";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";

/**
 * The runner's policies, read only to learn the signed-in member's role on it (what the detail page offers).
 * Sharing itself is the policies feature's panel.
 */
export function useRunnerPoliciesForRole(runnerId: string, enabled: boolean) {
  return useQuery(RunnerService.method.listRunnerPolicies, { runnerId, pagination: { pageSize: 100 } }, { enabled, staleTime: 60_000 });
}
