import type { Transport } from "@connectrpc/connect";
import { useTransport } from "@connectrpc/connect-query";
import { useInfiniteQuery } from "@tanstack/react-query";
import type { RunnerKind, RunnerProvider } from "../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerService, type ListRunnersResponse, type Runner } from "../../gen/gitpod/v1/runner_pb";
import { MAX_PAGE_SIZE, nextPageToken, pagedQueryOptions, useAllPages } from "../paging";

/** The server-side filters ListRunners knows (the API has no name, phase or sort). */
export interface RunnerListFilter {
  kinds: RunnerKind[];
  providers: RunnerProvider[];
  /** Only runners created by these subjects ("created by me" = the session's subject id). */
  creatorIds: string[];
}

export interface ListRunnersParams {
  filter?: RunnerListFilter;
  pageSize: number;
}

/** How often pages that show runner phases refresh while visible (DESIGN.md). */
export const RUNNER_STATUS_REFRESH_MS = 12_000;

/** ListRunners, cursor-paged; shared by route loaders and pickers (the runners list and overview use src/api/fleet). */
export function listRunnersOptions(transport: Transport, { filter, pageSize }: ListRunnersParams) {
  const input = {
    ...(filter
      ? { filter: { kinds: filter.kinds, providers: filter.providers, creatorIds: filter.creatorIds } }
      : {}),
    pagination: { pageSize },
  };
  return pagedQueryOptions(RunnerService.method.listRunners, input, transport, nextPageToken);
}

export const runnersOf = (page: ListRunnersResponse): Runner[] => page.runners;

interface AllRunnersOptions {
  /** Past this many pages of 100 the walk stops and `capped` says so. */
  maxPages?: number;
  staleTime?: number;
  /** Refresh while the page is visible (every loaded page is refetched). */
  refetchInterval?: number;
}

// Enough for any real org; past it pickers say that not every runner is listed.
const ALL_RUNNERS_MAX_PAGES = 20;

/** Every runner the caller can see (walking ListRunners 100 at a time), for runner names, pickers and counts. */
export function useAllRunners({
  maxPages = ALL_RUNNERS_MAX_PAGES,
  staleTime = 30_000,
  refetchInterval,
}: AllRunnersOptions = {}) {
  const query = useInfiniteQuery({
    ...listRunnersOptions(useTransport(), { pageSize: MAX_PAGE_SIZE }),
    staleTime,
    refetchInterval: refetchInterval ?? false,
    refetchIntervalInBackground: false,
  });
  const { rows, complete, capped } = useAllPages(query, runnersOf, maxPages);
  return { ...query, runners: rows, complete, capped };
}
