import { useQuery } from "@connectrpc/connect-query";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";

/** Whether the signed-in user can already use the runner's integration for the host (the list's "You" column). */
export function useAuthenticationForHost(runnerId: string, host: string) {
  return useQuery(RunnerService.method.checkAuthenticationForHost, { runnerId, host }, { staleTime: 15_000 });
}
