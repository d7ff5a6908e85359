import { RunnerService } from "../../gen/gitpod/v1/runner_pb";
import { invalidateRunners, useInvalidatingMutation } from "../keys";

/** UpdateRunner: absent optional fields stay unchanged on the server. */
export const useUpdateRunner = () =>
  useInvalidatingMutation(RunnerService.method.updateRunner, invalidateRunners);
