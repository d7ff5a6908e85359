import { useSyncExternalStore } from "react";

// One shared tick for every clock-driven view on the page (relative times, expiry badges), instead of a timer each.
const TICK_MS = 30_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
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

function getNow() {
  return now;
}

/** The current time, re-read every 30 s, so "5 minutes ago" or "expires in N days" moves on by itself. */
export function useNow(): Date {
  return new Date(useSyncExternalStore(subscribe, getNow, getNow));
}
