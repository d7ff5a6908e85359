// The server's clock as seen from the browser: relative times ("last seen 2 minutes ago", "expires in 8 hours")
// are measured against it, so a browser clock hours off still reads what the server means.

let offsetMs = 0;
const changeListeners = new Set<() => void>();

/** Runs when the offset changes (useNow re-reads the time then, instead of waiting for its next tick). */
export function onServerClockChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

function setOffset(next: number) {
  if (next === offsetMs) return;
  offsetMs = next;
  for (const listener of changeListeners) listener();
}
// The Date header has whole seconds: smaller differences are rounding, not skew, and would make times jitter.
const DATE_HEADER_RESOLUTION_MS = 2_000;

/** The server's current time (the browser's clock plus the last known offset). */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

/** An exact server time, e.g. console-config.json's `now` at boot. */
export function observeServerTime(serverTimeMs: number, browserTimeMs = Date.now()): void {
  if (Number.isFinite(serverTimeMs)) setOffset(serverTimeMs - browserTimeMs);
}

/** An API response's `Date` header (second resolution): moves the offset only when it is off by more than rounding. */
export function observeDateHeader(header: string | null, browserTimeMs = Date.now()): void {
  if (!header) return;
  const serverTimeMs = Date.parse(header);
  if (!Number.isFinite(serverTimeMs)) return;
  const offset = serverTimeMs - browserTimeMs;
  if (Math.abs(offset - offsetMs) > DATE_HEADER_RESOLUTION_MS) setOffset(offset);
}

/** Test helper: forget what was observed. */
export function resetServerClock(): void {
  setOffset(0);
}
