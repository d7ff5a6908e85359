import { RunnerConfigurationService } from "../../gen/gitpod/v1/runner_configuration_pb";
import { invalidateHostTokens, useInvalidatingMutation } from "../keys";

export const useDeleteHostToken = () =>
  useInvalidatingMutation(
    RunnerConfigurationService.method.deleteHostAuthenticationToken,
    invalidateHostTokens,
  );
