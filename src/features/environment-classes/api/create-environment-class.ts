import { useMutation } from "@connectrpc/connect-query";
import { useQueryClient } from "@tanstack/react-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { invalidateEnvironmentClasses } from "./invalidate";

export function useCreateEnvironmentClass() {
  const queryClient = useQueryClient();
  return useMutation(RunnerConfigurationService.method.createEnvironmentClass, {
    onSuccess: () => invalidateEnvironmentClasses(queryClient),
  });
}
