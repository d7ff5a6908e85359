import { RunnerConfigurationService } from "../../gen/gitpod/v1/runner_configuration_pb";
import { invalidateEnvironmentClasses, useInvalidatingMutation } from "../keys";

export const useCreateEnvironmentClass = () =>
  useInvalidatingMutation(
    RunnerConfigurationService.method.createEnvironmentClass,
    invalidateEnvironmentClasses,
  );
