import { useMutation } from "@connectrpc/connect-query";
import { useQueryClient } from "@tanstack/react-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { invalidateEnvironmentClasses } from "./invalidate";

/** Only display name, description and enabled can change; absent fields stay as they are. */
export function useUpdateEnvironmentClass() {
  const queryClient = useQueryClient();
  return useMutation(RunnerConfigurationService.method.updateEnvironmentClass, {
    onSuccess: () => invalidateEnvironmentClasses(queryClient),
  });
}
