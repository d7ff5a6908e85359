import { useMutation } from "@connectrpc/connect-query";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";

/** CheckAuthenticationForHost, asked right after a save: can the signed-in user already use the integration? */
export function useCheckAuthenticationForHost() {
  return useMutation(RunnerService.method.checkAuthenticationForHost);
}
