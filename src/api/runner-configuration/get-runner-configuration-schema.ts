import { useTransport } from "@connectrpc/connect-query";
import { skipToken, useQuery } from "@tanstack/react-query";
import { RunnerConfigurationService } from "../../gen/gitpod/v1/runner_configuration_pb";
import { skippableQueryOptions } from "../query-options";

// A runner's schema changes only with its version: minutes of staleness are fine.
const SCHEMA_STALE_MS = 5 * 60_000;

/**
 * The runner's configuration schema (runner settings, environment-class and SCM forms, SCM names in lists);
 * skipped until a runner is chosen. Every reader of one runner shares the cached answer.
 */
export function useRunnerConfigurationSchema(runnerId: string | undefined) {
  return useQuery({
    ...skippableQueryOptions(
      RunnerConfigurationService.method.getRunnerConfigurationSchema,
      runnerId ? { runnerId } : skipToken,
      useTransport(),
    ),
    staleTime: SCHEMA_STALE_MS,
  });
}
