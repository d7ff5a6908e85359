import { createConnectQueryKey } from "@connectrpc/connect-query";
import type { QueryClient } from "@tanstack/react-query";
import { GroupService } from "../../../gen/gitpod/v1/group_pb";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";

/** After a policy change: the policy lists, and group lists (their "assigned to" exclusions change). */
export async function invalidateRunnerPolicies(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({
      queryKey: createConnectQueryKey({
        schema: RunnerService.method.listRunnerPolicies,
        cardinality: undefined,
      }),
    }),
    queryClient.invalidateQueries({
      queryKey: createConnectQueryKey({ schema: GroupService.method.listGroups, cardinality: undefined }),
    }),
  ]);
}
