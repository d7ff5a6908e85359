import { useInfiniteQuery } from "@connectrpc/connect-query";
import { RunnerService, type Runner } from "../../../gen/gitpod/v1/runner_pb";
import { OVERVIEW_PAGE_SIZE, OVERVIEW_REFRESH_MS, useWalkPages } from "./walk-pages";

/** Every runner the caller may see (ListRunners, 100 a page, up to the overview's page cap), refreshed every 15 s. */
export function useOverviewRunners() {
  const query = useInfiniteQuery(
    RunnerService.method.listRunners,
    { pagination: { token: "", pageSize: OVERVIEW_PAGE_SIZE } },
    {
      pageParamKey: "pagination.token",
      getNextPageParam: (last) => last.pagination?.nextToken || undefined,
      refetchInterval: OVERVIEW_REFRESH_MS,
      refetchIntervalInBackground: false,
    },
  );
  const { capped, complete } = useWalkPages(query);
  const runners: Runner[] = query.data?.pages.flatMap((page) => page.runners) ?? [];
  return { query, runners, capped, complete };
}
