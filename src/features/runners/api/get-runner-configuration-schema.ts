import { useQuery } from "@connectrpc/connect-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";

/** The runner's configuration schema (runnerConfig fields drive the Configuration tab). */
export function useRunnerConfigurationSchema(runnerId: string) {
  return useQuery(RunnerConfigurationService.method.getRunnerConfigurationSchema, { runnerId }, { staleTime: 5 * 60_000 });
}
