import { useMutation } from "@connectrpc/connect-query";
import { RunnerService } from "../../gen/gitpod/v1/runner_pb";

/** ParseContextURL, run on demand from a form. */
export function useParseContextUrl() {
  return useMutation(RunnerService.method.parseContextURL);
}
