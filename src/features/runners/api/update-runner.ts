import { useMutation } from "@connectrpc/connect-query";
import { useQueryClient } from "@tanstack/react-query";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { invalidateRunners } from "./invalidate-runners";

/** UpdateRunner: absent optional fields stay unchanged on the server. */
export function useUpdateRunner() {
  const queryClient = useQueryClient();
  return useMutation(RunnerService.method.updateRunner, {
    onSuccess: () => invalidateRunners(queryClient),
  });
}
