import type { DescMessage, DescMethodUnary, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import type { Transport } from "@connectrpc/connect";
import { callUnaryMethod, createConnectQueryKey, createQueryOptions } from "@connectrpc/connect-query";
import { infiniteQueryOptions } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";

/** The API's largest page: lists read whole ("every runner", "every group") walk pages of this size. */
export const MAX_PAGE_SIZE = 100;

interface PagedResponse {
  pagination?: { nextToken: string };
}

/** The one next-page rule of every gitpod.v1 list: the response's nextToken, none when it is empty. */
export function nextPageToken(last: PagedResponse): string | undefined {
  return last.pagination?.nextToken || undefined;
}

/** A list request without its page token: the filter and page size, which are what the cache key holds. */
interface PagedInput {
  pagination?: { pageSize?: number };
}

/**
 * Infinite-query options for a cursor-paged list RPC (`pagination.token` in, `pagination.nextToken` out). `input` has
 * no page token, so the key is connect-query's infinite key: filter and page size, never the cursor.
 */
export function pagedQueryOptions<I extends DescMessage, O extends DescMessage>(
  method: DescMethodUnary<I, O>,
  input: MessageInitShape<I> & PagedInput,
  transport: Transport,
  nextPage: (last: MessageShape<O>) => string | undefined,
) {
  const queryKey = createConnectQueryKey({ schema: method, input, transport, cardinality: "infinite" });
  const { structuralSharing } = createQueryOptions(method, undefined, { transport });
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }): Promise<MessageShape<O>> =>
      callUnaryMethod(
        transport,
        method,
        { ...input, pagination: { ...input.pagination, token: pageParam } },
        { signal },
      ),
    initialPageParam: "",
    getNextPageParam: nextPage,
    structuralSharing,
  });
}

/** The parts of an infinite query that walking and listing need (any TanStack infinite query result fits). */
export interface InfiniteQueryView<Page> {
  data?: { pages: Page[] };
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isError: boolean;
  isSuccess: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** The rows of every loaded page; `rowsOf` must be stable (a module-level function) to keep the memo. */
export function useRows<Page, Row>(query: InfiniteQueryView<Page>, rowsOf: (page: Page) => Row[]): Row[] {
  const { data } = query;
  return useMemo(() => data?.pages.flatMap(rowsOf) ?? [], [data, rowsOf]);
}

export interface AllPages<Row> {
  rows: Row[];
  /** Every page is in: checks that must not miss a row (e.g. "the last admin") wait for this. */
  complete: boolean;
  /** The walk stopped at `maxPages` with more left: counts are lower bounds. */
  capped: boolean;
}

/** "Load every page": keeps fetching the next page until the list ends, a fetch fails, or `maxPages` are in. */
export function useAllPages<Page, Row>(
  query: InfiniteQueryView<Page>,
  rowsOf: (page: Page) => Row[],
  maxPages = Number.POSITIVE_INFINITY,
): AllPages<Row> {
  const loaded = query.data?.pages.length ?? 0;
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  const wantsMore = loaded > 0 && hasNextPage && loaded < maxPages;
  useEffect(() => {
    if (wantsMore && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [wantsMore, isFetchingNextPage, isError, fetchNextPage]);
  const rows = useRows(query, rowsOf);
  return { rows, complete: query.isSuccess && !hasNextPage, capped: loaded >= maxPages && hasNextPage };
}

/**
 * For route loaders: wait for a list's first page (e.g. `queryClient.ensureInfiniteQueryData(options)`) so the page
 * renders with rows. A failure is left to the page: its query is in the cache as failed and its error state has Retry.
 */
export async function prefetchFirstPage(load: Promise<unknown>): Promise<void> {
  await load.catch(() => undefined);
}
