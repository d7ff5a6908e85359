import type { Transport } from "@connectrpc/connect";
import { useTransport } from "@connectrpc/connect-query";
import { useInfiniteQuery } from "@tanstack/react-query";
import {
  RunnerService,
  type ListRunnerPoliciesResponse,
  type RunnerPolicy,
} from "../../gen/gitpod/v1/runner_pb";
import { MAX_PAGE_SIZE, nextPageToken, pagedQueryOptions, useAllPages } from "../paging";

/** ListRunnerPolicies of one runner, 100 a page (a runner has a handful). */
export function listRunnerPoliciesOptions(transport: Transport, runnerId: string) {
  return pagedQueryOptions(
    RunnerService.method.listRunnerPolicies,
    { runnerId, pagination: { pageSize: MAX_PAGE_SIZE } },
    transport,
    nextPageToken,
  );
}

const policiesOf = (page: ListRunnerPoliciesResponse): RunnerPolicy[] => page.policies;

interface RunnerPoliciesOptions {
  /** false: nothing is asked (e.g. org admins need no role lookup). */
  enabled?: boolean;
  staleTime?: number;
}

/**
 * Every policy of one runner (walking pages). `complete` only once every page is in: the "last admin" check
 * must not miss a policy.
 */
export function useRunnerPolicies(
  runnerId: string,
  { enabled = true, staleTime }: RunnerPoliciesOptions = {},
) {
  const query = useInfiniteQuery({
    ...listRunnerPoliciesOptions(useTransport(), runnerId),
    enabled: enabled && runnerId !== "",
    ...(staleTime === undefined ? {} : { staleTime }),
  });
  const { rows, complete } = useAllPages(query, policiesOf);
  return { ...query, policies: rows, complete };
}
