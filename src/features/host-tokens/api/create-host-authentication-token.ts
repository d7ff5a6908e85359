import { useMutation } from "@connectrpc/connect-query";
import { useQueryClient } from "@tanstack/react-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { invalidateHostTokens } from "./invalidate";

export function useCreateHostToken() {
  const queryClient = useQueryClient();
  return useMutation(RunnerConfigurationService.method.createHostAuthenticationToken, {
    onSuccess: () => invalidateHostTokens(queryClient),
  });
}
