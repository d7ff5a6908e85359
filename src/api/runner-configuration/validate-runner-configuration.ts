import { useMutation } from "@connectrpc/connect-query";
import { RunnerConfigurationService } from "../../gen/gitpod/v1/runner_configuration_pb";

/** ValidateRunnerConfiguration (an environment class or an SCM integration): stores nothing, so nothing to invalidate. */
export function useValidateRunnerConfiguration() {
  return useMutation(RunnerConfigurationService.method.validateRunnerConfiguration);
}
