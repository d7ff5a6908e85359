import { callUnaryMethod, useTransport } from "@connectrpc/connect-query";
import type { MessageInitShape } from "@bufbuild/protobuf";
import { useMutation as useTanstackMutation, useQueryClient } from "@tanstack/react-query";
import { RunnerService, type CreateRunnerPolicyRequestSchema } from "../../gen/gitpod/v1/runner_pb";
import { invalidateRunnerPolicies, useInvalidatingMutation } from "../keys";

export const useCreateRunnerPolicy = () =>
  useInvalidatingMutation(RunnerService.method.createRunnerPolicy, invalidateRunnerPolicies);

/** One CreateRunnerPolicy request per runner, each from the form's request builder. */
export type ShareRequest = ReadonlyArray<MessageInitShape<typeof CreateRunnerPolicyRequestSchema> & { runnerId: string }>;

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
    mutationFn: async (requests: ShareRequest): Promise<ShareResult[]> => {
      const results: ShareResult[] = [];
      for (const request of requests) {
        try {
          await callUnaryMethod(transport, RunnerService.method.createRunnerPolicy, request);
          results.push({ runnerId: request.runnerId });
        } catch (error) {
          results.push({ runnerId: request.runnerId, error });
        }
      }
      return results;
    },
    onSettled: () => invalidateRunnerPolicies(queryClient),
  });
}
