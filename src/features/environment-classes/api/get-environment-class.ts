import { createQueryOptions, useQuery } from "@connectrpc/connect-query";
import type { Transport } from "@connectrpc/connect";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";

/** Query options for GetEnvironmentClass, shared by route loaders and components. */
export function getEnvironmentClassQuery(transport: Transport, environmentClassId: string) {
  return createQueryOptions(
    RunnerConfigurationService.method.getEnvironmentClass,
    { environmentClassId },
    { transport },
  );
}

export function useEnvironmentClass(environmentClassId: string) {
  return useQuery(RunnerConfigurationService.method.getEnvironmentClass, { environmentClassId });
}
