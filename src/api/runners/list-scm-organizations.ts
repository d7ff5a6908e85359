import { useMutation } from "@connectrpc/connect-query";
import { RunnerService } from "../../gen/gitpod/v1/runner_pb";

/** ListSCMOrganizations, one page per call (the form keeps the cursor). */
export function useListScmOrganizations() {
  return useMutation(RunnerService.method.listSCMOrganizations);
}
