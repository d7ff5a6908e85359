import { useInfiniteQuery } from "@connectrpc/connect-query";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";

export const POLICY_RUNNERS_PAGE_SIZE = 10;

/** Runners page by page for the policies page: each page shows its runners' policies, "Load more" asks the next. */
export function useRunnerPages(pageSize = POLICY_RUNNERS_PAGE_SIZE) {
  return useInfiniteQuery(
    RunnerService.method.listRunners,
    { pagination: { token: "", pageSize } },
    { pageParamKey: "pagination.token", getNextPageParam: (last) => last.pagination?.nextToken || undefined },
  );
}
