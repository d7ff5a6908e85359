import { useCallback } from "react";
import { useRows, type InfiniteQueryView } from "./paging";

/** A paged list as lists show it: first-page loading and errors, "more available", and retry of what failed. */
export interface PagedListState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  isRefetching: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  /** The last "load more" failed; the rows loaded before it stay. */
  isFetchNextPageError: boolean;
  pagesLoaded: number;
  refetch: () => Promise<unknown>;
  /** Tries again whatever failed: the next page after a failed "load more", else the list. */
  retry: () => void;
}

export interface PagedList<Row> {
  rows: Row[];
  /** Asks for the next page; ignored while one is loading, at the end, or after a failed one (use `state.retry`). */
  loadMore: () => void;
  state: PagedListState;
}

interface PagedQuery<Page> extends InfiniteQueryView<Page> {
  isPending: boolean;
  error: unknown;
  isRefetching: boolean;
  isFetchNextPageError: boolean;
  refetch: () => Promise<unknown>;
}

/**
 * One list, fed page by page: the "Load more" button and the scroll trigger both call `loadMore`, so a scroll
 * cannot re-ask a page that just failed while the button still offers "Try again".
 */
export function usePagedList<Page, Row>(
  query: PagedQuery<Page>,
  rowsOf: (page: Page) => Row[],
): PagedList<Row> {
  const rows = useRows(query, rowsOf);
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage, refetch } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);
  const retry = useCallback(() => {
    void (isFetchNextPageError ? fetchNextPage() : refetch());
  }, [isFetchNextPageError, fetchNextPage, refetch]);
  const state: PagedListState = {
    isPending: query.isPending,
    isError: query.isError,
    error: query.error,
    isRefetching: query.isRefetching,
    hasNextPage,
    isFetchingNextPage,
    isFetchNextPageError,
    pagesLoaded: query.data?.pages.length ?? 0,
    refetch,
    retry,
  };
  return { rows, loadMore, state };
}
