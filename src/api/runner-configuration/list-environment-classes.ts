import type { MessageInitShape } from "@bufbuild/protobuf";
import type { Transport } from "@connectrpc/connect";
import { useTransport } from "@connectrpc/connect-query";
import { useInfiniteQuery } from "@tanstack/react-query";
import {
  RunnerConfigurationService,
  type EnvironmentClass,
  type ListEnvironmentClassesRequest_FilterSchema,
  type ListEnvironmentClassesResponse,
} from "../../gen/gitpod/v1/runner_configuration_pb";
import { nextPageToken, pagedQueryOptions } from "../paging";
import { usePagedList } from "../use-paged-list";

export type EnvironmentClassFilter = MessageInitShape<typeof ListEnvironmentClassesRequest_FilterSchema>;

export const ENVIRONMENT_CLASSES_PAGE_SIZE = 25;

/** ListEnvironmentClasses, cursor-paged; the filter is part of the query key, the page token is not. */
export function listEnvironmentClassesOptions(
  transport: Transport,
  filter: EnvironmentClassFilter,
  pageSize = ENVIRONMENT_CLASSES_PAGE_SIZE,
) {
  return pagedQueryOptions(
    RunnerConfigurationService.method.listEnvironmentClasses,
    { filter, pagination: { pageSize } },
    transport,
    nextPageToken,
  );
}

const classesOf = (page: ListEnvironmentClassesResponse): EnvironmentClass[] => page.environmentClasses;

/** Environment classes, one page per "Load more". */
export function useEnvironmentClasses(
  filter: EnvironmentClassFilter,
  pageSize = ENVIRONMENT_CLASSES_PAGE_SIZE,
) {
  const query = useInfiniteQuery(listEnvironmentClassesOptions(useTransport(), filter, pageSize));
  return { ...usePagedList(query, classesOf), query };
}
