import type { Transport } from "@connectrpc/connect";
import { useTransport } from "@connectrpc/connect-query";
import { useInfiniteQuery } from "@tanstack/react-query";
import {
  RunnerConfigurationService,
  type ListSCMIntegrationsResponse,
  type SCMIntegration,
} from "../../gen/gitpod/v1/runner_configuration_pb";
import { MAX_PAGE_SIZE, nextPageToken, pagedQueryOptions } from "../paging";
import { usePagedList } from "../use-paged-list";

export const SCM_INTEGRATIONS_PAGE_SIZE = 25;

/** ListSCMIntegrations, cursor-paged, optionally limited to some runners (at most 25, the API's cap). */
export function listScmIntegrationsOptions(
  transport: Transport,
  runnerIds: readonly string[],
  pageSize = SCM_INTEGRATIONS_PAGE_SIZE,
) {
  return pagedQueryOptions(
    RunnerConfigurationService.method.listSCMIntegrations,
    { filter: { runnerIds: [...runnerIds] }, pagination: { pageSize } },
    transport,
    nextPageToken,
  );
}

const integrationsOf = (page: ListSCMIntegrationsResponse): SCMIntegration[] => page.integrations;

/** SCM integrations, one page per "Load more". */
export function useScmIntegrations(runnerIds: readonly string[], pageSize = SCM_INTEGRATIONS_PAGE_SIZE) {
  const query = useInfiniteQuery(listScmIntegrationsOptions(useTransport(), runnerIds, pageSize));
  return { ...usePagedList(query, integrationsOf), query };
}

const hostsOf = (data: { pages: ListSCMIntegrationsResponse[] }): string[] =>
  data.pages[0]?.integrations.map((integration) => integration.host) ?? [];

/**
 * Hosts with an SCM integration on the runner (first 100): the hosts a host token can be added for. `loading` until
 * known; skipped (no hosts, not loading) without a runner.
 */
export function useRunnerScmHosts(runnerId: string | undefined): { hosts: string[]; loading: boolean } {
  const { data, isPending } = useInfiniteQuery({
    ...listScmIntegrationsOptions(useTransport(), runnerId ? [runnerId] : [], MAX_PAGE_SIZE),
    enabled: Boolean(runnerId),
    staleTime: 30_000,
    select: hostsOf,
  });
  return { hosts: data ?? [], loading: Boolean(runnerId) && isPending };
}
