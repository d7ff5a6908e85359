import { useMutation } from "@connectrpc/connect-query";
import { RunnerService } from "../../gen/gitpod/v1/runner_pb";

/** CheckRepositoryAccess, run on demand from a form. */
export function useCheckRepositoryAccess() {
  return useMutation(RunnerService.method.checkRepositoryAccess);
}
