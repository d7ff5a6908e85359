import { RunnerConfigurationService } from "../../gen/gitpod/v1/runner_configuration_pb";
import { invalidateLlmIntegrations, useInvalidatingMutation } from "../keys";

export const useDeleteLlmIntegration = () =>
  useInvalidatingMutation(RunnerConfigurationService.method.deleteLLMIntegration, invalidateLlmIntegrations);
