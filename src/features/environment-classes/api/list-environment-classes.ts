import type { MessageInitShape } from "@bufbuild/protobuf";
import { useInfiniteQuery } from "@connectrpc/connect-query";
import {
  RunnerConfigurationService,
  type ListEnvironmentClassesRequest_FilterSchema,
} from "../../../gen/gitpod/v1/runner_configuration_pb";

export type EnvironmentClassFilter = MessageInitShape<typeof ListEnvironmentClassesRequest_FilterSchema>;

export const ENVIRONMENT_CLASSES_PAGE_SIZE = 25;

/** ListEnvironmentClasses, one page per "Load more"; the filter is part of the query key, the page token is not. */
export function useEnvironmentClasses(
  filter: EnvironmentClassFilter,
  pageSize = ENVIRONMENT_CLASSES_PAGE_SIZE,
) {
  return useInfiniteQuery(
    RunnerConfigurationService.method.listEnvironmentClasses,
    { filter, pagination: { token: "", pageSize } },
    {
      pageParamKey: "pagination.token",
      getNextPageParam: (last) => last.pagination?.nextToken || undefined,
    },
  );
}
