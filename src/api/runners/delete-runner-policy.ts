import { RunnerService } from "../../gen/gitpod/v1/runner_pb";
import { invalidateRunnerPolicies, useInvalidatingMutation } from "../keys";

export const useDeleteRunnerPolicy = () =>
  useInvalidatingMutation(RunnerService.method.deleteRunnerPolicy, invalidateRunnerPolicies);
