import type { MessageInitShape } from "@bufbuild/protobuf";
import type { Transport } from "@connectrpc/connect";
import { useTransport } from "@connectrpc/connect-query";
import { useInfiniteQuery } from "@tanstack/react-query";
import {
  RunnerConfigurationService,
  type HostAuthenticationToken,
  type ListHostAuthenticationTokensRequest_FilterSchema,
  type ListHostAuthenticationTokensResponse,
} from "../../gen/gitpod/v1/runner_configuration_pb";
import { toDate } from "../../lib/format";
import { useNow } from "../../lib/use-now";
import { MAX_PAGE_SIZE, nextPageToken, pagedQueryOptions, useAllPages } from "../paging";
import { useSession } from "../session/get-session";
import { usePagedList } from "../use-paged-list";

export type HostTokenFilter = MessageInitShape<typeof ListHostAuthenticationTokensRequest_FilterSchema>;

export const HOST_TOKENS_PAGE_SIZE = 25;
/** Expiry badges depend on the tokens being current; refetch while the page is visible. */
export const HOST_TOKENS_REFRESH_MS = 30_000;

/** ListHostAuthenticationTokens, cursor-paged: all tokens for org admins, the caller's own otherwise. */
export function listHostTokensOptions(
  transport: Transport,
  filter: HostTokenFilter,
  pageSize = HOST_TOKENS_PAGE_SIZE,
) {
  return pagedQueryOptions(
    RunnerConfigurationService.method.listHostAuthenticationTokens,
    { filter, pagination: { pageSize } },
    transport,
    nextPageToken,
  );
}

const tokensOf = (page: ListHostAuthenticationTokensResponse): HostAuthenticationToken[] => page.tokens;

/** Host tokens, one page per "Load more", refreshed while visible. */
export function useHostTokens(filter: HostTokenFilter, pageSize = HOST_TOKENS_PAGE_SIZE) {
  const query = useInfiniteQuery({
    ...listHostTokensOptions(useTransport(), filter, pageSize),
    refetchInterval: HOST_TOKENS_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
  return { ...usePagedList(query, tokensOf), query };
}

interface AllHostTokensOptions {
  /** Past this many pages of 100 the walk stops and `capped` says so. */
  maxPages: number;
  refetchInterval?: number;
}

/** Every host token matching the filter (walking pages of 100), e.g. a runner's tokens or the overview's. */
export function useAllHostTokens(
  filter: HostTokenFilter,
  { maxPages, refetchInterval }: AllHostTokensOptions,
) {
  const query = useInfiniteQuery({
    ...listHostTokensOptions(useTransport(), filter, MAX_PAGE_SIZE),
    refetchInterval: refetchInterval ?? false,
    refetchIntervalInBackground: false,
  });
  const { rows, complete, capped } = useAllPages(query, tokensOf, maxPages);
  return { ...query, tokens: rows, complete, capped };
}

const firstPageTokens = (data: { pages: ListHostAuthenticationTokensResponse[] }): HostAuthenticationToken[] =>
  data.pages[0]?.tokens ?? [];

/**
 * Whether the signed-in user's token for `host` on the runner has expired (server clock): "Token expired" rather than
 * "Not connected". Reads the user's tokens on the runner (one per host, first 100) only while `enabled`.
 */
export function useOwnHostTokenExpired(runnerId: string, host: string, enabled: boolean): boolean {
  const { data: session } = useSession();
  const subjectId = session?.subject.id;
  const { data: tokens } = useInfiniteQuery({
    ...listHostTokensOptions(useTransport(), { runnerId, subjectId }, MAX_PAGE_SIZE),
    enabled: enabled && Boolean(subjectId) && runnerId !== "",
    staleTime: 30_000,
    select: firstPageTokens,
  });
  const now = useNow();
  const wanted = host.trim().toLowerCase();
  const expiresAt = toDate(tokens?.find((token) => token.host.toLowerCase() === wanted)?.expiresAt);
  return enabled && expiresAt !== undefined && expiresAt.getTime() <= now.getTime();
}
