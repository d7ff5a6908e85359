import { createConnectQueryKey } from "@connectrpc/connect-query";
import type { QueryClient } from "@tanstack/react-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";

/** After a create or update: every list and every single-class read of environment classes. */
export async function invalidateEnvironmentClasses(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({
      queryKey: createConnectQueryKey({
        schema: RunnerConfigurationService.method.listEnvironmentClasses,
        cardinality: undefined,
      }),
    }),
    queryClient.invalidateQueries({
      queryKey: createConnectQueryKey({
        schema: RunnerConfigurationService.method.getEnvironmentClass,
        cardinality: undefined,
      }),
    }),
  ]);
}
