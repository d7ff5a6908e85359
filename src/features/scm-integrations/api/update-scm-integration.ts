import { useMutation } from "@connectrpc/connect-query";
import { useQueryClient } from "@tanstack/react-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { invalidateScmIntegrations } from "./invalidate";

export function useUpdateScmIntegration() {
  const queryClient = useQueryClient();
  return useMutation(RunnerConfigurationService.method.updateSCMIntegration, {
    onSuccess: () => invalidateScmIntegrations(queryClient),
  });
}
