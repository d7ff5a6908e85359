import type { MessageInitShape } from "@bufbuild/protobuf";
import type { Transport } from "@connectrpc/connect";
import { useTransport } from "@connectrpc/connect-query";
import { useInfiniteQuery } from "@tanstack/react-query";
import {
  ActivityService,
  type ActivityFilterSchema,
  type ActivityRecord,
  type ListActivityResponse,
} from "../../gen/console/v1/activity_pb";
import { nextPageToken, pagedQueryOptions } from "../paging";
import { usePagedList } from "../use-paged-list";

export type ActivityFilter = MessageInitShape<typeof ActivityFilterSchema>;

export const ACTIVITY_PAGE_SIZE = 50;

/** ListActivity (the console's own service), newest first, cursor-paged. */
export function listActivityOptions(transport: Transport, filter: ActivityFilter, pageSize = ACTIVITY_PAGE_SIZE) {
  return pagedQueryOptions(
    ActivityService.method.listActivity,
    { filter, pagination: { pageSize } },
    transport,
    nextPageToken,
  );
}

const recordsOf = (page: ListActivityResponse): ActivityRecord[] => page.records;

/** Activity records matching the filter, one page per "Load more". */
export function useActivity(filter: ActivityFilter) {
  // Every change anywhere adds a record: always refetch when the list is shown again.
  const query = useInfiniteQuery({ ...listActivityOptions(useTransport(), filter), staleTime: 0 });
  return { ...usePagedList(query, recordsOf), query };
}
