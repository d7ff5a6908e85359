import { RunnerConfigurationService } from "../../gen/gitpod/v1/runner_configuration_pb";
import { invalidateScmIntegrations, useInvalidatingMutation } from "../keys";

export const useUpdateScmIntegration = () =>
  useInvalidatingMutation(RunnerConfigurationService.method.updateSCMIntegration, invalidateScmIntegrations);
