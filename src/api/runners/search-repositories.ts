import { useMutation } from "@connectrpc/connect-query";
import { RunnerService } from "../../gen/gitpod/v1/runner_pb";

/** SearchRepositories, one page per call (the form keeps the cursor). */
export function useSearchRepositories() {
  return useMutation(RunnerService.method.searchRepositories);
}
