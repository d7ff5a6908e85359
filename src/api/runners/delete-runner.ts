import { useMutation } from "@connectrpc/connect-query";
import { RunnerService } from "../../gen/gitpod/v1/runner_pb";

/**
 * DeleteRunner. No invalidation here: bulk delete runs many and invalidates once at the end,
 * single delete navigates away first (see invalidateRunners).
 */
export function useDeleteRunner() {
  return useMutation(RunnerService.method.deleteRunner);
}
