import { createClient } from "@connectrpc/connect";
import { useTransport } from "@connectrpc/connect-query";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useFleetUpdates } from "../../../api/fleet/use-fleet-index";
import { invalidateRunners } from "../../../api/keys";
import { RunnerService, type UpdateRunnerRequest } from "../../../gen/gitpod/v1/runner_pb";
import { describeError } from "../../../lib/errors";
import { runLimited } from "../../../lib/run-limited";
import { FLEET_UPDATE_CONCURRENCY, requestFor } from "./fleet-change";

/** Progress reaches React at most this often: a thousand answers must not mean a thousand renders. */
const FLUSH_MS = 100;

export type RunnerResult = { state: "waiting" | "sending" | "updated" } | { state: "failed"; message: string };

export interface FleetUpdateRun {
  /** Each runner sent (or to be sent) in this run and the ones before it, by id. */
  results: ReadonlyMap<string, RunnerResult>;
  running: boolean;
  stopped: boolean;
  start: (runnerIds: readonly string[]) => void;
  /** Sends again to the runners whose last attempt failed. */
  retryFailed: () => void;
  /** Sends nothing more; calls in flight finish. */
  stop: () => void;
  reset: () => void;
}

export function errorText(error: unknown): string {
  const readable = describeError(error);
  return [readable.title, readable.detail].filter(Boolean).join(" — ");
}

/** Sends one request per runner (the request built once, only the runner id set), a few at a time. */
export function useFleetUpdateRun(request: UpdateRunnerRequest): FleetUpdateRun {
  const transport = useTransport();
  const queryClient = useQueryClient();
  const fleet = useFleetUpdates();
  const client = useMemo(() => createClient(RunnerService, transport), [transport]);
  const live = useRef(new Map<string, RunnerResult>());
  const [results, setResults] = useState<ReadonlyMap<string, RunnerResult>>(new Map());
  const [running, setRunning] = useState(false);
  const [stopped, setStopped] = useState(false);
  const controller = useRef<AbortController | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setResults(new Map(live.current));
  }, []);
  const soon = useCallback(() => {
    timer.current ??= setTimeout(flush, FLUSH_MS);
  }, [flush]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const start = useCallback(
    (runnerIds: readonly string[]) => {
      if (controller.current || runnerIds.length === 0) return;
      const abort = new AbortController();
      controller.current = abort;
      for (const id of runnerIds) live.current.set(id, { state: "waiting" });
      setRunning(true);
      setStopped(false);
      flush();
      void runLimited(runnerIds, (runnerId) => client.updateRunner(requestFor(request, runnerId)), {
        limit: FLEET_UPDATE_CONCURRENCY,
        signal: abort.signal,
        onStart: (runnerId) => {
          live.current.set(runnerId, { state: "sending" });
          soon();
        },
        onSettled: (runnerId, result) => {
          live.current.set(runnerId, result.ok ? { state: "updated" } : { state: "failed", message: errorText(result.error) });
          soon();
        },
      }).then(async () => {
        // Runners never sent (stopped) go back to "not sent": they are neither updated nor failed.
        for (const id of runnerIds) if (live.current.get(id)?.state === "waiting") live.current.delete(id);
        controller.current = undefined;
        setStopped(abort.signal.aborted);
        setRunning(false);
        flush();
        // One walk of the list brings every changed runner's settings into the index (UpdateRunner answers nothing).
        fleet.refreshAll();
        await invalidateRunners(queryClient);
      });
    },
    [client, request, flush, soon, fleet, queryClient],
  );

  const retryFailed = useCallback(() => {
    start([...live.current].filter(([, result]) => result.state === "failed").map(([id]) => id));
  }, [start]);
  const stop = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => {
    if (controller.current) return;
    live.current = new Map();
    setStopped(false);
    flush();
  }, [flush]);

  return { results, running, stopped, start, retryFailed, stop, reset };
}
