import type { Transport } from "@connectrpc/connect";
import { useTransport } from "@connectrpc/connect-query";
import { useInfiniteQuery } from "@tanstack/react-query";
import {
  RunnerConfigurationService,
  type LLMIntegration,
  type ListLLMIntegrationsResponse,
} from "../../gen/gitpod/v1/runner_configuration_pb";
import { nextPageToken, pagedQueryOptions } from "../paging";
import { usePagedList } from "../use-paged-list";

export const LLM_INTEGRATIONS_PAGE_SIZE = 25;

/** ListLLMIntegrations, cursor-paged, optionally limited to some runners (at most 25, the API's cap). */
export function listLlmIntegrationsOptions(
  transport: Transport,
  runnerIds: readonly string[],
  pageSize = LLM_INTEGRATIONS_PAGE_SIZE,
) {
  return pagedQueryOptions(
    RunnerConfigurationService.method.listLLMIntegrations,
    { filter: { runnerIds: [...runnerIds] }, pagination: { pageSize } },
    transport,
    nextPageToken,
  );
}

const integrationsOf = (page: ListLLMIntegrationsResponse): LLMIntegration[] => page.integrations;

/** LLM integrations, one page per "Load more". */
export function useLlmIntegrations(runnerIds: readonly string[], pageSize = LLM_INTEGRATIONS_PAGE_SIZE) {
  const query = useInfiniteQuery(listLlmIntegrationsOptions(useTransport(), runnerIds, pageSize));
  return { ...usePagedList(query, integrationsOf), query };
}
