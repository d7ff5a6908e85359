import type { Transport } from "@connectrpc/connect";
import { useTransport } from "@connectrpc/connect-query";
import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { RunnerService, type GetRunnerResponse } from "../../gen/gitpod/v1/runner_pb";
import { unaryQueryOptions } from "../query-options";

/** GetRunner: shared by the detail route's loader and its components. */
export function getRunnerOptions(transport: Transport, runnerId: string) {
  return unaryQueryOptions(RunnerService.method.getRunner, { runnerId }, transport);
}

interface UseRunnerOptions {
  /** Keeps the status current while the page is visible; a function decides from the latest answer. */
  refetchInterval?: number | false | ((current: GetRunnerResponse | undefined) => number | false);
}

export function useRunner(runnerId: string, options: UseRunnerOptions = {}) {
  const { refetchInterval } = options;
  return useQuery({
    ...getRunnerOptions(useTransport(), runnerId),
    refetchInterval:
      typeof refetchInterval === "function" ? (query) => refetchInterval(query.state.data) : refetchInterval,
    refetchIntervalInBackground: false,
  });
}

/** The runner, already loaded by the detail route's loader; refreshes its status while the page is visible. */
export function useLoadedRunner(runnerId: string, refetchInterval: number) {
  return useSuspenseQuery({
    ...getRunnerOptions(useTransport(), runnerId),
    refetchInterval,
    refetchIntervalInBackground: false,
  });
}
