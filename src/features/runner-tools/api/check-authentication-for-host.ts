import { useMutation } from "@connectrpc/connect-query";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";

/** CheckAuthenticationForHost, run on demand from a form (an answer, not cached state). */
export function useCheckAuthenticationForHost() {
  return useMutation(RunnerService.method.checkAuthenticationForHost);
}
