import { skipToken, useQuery } from "@connectrpc/connect-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";

/**
 * The runner's configuration schema (its `scm` list drives the form and names the SCMs in lists); skipped until a
 * runner is chosen. Rows of one runner share the cached answer.
 */
export function useRunnerConfigurationSchema(runnerId: string | undefined) {
  return useQuery(
    RunnerConfigurationService.method.getRunnerConfigurationSchema,
    runnerId ? { runnerId } : skipToken,
    {
      staleTime: 5 * 60_000,
    },
  );
}
