import { useMutation, useTransport } from "@connectrpc/connect-query";
import { useQuery } from "@tanstack/react-query";
import { RunnerService } from "../../gen/gitpod/v1/runner_pb";
import { unaryQueryOptions } from "../query-options";

/** Whether the signed-in user can already use the runner's integration for the host (e.g. a list's "You" column). */
export function useAuthenticationForHost(runnerId: string, host: string) {
  return useQuery({
    ...unaryQueryOptions(RunnerService.method.checkAuthenticationForHost, { runnerId, host }, useTransport()),
    staleTime: 15_000,
  });
}

/** CheckAuthenticationForHost on demand (a form's answer, or right after a save): not cached state. */
export function useCheckAuthenticationForHost() {
  return useMutation(RunnerService.method.checkAuthenticationForHost);
}
