import { skipToken, useQuery } from "@connectrpc/connect-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";

// A runner's schema changes only with its version: minutes of staleness are fine.
const SCHEMA_STALE_MS = 5 * 60_000;

/** The runner's configuration schema; skipped until a runner is chosen. Rows of one runner share the cached answer. */
export function useRunnerConfigurationSchema(runnerId: string | undefined) {
  return useQuery(
    RunnerConfigurationService.method.getRunnerConfigurationSchema,
    runnerId ? { runnerId } : skipToken,
    {
      staleTime: SCHEMA_STALE_MS,
    },
  );
}
