import { useState } from "react";
import type { RunnerResult } from "./use-fleet-update-run";

interface FleetUpdateResultsProps {
  /** Runner ids of this run, in the order they were planned. */
  runners: readonly { id: string; name: string }[];
  results: ReadonlyMap<string, RunnerResult>;
  running: boolean;
  stopped: boolean;
}

const n = (count: number) => count.toLocaleString("en-US");

/** The progress bar, then each failed runner with its reason, then the updated ones (listed on request). */
export function FleetUpdateResults({ runners, results, running, stopped }: FleetUpdateResultsProps) {
  const [showUpdated, setShowUpdated] = useState(false);
  const failed: { id: string; name: string; message: string }[] = [];
  const updated: string[] = [];
  let done = 0;
  for (const runner of runners) {
    const result = results.get(runner.id);
    if (result?.state === "failed") failed.push({ ...runner, message: result.message });
    if (result?.state === "updated") updated.push(runner.name || runner.id);
    if (result?.state === "failed" || result?.state === "updated") done++;
  }
  const total = runners.length;
  const percent = total ? Math.round((done / total) * 100) : 100;
  const summary = `${n(done)} of ${n(total)} runners done: ${n(updated.length)} updated, ${n(failed.length)} failed${stopped ? " (stopped: the rest were not sent)" : ""}`;
  return (
    <section aria-label="Results" className="space-y-4 text-sm">
      <div>
        <div
          role="progressbar"
          aria-label="Runners updated"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={`${n(done)} of ${n(total)}`}
          className="h-2.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
        >
          <div className="h-full rounded-full bg-brand" style={{ width: `${percent}%` }} />
        </div>
        <p role="status" className="mt-2 font-medium">
          {running ? `Updating… ${summary}` : summary}
        </p>
      </div>
      {failed.length > 0 ? (
        <div>
          <h3 className="font-semibold text-red-700 dark:text-red-400">Failed ({n(failed.length)})</h3>
          <ul aria-label="Runners that failed" className="mt-1 max-h-60 divide-y divide-slate-200 overflow-y-auto rounded-rc border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {failed.map((runner) => (
              <li key={runner.id} className="px-3 py-2">
                <span className="font-medium break-words">{runner.name || runner.id}</span>
                <p className="text-red-700 dark:text-red-400">{runner.message}</p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {updated.length > 0 ? (
        <div>
          <button
            type="button"
            className="font-medium text-link hover:underline focus-visible:outline-2 focus-visible:outline-brand"
            aria-expanded={showUpdated}
            onClick={() => setShowUpdated((open) => !open)}
          >
            {showUpdated ? "Hide" : "Show"} the {n(updated.length)} updated runner{updated.length === 1 ? "" : "s"}
          </button>
          {showUpdated ? (
            <ul aria-label="Runners updated" className="mt-1 max-h-60 overflow-y-auto rounded-rc border border-slate-200 px-3 py-2 dark:border-slate-800">
              {updated.map((name, i) => (
                <li key={`${name}-${i}`} className="break-words">
                  {name}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
