import { useTransport } from "@connectrpc/connect-query";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { listRunnersOptions, runnersOf } from "../../api/runners/list-runners";
import { MAX_PAGE_SIZE, useAllPages } from "../../api/paging";
import { RunnerProvider } from "../../gen/gitpod/v1/runner_configuration_pb";

export interface RunnerManagerSuggestion {
  runnerManagerId: string;
  /** Names of the managed runners it already hosts. */
  runnerNames: string[];
}

// Suggestions only: a few pages of managed runners are plenty.
const MAX_PAGES = 5;

/** The runner managers the org's existing managed runners use (the API has no RPC that lists managers). */
export function useRunnerManagerSuggestions(enabled: boolean): RunnerManagerSuggestion[] {
  const query = useInfiniteQuery({
    ...listRunnersOptions(useTransport(), {
      filter: { kinds: [], providers: [RunnerProvider.MANAGED], creatorIds: [] },
      pageSize: MAX_PAGE_SIZE,
    }),
    enabled,
    staleTime: 60_000,
  });
  const { rows } = useAllPages(query, runnersOf, MAX_PAGES);
  return useMemo(() => {
    const byManager = new Map<string, string[]>();
    for (const runner of rows) {
      if (!runner.runnerManagerId) continue;
      byManager.set(runner.runnerManagerId, [...(byManager.get(runner.runnerManagerId) ?? []), runner.name]);
    }
    return [...byManager].map(([runnerManagerId, runnerNames]) => ({ runnerManagerId, runnerNames }));
  }, [rows]);
}
