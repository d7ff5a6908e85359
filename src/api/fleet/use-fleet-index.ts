import { Code, ConnectError, createClient, type Transport } from "@connectrpc/connect";
import { useTransport } from "@connectrpc/connect-query";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useSyncExternalStore } from "react";
import { RunnerService, type Runner } from "../../gen/gitpod/v1/runner_pb";
import { afterNextPaint } from "../../lib/after-next-paint";
import { FleetIndex, type FleetServerFilter, type FleetSnapshot } from "./fleet-index";

/** ListRunners' largest page. */
export const FLEET_PAGE_SIZE = 100;
/** A complete index is walked again this often while someone looks at it and the tab is visible. */
export const FLEET_REFRESH_MS = 60_000;
/** Returning to the tab refreshes an index older than this. */
const FOCUS_REFRESH_AFTER_MS = 10_000;

export const EVERY_RUNNER: FleetServerFilter = { kinds: [], providers: [], creatorIds: [] };

const FLEET_KEY = "fleet-index";
const fleetKey = (filter: FleetServerFilter) => [
  FLEET_KEY,
  { kinds: [...filter.kinds].sort(), providers: [...filter.providers].sort(), creatorIds: [...filter.creatorIds].sort() },
];

function createFleetIndex(transport: Transport, queryClient: QueryClient, filter: FleetServerFilter): FleetIndex {
  const client = createClient(RunnerService, transport);
  const index = new FleetIndex({
    filter,
    fetchPage: async (token, signal) => {
      const response = await client.listRunners(
        { filter: { kinds: [...filter.kinds], providers: [...filter.providers], creatorIds: [...filter.creatorIds] }, pagination: { token, pageSize: FLEET_PAGE_SIZE } },
        { signal },
      );
      return { runners: response.runners, nextToken: response.pagination?.nextToken ?? "" };
    },
  });
  // The index lives in the query cache so that sign-in and sign-out (which clear the cache) drop it with the rest.
  const hash = JSON.stringify(fleetKey(filter));
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === "removed" && JSON.stringify(event.query.queryKey) === hash) {
      index.cancel();
      unsubscribe();
    }
  });
  return index;
}

const viewers = new WeakMap<FleetIndex, number>();

/** Walks while someone looks; refreshes on focus and every minute while the tab is visible. */
function useKeepFresh(index: FleetIndex, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    viewers.set(index, (viewers.get(index) ?? 0) + 1);
    const age = () => Date.now() - index.getSnapshot().completedAtMs;
    const { state } = index.getSnapshot();
    // The first walk starts after the page has painted: the page shows first, its runners right after.
    const cancelStart = state === "paused" ? afterNextPaint(() => index.start()) : undefined;
    if (state === "complete" && age() > FLEET_REFRESH_MS) index.refresh();
    const timer = setInterval(() => {
      if (document.visibilityState === "visible" && index.getSnapshot().state === "complete") index.refresh();
    }, FLEET_REFRESH_MS);
    const onFocus = () => {
      if (document.visibilityState === "visible" && index.getSnapshot().state === "complete" && age() > FOCUS_REFRESH_AFTER_MS) index.refresh();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onFocus);
    return () => {
      cancelStart?.();
      clearInterval(timer);
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onFocus);
      viewers.set(index, (viewers.get(index) ?? 1) - 1);
      // Moving between two pages that share the index should not stop its walk: wait for the next page to mount.
      setTimeout(() => {
        if ((viewers.get(index) ?? 0) === 0 && index.walking) index.pause();
      }, 0);
    };
  }, [index, enabled]);
}

export interface FleetIndexView extends FleetSnapshot {
  /** Stops indexing; what was read so far stays. */
  cancel: () => void;
  /** Continues a cancelled or failed walk where it stopped. */
  resume: () => void;
  /** Reads the whole list again. */
  refresh: () => void;
}

/**
 * Every runner the caller can see under `filter`, as compact summaries, walked in the background: shows what
 * is known while indexing ("indexed 2,300…"), then stays fresh. Pages and pickers share one index per filter.
 */
export function useFleetIndex(filter: FleetServerFilter = EVERY_RUNNER, { enabled = true }: { enabled?: boolean } = {}): FleetIndexView {
  const transport = useTransport();
  const queryClient = useQueryClient();
  const queryKey = fleetKey(filter);
  // Called only when the cache has no index for this filter (or something refetches it: then it keeps the one it has).
  const create = () => queryClient.getQueryData<FleetIndex>(queryKey) ?? createFleetIndex(transport, queryClient, filter);
  const { data: index } = useQuery({
    queryKey,
    queryFn: create,
    initialData: create,
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    refetchOnWindowFocus: false,
    structuralSharing: false,
  });
  // Disabled (e.g. a picker in a closed dialog): what is indexed is read, but nothing walks.
  useKeepFresh(index, enabled);
  const snapshot = useSyncExternalStore(index.subscribe, index.getSnapshot, index.getSnapshot);
  return useMemo(
    () => ({ ...snapshot, cancel: () => index.cancel(), resume: () => index.start(), refresh: () => index.refresh() }),
    [snapshot, index],
  );
}

/** For runner mutations: apply a created, changed or deleted runner to every index at once (no re-walk). */
export function useFleetUpdates() {
  const queryClient = useQueryClient();
  const transport = useTransport();
  return useMemo(() => {
    const indexes = () =>
      queryClient
        .getQueriesData<FleetIndex>({ queryKey: [FLEET_KEY] })
        .flatMap(([, index]) => (index ? [index] : []));
    const upsert = (runner: Runner) => indexes().forEach((index) => index.upsert(runner));
    const remove = (runnerIds: readonly string[]) => indexes().forEach((index) => index.remove(runnerIds));
    const client = createClient(RunnerService, transport);
    /** Reads the runners again (GetRunner): a non-forced delete leaves a runner DELETING for a while, or removes it. */
    const reload = async (runnerIds: readonly string[]) => {
      const gone: string[] = [];
      for (const runnerId of runnerIds) {
        try {
          const { runner } = await client.getRunner({ runnerId });
          if (runner) upsert(runner);
        } catch (error) {
          if (ConnectError.from(error).code !== Code.NotFound) throw error;
          gone.push(runnerId);
        }
      }
      if (gone.length > 0) remove(gone);
    };
    /** Walks every index again (after changes to many runners: one walk beats a GetRunner per runner). */
    const refreshAll = () => indexes().forEach((index) => index.refresh());
    return { upsert, remove, reload, refreshAll };
  }, [queryClient, transport]);
}
