import { RunnerService } from "../../gen/gitpod/v1/runner_pb";
import { useOneTimeSecretCall } from "./one-time-secret-call";

/** CreateRunnerToken: a new exchange token (earlier tokens stay valid, as the reference says); shown once, never cached. */
export function useCreateRunnerToken() {
  return useOneTimeSecretCall(RunnerService.method.createRunnerToken);
}
