import { RunnerService } from "../../gen/gitpod/v1/runner_pb";
import { invalidateRunnerPolicies, useInvalidatingMutation } from "../keys";

export const useCreateRunnerPolicy = () =>
  useInvalidatingMutation(RunnerService.method.createRunnerPolicy, invalidateRunnerPolicies);
