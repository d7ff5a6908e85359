import { useInfiniteQuery } from "@connectrpc/connect-query";
import {
  RunnerConfigurationService,
  type SCMIntegration,
} from "../../../gen/gitpod/v1/runner_configuration_pb";

export const SCM_INTEGRATIONS_PAGE_SIZE = 25;

/** ListSCMIntegrations page by page ("Load more"), optionally limited to some runners (at most 25, the API's cap). */
export function useScmIntegrations(runnerIds: readonly string[], pageSize = SCM_INTEGRATIONS_PAGE_SIZE) {
  const query = useInfiniteQuery(
    RunnerConfigurationService.method.listSCMIntegrations,
    { filter: { runnerIds: [...runnerIds] }, pagination: { token: "", pageSize } },
    { pageParamKey: "pagination.token", getNextPageParam: (last) => last.pagination?.nextToken || undefined },
  );
  const integrations: SCMIntegration[] = query.data?.pages.flatMap((page) => page.integrations) ?? [];
  return { ...query, integrations };
}
