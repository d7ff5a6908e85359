/**
 * Runs `task` once the browser has painted the current frame (a frame, then a task), or after `latestMs` when no
 * frame comes (a hidden tab). Returns a cancel function.
 */
export function afterNextPaint(task: () => void, latestMs = 200): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  const fallback = setTimeout(run, latestMs);
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const frame = typeof requestAnimationFrame === "function" ? requestAnimationFrame(() => (afterFrame = setTimeout(run, 0))) : undefined;
  return () => {
    done = true;
    clearTimeout(fallback);
    if (afterFrame !== undefined) clearTimeout(afterFrame);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}
