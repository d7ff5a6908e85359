import { useEffect } from "react";
import { useInfiniteQuery } from "@connectrpc/connect-query";
import { GroupService, type Group } from "../../../gen/gitpod/v1/group_pb";

const MAX_PAGES = 20;

/** Every group of the org (walking ListGroups), for group names and the group picker. */
export function useAllGroups() {
  const query = useInfiniteQuery(
    GroupService.method.listGroups,
    { pagination: { token: "", pageSize: 100 } },
    {
      pageParamKey: "pagination.token",
      getNextPageParam: (last) => last.pagination?.nextToken || undefined,
      staleTime: 60_000,
    },
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError, data } = query;
  const pages = data?.pages.length ?? 0;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError && pages < MAX_PAGES) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, isError, pages]);
  const groups: Group[] = data?.pages.flatMap((page) => page.groups) ?? [];
  return { ...query, groups };
}
