import { skipToken, useQuery } from "@connectrpc/connect-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";

/** One host token (never its value: the API does not return it); skipped until an id is given. */
export function useHostToken(id: string | undefined) {
  return useQuery(RunnerConfigurationService.method.getHostAuthenticationToken, id ? { id } : skipToken);
}
