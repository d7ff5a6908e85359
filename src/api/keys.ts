import type { DescMessage, DescMethodUnary } from "@bufbuild/protobuf";
import { createConnectQueryKey, useMutation } from "@connectrpc/connect-query";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { ActivityService } from "../gen/console/v1/activity_pb";
import { GroupService } from "../gen/gitpod/v1/group_pb";
import { RunnerConfigurationService } from "../gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../gen/gitpod/v1/runner_pb";

/**
 * Refetches every cached answer of these RPCs (any input, lists and single reads, any transport): mutations
 * invalidate by method, never the whole cache.
 */
export async function invalidateMethods(queryClient: QueryClient, methods: readonly DescMethodUnary[]) {
  await Promise.all(
    methods.map((schema) =>
      queryClient.invalidateQueries({ queryKey: createConnectQueryKey({ schema, cardinality: undefined }) }),
    ),
  );
}

const runner = RunnerService.method;
const configuration = RunnerConfigurationService.method;

/** After a runner changed: runner lists and single runners. */
export const invalidateRunners = (queryClient: QueryClient) =>
  invalidateMethods(queryClient, [runner.listRunners, runner.getRunner]);

/** After a policy change: the policy lists, and group lists (their "assigned to" exclusions change). */
export const invalidateRunnerPolicies = (queryClient: QueryClient) =>
  invalidateMethods(queryClient, [runner.listRunnerPolicies, GroupService.method.listGroups]);

/** After an environment class was created or updated: its lists and single reads. */
export const invalidateEnvironmentClasses = (queryClient: QueryClient) =>
  invalidateMethods(queryClient, [configuration.listEnvironmentClasses, configuration.getEnvironmentClass]);

/** After a host-token change: every list and single read of host tokens (the overview's list included). */
export const invalidateHostTokens = (queryClient: QueryClient) =>
  invalidateMethods(queryClient, [
    configuration.listHostAuthenticationTokens,
    configuration.getHostAuthenticationToken,
  ]);

/**
 * After an SCM integration changed: its lists and reads, the host tokens (removing OAuth/PAT or deleting the
 * integration deletes tokens server-side) and the "can you use it" answers.
 */
export const invalidateScmIntegrations = (queryClient: QueryClient) =>
  invalidateMethods(queryClient, [
    configuration.listSCMIntegrations,
    configuration.getSCMIntegration,
    configuration.listHostAuthenticationTokens,
    configuration.getHostAuthenticationToken,
    runner.checkAuthenticationForHost,
  ]);

/** After an LLM integration changed: its lists and single reads. */
export const invalidateLlmIntegrations = (queryClient: QueryClient) =>
  invalidateMethods(queryClient, [configuration.listLLMIntegrations, configuration.getLLMIntegration]);

/** After any mutation, failed ones included: the server recorded it in the activity log. */
export const invalidateActivity = (queryClient: QueryClient) =>
  invalidateMethods(queryClient, [ActivityService.method.listActivity, ActivityService.method.listActivitySubjects]);

/**
 * A mutation that, once it succeeds, refetches what it changed (one of the invalidate… functions above); whatever
 * its outcome, the activity log has a new record.
 */
export function useInvalidatingMutation<I extends DescMessage, O extends DescMessage>(
  method: DescMethodUnary<I, O>,
  invalidate: (queryClient: QueryClient) => Promise<void>,
) {
  const queryClient = useQueryClient();
  return useMutation(method, {
    onSuccess: () => invalidate(queryClient),
    onSettled: () => invalidateActivity(queryClient),
  });
}
