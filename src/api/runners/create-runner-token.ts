import { RunnerService } from "../../gen/gitpod/v1/runner_pb";
import { useOneTimeSecretCall } from "./one-time-secret-call";

/** CreateRunnerToken: a new exchange token (rotates the runner's credentials); shown once, never cached. */
export function useCreateRunnerToken() {
  return useOneTimeSecretCall(RunnerService.method.createRunnerToken);
}
