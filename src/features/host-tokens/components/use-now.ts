import { useSyncExternalStore } from "react";

// One shared tick for every expiry badge on screen; paused while the tab is hidden (no listeners fire then anyway).
const TICK_MS = 30_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      if (typeof document !== "undefined" && document.visibilityState === "hidden") return;
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time, re-read every 30 s while the page is visible, so "expires in N days" moves on by itself. */
export function useNow(): Date {
  const current = useSyncExternalStore(
    subscribe,
    () => now,
    () => now,
  );
  return new Date(current);
}
