import { RunnerService } from "../../gen/gitpod/v1/runner_pb";
import { useOneTimeSecretCall } from "./one-time-secret-call";

/** CreateRunnerLogsToken: an access token for the runner's logs; shown once, never cached. */
export function useCreateRunnerLogsToken() {
  return useOneTimeSecretCall(RunnerService.method.createRunnerLogsToken);
}
