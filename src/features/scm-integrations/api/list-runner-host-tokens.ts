import { useEffect } from "react";
import { useInfiniteQuery } from "@connectrpc/connect-query";
import {
  RunnerConfigurationService,
  type HostAuthenticationToken,
} from "../../../gen/gitpod/v1/runner_configuration_pb";

const MAX_PAGES = 10;

/**
 * The host tokens of one runner that the caller can see (all for org admins, their own otherwise), walking pages,
 * for "what goes with it" when an integration is deleted.
 */
export function useRunnerHostTokens(runnerId: string) {
  const query = useInfiniteQuery(
    RunnerConfigurationService.method.listHostAuthenticationTokens,
    { filter: { runnerId }, pagination: { token: "", pageSize: 100 } },
    { pageParamKey: "pagination.token", getNextPageParam: (last) => last.pagination?.nextToken || undefined },
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError, data } = query;
  const pages = data?.pages.length ?? 0;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError && pages < MAX_PAGES) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, isError, pages]);
  const tokens: HostAuthenticationToken[] = data?.pages.flatMap((page) => page.tokens) ?? [];
  return { ...query, tokens, complete: query.isSuccess && !hasNextPage };
}
