import { useMutation } from "@connectrpc/connect-query";
import { useQueryClient } from "@tanstack/react-query";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { invalidateRunnerPolicies } from "./invalidate";

export function useUpdateRunnerPolicy() {
  const queryClient = useQueryClient();
  return useMutation(RunnerService.method.updateRunnerPolicy, {
    onSuccess: () => invalidateRunnerPolicies(queryClient),
  });
}
