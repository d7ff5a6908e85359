import type { Transport } from "@connectrpc/connect";
import { useTransport } from "@connectrpc/connect-query";
import { useInfiniteQuery } from "@tanstack/react-query";
import { GroupService, type Group, type ListGroupsResponse } from "../../gen/gitpod/v1/group_pb";
import { MAX_PAGE_SIZE, nextPageToken, pagedQueryOptions, useAllPages } from "../paging";

/** ListGroups, 100 a page: every group of the org (every signed-in user may list them). */
export function listGroupsOptions(transport: Transport) {
  return pagedQueryOptions(
    GroupService.method.listGroups,
    { pagination: { pageSize: MAX_PAGE_SIZE } },
    transport,
    nextPageToken,
  );
}

const groupsOf = (page: ListGroupsResponse): Group[] => page.groups;

const MAX_GROUP_PAGES = 20;

/** Every group of the org (walking ListGroups), for group names, pickers and the policies' view by group. */
export function useAllGroups() {
  const query = useInfiniteQuery({ ...listGroupsOptions(useTransport()), staleTime: 60_000 });
  const { rows, complete, capped } = useAllPages(query, groupsOf, MAX_GROUP_PAGES);
  return { ...query, groups: rows, complete, capped };
}
