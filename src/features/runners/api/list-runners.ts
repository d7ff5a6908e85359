import { useInfiniteQuery } from "@connectrpc/connect-query";
import type { RunnerKind, RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";

export interface RunnerListFilter {
  kinds: RunnerKind[];
  providers: RunnerProvider[];
  /** Only runners created by these subjects ("created by me" = the session's subject id). */
  creatorIds: string[];
}

/** How often pages that show runner phases refresh while visible (DESIGN.md). */
export const RUNNER_STATUS_REFRESH_MS = 12_000;

/** The ListRunners input for a filter; the page token is filled in by the infinite query. */
export function listRunnersInput(filter: RunnerListFilter, pageSize: number) {
  return {
    filter: { kinds: filter.kinds, providers: filter.providers, creatorIds: filter.creatorIds },
    pagination: { token: "", pageSize },
  };
}

interface RunnersInfiniteOptions {
  /** Refresh interval by the number of pages loaded (refetching an infinite query refetches every page). */
  refetchInterval?: (pagesLoaded: number) => number | false;
}

/**
 * Cursor-paged runners. Pages stay cached (gcTime) so the back button shows the same loaded rows;
 * a list of many pages is not refetched on remount or focus, only on request.
 */
export function useRunnersInfinite(filter: RunnerListFilter, pageSize: number, options: RunnersInfiniteOptions = {}) {
  const { refetchInterval } = options;
  return useInfiniteQuery(RunnerService.method.listRunners, listRunnersInput(filter, pageSize), {
    pageParamKey: "pagination.token",
    getNextPageParam: (last) => last.pagination?.nextToken || undefined,
    gcTime: 10 * 60_000,
    staleTime: (query) => ((query.state.data?.pages.length ?? 0) > 10 ? Infinity : 5_000),
    refetchInterval: refetchInterval ? (query) => refetchInterval(query.state.data?.pages.length ?? 0) : false,
    refetchIntervalInBackground: false,
    // The default deep-compares every loaded page on each fetch: quadratic with 1000 pages loaded.
    structuralSharing: false,
  });
}
