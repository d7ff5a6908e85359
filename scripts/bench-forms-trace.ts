// CPU time of the renderer's main thread while an action runs, from a Chromium trace. Wall-clock figures swell when
// other processes compete for the cores; thread CPU time barely moves, so the benchmark reports both.
import type { Browser, Page } from "@playwright/test";

interface TraceEvent {
  pid: number;
  tid: number;
  ph: string;
  name: string;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export async function mainThreadCpuMs(
  browser: Browser,
  page: Page,
  action: () => Promise<void>,
): Promise<number> {
  await browser.startTracing(page, { categories: ["toplevel"] });
  await action();
  const buffer = await browser.stopTracing();
  const trace: { traceEvents: TraceEvent[] } = JSON.parse(buffer.toString("utf8"));
  return rendererMainCpuMs(trace.traceEvents);
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
