import { skipToken, useQuery } from "@connectrpc/connect-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";

/** One SCM integration; skipped until an id is given. */
export function useScmIntegration(id: string | undefined) {
  return useQuery(RunnerConfigurationService.method.getSCMIntegration, id ? { id } : skipToken);
}
