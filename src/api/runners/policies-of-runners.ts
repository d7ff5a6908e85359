import { useTransport } from "@connectrpc/connect-query";
import { hashKey, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import type { ListRunnerPoliciesResponse, RunnerPolicy } from "../../gen/gitpod/v1/runner_pb";
import { listRunnerPoliciesOptions } from "./list-runner-policies";

/** Runners whose policies are read at the same time (the API has no "policies of many runners" call). */
const CONCURRENCY = 4;
/** What was read stays good this long; mutations invalidate it sooner (then it is read again). */
const STALE_MS = 60_000;
/** Cache updates arrive one per runner: re-derive the map at most this often. */
const COALESCE_MS = 100;

export interface PoliciesOfRunners {
  /** Each runner's policies (its first page of 100: a runner has a handful), for the runners read so far. */
  byRunner: ReadonlyMap<string, readonly RunnerPolicy[]>;
  /** Runners whose policies could not be read. */
  failed: ReadonlySet<string>;
  /** Runners read or failed, of `total`. */
  read: number;
  total: number;
}

/**
 * The policies of many runners: one ListRunnerPolicies per runner, a few at a time, into the same cache entries
 * the runner's own sharing panel uses. A policy change anywhere (invalidation) reads that runner again.
 */
export function usePoliciesOfRunners(runnerIds: readonly string[]): PoliciesOfRunners {
  const queryClient = useQueryClient();
  const transport = useTransport();
  const [version, setVersion] = useState(0);
  const [round, setRound] = useState(0);
  const options = useMemo(
    () => new Map(runnerIds.map((id) => [id, listRunnerPoliciesOptions(transport, id)])),
    [runnerIds, transport],
  );

  // Reads what is missing, failed, stale or invalidated (fetchInfiniteQuery returns the rest from the cache);
  // a new round starts after an invalidation.
  useEffect(() => {
    let cancelled = false;
    const queue = [...options.values()];
    const work = async () => {
      for (let next = queue.shift(); next && !cancelled; next = queue.shift()) {
        // A failure stays in the cache as the query's error; the runner counts as failed.
        await queryClient.fetchInfiniteQuery({ ...next, staleTime: STALE_MS }).catch(() => undefined);
      }
    };
    for (let i = 0; i < CONCURRENCY; i++) void work();
    return () => {
      cancelled = true;
    };
  }, [queryClient, options, round]);

  useEffect(() => {
    const hashes = new Set([...options.values()].map((option) => hashKey(option.queryKey)));
    let timer: ReturnType<typeof setTimeout> | undefined;
    let invalidated = false;
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (!hashes.has(event.query.queryHash)) return;
      if (event.type === "removed" || (event.type === "updated" && event.action.type === "invalidate"))
        invalidated = true;
      timer ??= setTimeout(() => {
        timer = undefined;
        setVersion((current) => current + 1);
        if (invalidated) setRound((current) => current + 1);
        invalidated = false;
      }, COALESCE_MS);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [queryClient, options]);

  return useMemo(() => {
    // `version` is the cache's: the map is read again whenever one of these entries changed.
    void version;
    const byRunner = new Map<string, readonly RunnerPolicy[]>();
    const failed = new Set<string>();
    for (const [runnerId, option] of options) {
      const state = queryClient.getQueryState<InfiniteData<ListRunnerPoliciesResponse>>(option.queryKey);
      if (state?.data)
        byRunner.set(
          runnerId,
          state.data.pages.flatMap((page) => page.policies),
        );
      else if (state?.status === "error") failed.add(runnerId);
    }
    return { byRunner, failed, read: byRunner.size + failed.size, total: options.size };
  }, [queryClient, options, version]);
}
