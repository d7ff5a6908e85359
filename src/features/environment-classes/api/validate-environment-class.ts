import { useMutation } from "@connectrpc/connect-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";

/** ValidateRunnerConfiguration with an environment class: stores nothing, so nothing to invalidate. */
export function useValidateEnvironmentClass() {
  return useMutation(RunnerConfigurationService.method.validateRunnerConfiguration);
}
