import { RunnerConfigurationService } from "../../gen/gitpod/v1/runner_configuration_pb";
import { invalidateScmIntegrations, useInvalidatingMutation } from "../keys";

export const useCreateScmIntegration = () =>
  useInvalidatingMutation(RunnerConfigurationService.method.createSCMIntegration, invalidateScmIntegrations);
