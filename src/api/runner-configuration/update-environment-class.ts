import { RunnerConfigurationService } from "../../gen/gitpod/v1/runner_configuration_pb";
import { invalidateEnvironmentClasses, useInvalidatingMutation } from "../keys";

/** Only display name, description and enabled can change; absent fields stay as they are. */
export const useUpdateEnvironmentClass = () =>
  useInvalidatingMutation(
    RunnerConfigurationService.method.updateEnvironmentClass,
    invalidateEnvironmentClasses,
  );
