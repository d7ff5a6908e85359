import { createConnectQueryKey } from "@connectrpc/connect-query";
import type { QueryClient } from "@tanstack/react-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";

/** After a host-token change: every list and single read of host tokens (the overview's list included). */
export async function invalidateHostTokens(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({
      queryKey: createConnectQueryKey({
        schema: RunnerConfigurationService.method.listHostAuthenticationTokens,
        cardinality: undefined,
      }),
    }),
    queryClient.invalidateQueries({
      queryKey: createConnectQueryKey({
        schema: RunnerConfigurationService.method.getHostAuthenticationToken,
        cardinality: undefined,
      }),
    }),
  ]);
}
