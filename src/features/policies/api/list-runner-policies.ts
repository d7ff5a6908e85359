import { useEffect } from "react";
import { useInfiniteQuery } from "@connectrpc/connect-query";
import { RunnerService, type RunnerPolicy } from "../../../gen/gitpod/v1/runner_pb";

/** Every policy of one runner (walking ListRunnerPolicies pages; a runner has a handful). */
export function useRunnerPolicies(runnerId: string) {
  const query = useInfiniteQuery(
    RunnerService.method.listRunnerPolicies,
    { runnerId, pagination: { token: "", pageSize: 100 } },
    { pageParamKey: "pagination.token", getNextPageParam: (last) => last.pagination?.nextToken || undefined },
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, isError]);
  const policies: RunnerPolicy[] = query.data?.pages.flatMap((page) => page.policies) ?? [];
  // Complete only once every page is in: the "last admin" check must not miss a policy.
  return { ...query, policies, complete: query.isSuccess && !hasNextPage };
}
