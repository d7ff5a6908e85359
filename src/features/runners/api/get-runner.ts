import { callUnaryMethod, createQueryOptions, useQuery, useSuspenseQuery } from "@connectrpc/connect-query";
import type { Transport } from "@connectrpc/connect";
import { RunnerService, type GetRunnerResponse } from "../../../gen/gitpod/v1/runner_pb";

/** Query options for one runner, shared by the detail route's loader and its components. */
export function getRunnerQueryOptions(transport: Transport, runnerId: string) {
  const input = { runnerId };
  const { queryKey, structuralSharing } = createQueryOptions(RunnerService.method.getRunner, input, { transport });
  // connect-query-core ships its own copy of query-core, whose QueryFunction type does not match react-query's:
  // same key and fetch, typed against react-query.
  return {
    queryKey,
    structuralSharing,
    queryFn: ({ signal }: { signal: AbortSignal }) => callUnaryMethod(transport, RunnerService.method.getRunner, input, { signal }),
  };
}

interface UseRunnerOptions {
  /** Keeps the status current while the page is visible; a function decides from the latest answer. */
  refetchInterval?: number | false | ((current: GetRunnerResponse | undefined) => number | false);
}

export function useRunner(runnerId: string, options: UseRunnerOptions = {}) {
  const { refetchInterval } = options;
  return useQuery(
    RunnerService.method.getRunner,
    { runnerId },
    {
      refetchInterval: typeof refetchInterval === "function" ? (query) => refetchInterval(query.state.data) : refetchInterval,
      refetchIntervalInBackground: false,
    },
  );
}

/** The runner, already loaded by the detail route's loader; refreshes its status while the page is visible. */
export function useLoadedRunner(runnerId: string, refetchInterval: number) {
  return useSuspenseQuery(RunnerService.method.getRunner, { runnerId }, { refetchInterval, refetchIntervalInBackground: false });
}
