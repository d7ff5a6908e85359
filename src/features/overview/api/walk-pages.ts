import { useEffect } from "react";

/** The overview reads at most this many pages of a list; beyond it counts show "≥ N". */
export const MAX_OVERVIEW_PAGES = 10;
export const OVERVIEW_PAGE_SIZE = 100;
/** Overview numbers refresh while the tab is visible. */
export const OVERVIEW_REFRESH_MS = 15_000;

interface PagedQuery<Page> {
  data?: { pages: Page[] };
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isError: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * Keeps fetching the next page of an infinite query until the list ends or MAX_OVERVIEW_PAGES are loaded.
 * Returns whether the cap cut the list short (so counts are lower bounds).
 */
export function useWalkPages<Page>(query: PagedQuery<Page>): { capped: boolean; complete: boolean } {
  const loaded = query.data?.pages.length ?? 0;
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  const wantsMore = loaded > 0 && hasNextPage && loaded < MAX_OVERVIEW_PAGES;
  useEffect(() => {
    if (wantsMore && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [wantsMore, isFetchingNextPage, isError, fetchNextPage]);
  return { capped: loaded >= MAX_OVERVIEW_PAGES && hasNextPage, complete: loaded > 0 && !wantsMore };
}
