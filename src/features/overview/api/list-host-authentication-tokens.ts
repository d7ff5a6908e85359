import { useInfiniteQuery } from "@connectrpc/connect-query";
import { RunnerConfigurationService, type HostAuthenticationToken } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { OVERVIEW_PAGE_SIZE, OVERVIEW_REFRESH_MS, useWalkPages } from "./walk-pages";

/** Host tokens the caller may see (all for org admins, their own otherwise), up to the page cap, refreshed every 15 s. */
export function useOverviewHostTokens() {
  const query = useInfiniteQuery(
    RunnerConfigurationService.method.listHostAuthenticationTokens,
    { pagination: { token: "", pageSize: OVERVIEW_PAGE_SIZE } },
    {
      pageParamKey: "pagination.token",
      getNextPageParam: (last) => last.pagination?.nextToken || undefined,
      refetchInterval: OVERVIEW_REFRESH_MS,
      refetchIntervalInBackground: false,
    },
  );
  const { capped, complete } = useWalkPages(query);
  const tokens: HostAuthenticationToken[] = query.data?.pages.flatMap((page) => page.tokens) ?? [];
  return { query, tokens, capped, complete };
}
