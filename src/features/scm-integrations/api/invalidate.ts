import { createConnectQueryKey } from "@connectrpc/connect-query";
import type { QueryClient } from "@tanstack/react-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";

const { listSCMIntegrations, getSCMIntegration, listHostAuthenticationTokens, getHostAuthenticationToken } =
  RunnerConfigurationService.method;

/**
 * After an SCM integration changes: its lists and reads, and the host tokens (removing OAuth/PAT or deleting the
 * integration deletes tokens server-side).
 */
export async function invalidateScmIntegrations(queryClient: QueryClient) {
  const keys = [
    createConnectQueryKey({ schema: listSCMIntegrations, cardinality: undefined }),
    createConnectQueryKey({ schema: getSCMIntegration, cardinality: undefined }),
    createConnectQueryKey({ schema: listHostAuthenticationTokens, cardinality: undefined }),
    createConnectQueryKey({ schema: getHostAuthenticationToken, cardinality: undefined }),
    createConnectQueryKey({
      schema: RunnerService.method.checkAuthenticationForHost,
      cardinality: undefined,
    }),
  ];
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
