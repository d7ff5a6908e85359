import type { Transport } from "@connectrpc/connect";
import type { RunnerKind, RunnerProvider } from "../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerService, type ListRunnersResponse, type Runner } from "../../gen/gitpod/v1/runner_pb";
import { nextPageToken, pagedQueryOptions } from "../paging";

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

/** ListRunners, cursor-paged (local runners, manager suggestions); every "all runners" view uses src/api/fleet. */
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
