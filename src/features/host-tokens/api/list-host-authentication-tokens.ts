import type { MessageInitShape } from "@bufbuild/protobuf";
import { useInfiniteQuery } from "@connectrpc/connect-query";
import {
  RunnerConfigurationService,
  type HostAuthenticationToken,
  type ListHostAuthenticationTokensRequest_FilterSchema,
} from "../../../gen/gitpod/v1/runner_configuration_pb";

export type HostTokenFilter = MessageInitShape<typeof ListHostAuthenticationTokensRequest_FilterSchema>;

export const HOST_TOKENS_PAGE_SIZE = 25;
/** Expiry badges depend on the tokens being current; refetch while the page is visible. */
export const HOST_TOKENS_REFRESH_MS = 30_000;

/** ListHostAuthenticationTokens page by page ("Load more"); the filter is in the query key, the page token is not. */
export function useHostTokens(filter: HostTokenFilter, pageSize = HOST_TOKENS_PAGE_SIZE) {
  const query = useInfiniteQuery(
    RunnerConfigurationService.method.listHostAuthenticationTokens,
    { filter, pagination: { token: "", pageSize } },
    {
      pageParamKey: "pagination.token",
      getNextPageParam: (last) => last.pagination?.nextToken || undefined,
      refetchInterval: HOST_TOKENS_REFRESH_MS,
      refetchIntervalInBackground: false,
    },
  );
  const tokens: HostAuthenticationToken[] = query.data?.pages.flatMap((page) => page.tokens) ?? [];
  return { ...query, tokens };
}
