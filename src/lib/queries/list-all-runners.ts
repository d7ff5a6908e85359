import { useEffect } from "react";
import { useInfiniteQuery } from "@connectrpc/connect-query";
import { RunnerService, type Runner } from "../../gen/gitpod/v1/runner_pb";

// Enough for any real org; past it the picker says that not every runner is listed.
const MAX_PAGES = 20;

/** Every runner the caller can see (walking ListRunners), for runner names and the runner picker. */
export function useAllRunners() {
  const query = useInfiniteQuery(
    RunnerService.method.listRunners,
    { pagination: { token: "", pageSize: 100 } },
    {
      pageParamKey: "pagination.token",
      getNextPageParam: (last) => last.pagination?.nextToken || undefined,
      staleTime: 30_000,
    },
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError, data } = query;
  const pages = data?.pages.length ?? 0;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError && pages < MAX_PAGES) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, isError, pages]);
  const runners: Runner[] = data?.pages.flatMap((page) => page.runners) ?? [];
  return { ...query, runners, truncated: Boolean(hasNextPage) && pages >= MAX_PAGES };
}
