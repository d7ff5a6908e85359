import { createConnectQueryKey } from "@connectrpc/connect-query";
import type { QueryClient } from "@tanstack/react-query";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";

/** After a runner changed: refetch runner lists and single runners (not the whole cache). */
export async function invalidateRunners(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: createConnectQueryKey({ schema: RunnerService.method.listRunners, cardinality: undefined }) }),
    queryClient.invalidateQueries({ queryKey: createConnectQueryKey({ schema: RunnerService.method.getRunner, cardinality: undefined }) }),
  ]);
}
