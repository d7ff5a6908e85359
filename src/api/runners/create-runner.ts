import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { RunnerService } from "../../gen/gitpod/v1/runner_pb";
import { invalidateRunners } from "../keys";
import { useOneTimeSecretCall } from "./one-time-secret-call";

/** CreateRunner. The response's exchange token is shown once by the caller and never cached. */
export function useCreateRunner() {
  const queryClient = useQueryClient();
  const refresh = useCallback(() => invalidateRunners(queryClient), [queryClient]);
  return useOneTimeSecretCall(RunnerService.method.createRunner, refresh);
}
