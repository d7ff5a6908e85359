import { callUnaryMethod, useTransport } from "@connectrpc/connect-query";
import { useMutation as useTanstackMutation, useQueryClient } from "@tanstack/react-query";
import { RunnerService, type RunnerRole } from "../../gen/gitpod/v1/runner_pb";
import { invalidateRunnerPolicies, useInvalidatingMutation } from "../keys";

export const useCreateRunnerPolicy = () =>
  useInvalidatingMutation(RunnerService.method.createRunnerPolicy, invalidateRunnerPolicies);

export interface ShareRequest {
  runnerIds: readonly string[];
  groupId: string;
  role: RunnerRole;
}

/** One runner's outcome of a bulk share: `error` is the Connect error when that runner was not shared. */
export interface ShareResult {
  runnerId: string;
  error?: unknown;
}

/**
 * Shares several runners with one group: one CreateRunnerPolicy per runner, in order, each runner's outcome kept
 * (one failing does not stop the rest); the policy lists are invalidated once at the end.
 */
export function useShareRunners() {
  const transport = useTransport();
  const queryClient = useQueryClient();
  return useTanstackMutation({
    mutationFn: async ({ runnerIds, groupId, role }: ShareRequest): Promise<ShareResult[]> => {
      const results: ShareResult[] = [];
      for (const runnerId of runnerIds) {
        try {
          await callUnaryMethod(transport, RunnerService.method.createRunnerPolicy, {
            runnerId,
            groupId,
            role,
          });
          results.push({ runnerId });
        } catch (error) {
          results.push({ runnerId, error });
        }
      }
      return results;
    },
    onSettled: () => invalidateRunnerPolicies(queryClient),
  });
}
