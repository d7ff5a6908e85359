// Figures the browser itself measures, read from a Chromium trace taken while an action runs: the main thread's CPU
// time (wall-clock figures swell when other processes compete for the cores; thread CPU time barely moves) and
// Chrome's EventLatency of each key press, from the input event to the frame presenting its effect.
import type { Browser, Page } from "@playwright/test";

interface TraceEvent {
  pid: number;
  tid: number;
  ph: string;
  name: string;
  ts: number;
  dur?: number;
  tdur?: number;
  id2?: { local?: string };
  args?: { name?: string; event_latency?: { event_type?: string } };
}

export interface TracedFigures {
  mainThreadCpuMs: number;
  /** Key press → presentation of the frame showing it, ms, in the order typed. */
  keyPressLatenciesMs: number[];
}

export async function traceAction(
  browser: Browser,
  page: Page,
  action: () => Promise<void>,
): Promise<TracedFigures> {
  // "benchmark" carries EventLatency; "toplevel" the tasks whose thread time is summed.
  await browser.startTracing(page, { categories: ["toplevel", "benchmark"] });
  await action();
  const buffer = await browser.stopTracing();
  const { traceEvents }: { traceEvents: TraceEvent[] } = JSON.parse(buffer.toString("utf8"));
  return {
    mainThreadCpuMs: rendererMainCpuMs(traceEvents),
    keyPressLatenciesMs: keyPressLatenciesMs(traceEvents),
  };
}

/** Sums the thread time of top-level tasks on renderer main threads, counting nested tasks once. */
export function rendererMainCpuMs(events: readonly TraceEvent[]): number {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events
    .filter(
      (e) =>
        e.ph === "X" && e.tdur !== undefined && e.dur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`),
    )
    .sort((a, b) => a.ts - b.ts);
  const coveredUntil = new Map<string, number>();
  let totalUs = 0;
  for (const task of tasks) {
    const thread = `${task.pid}:${task.tid}`;
    if (task.ts < (coveredUntil.get(thread) ?? 0)) continue;
    coveredUntil.set(thread, task.ts + (task.dur ?? 0));
    totalUs += task.tdur ?? 0;
  }
  return totalUs / 1000;
}

/** EventLatency spans of KEY_PRESSED events (async begin/end pairs sharing an id), in ms. */
export function keyPressLatenciesMs(events: readonly TraceEvent[]): number[] {
  const open = new Map<string, TraceEvent>();
  const latencies: number[] = [];
  for (const event of [...events].sort((a, b) => a.ts - b.ts)) {
    if (event.name !== "EventLatency") continue;
    const id = `${event.pid}:${event.id2?.local}`;
    if (event.ph === "b") open.set(id, event);
    const begin = open.get(id);
    if (event.ph !== "e" || !begin) continue;
    open.delete(id);
    if (begin.args?.event_latency?.event_type === "KEY_PRESSED") latencies.push((event.ts - begin.ts) / 1000);
  }
  return latencies;
}
