/** Whether this browser reports paint timing and the page's first contentful paint has not reached the screen yet. */
function firstPaintPending(): boolean {
  if (typeof PerformanceObserver === "undefined" || !PerformanceObserver.supportedEntryTypes?.includes("paint")) return false;
  return performance.getEntriesByName("first-contentful-paint").length === 0;
}

/**
 * Runs `task` once the browser has painted the current frame (a frame, then a task) and, on the page's first load,
 * once that first paint is on screen: a frame is drawn some milliseconds before it is shown, and work started in
 * between still holds up the first paint. After `latestMs` it runs anyway (a hidden tab paints nothing). Returns a
 * cancel function.
 */
export function afterNextPaint(task: () => void, latestMs = 200): () => void {
  let done = false;
  let observer: PerformanceObserver | undefined;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    task();
  };
  const fallback = setTimeout(run, latestMs);
  const runOncePainted = () => {
    if (!firstPaintPending()) return run();
    observer = new PerformanceObserver(() => {
      if (!firstPaintPending()) run();
    });
    observer.observe({ type: "paint" });
  };
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const frame = typeof requestAnimationFrame === "function" ? requestAnimationFrame(() => (afterFrame = setTimeout(runOncePainted, 0))) : undefined;
  return () => {
    done = true;
    clearTimeout(fallback);
    if (afterFrame !== undefined) clearTimeout(afterFrame);
    if (frame !== undefined) cancelAnimationFrame(frame);
    observer?.disconnect();
  };
}
