import { useSyncExternalStore } from "react";
import { onServerClockChange, serverNow } from "./server-clock";

// One shared tick for every clock-driven view on the page (relative times, expiry badges), instead of a timer each.
const TICK_MS = 30_000;
let now = serverNow();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let stopWatchingClock: (() => void) | undefined;

function refresh() {
  now = serverNow();
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = serverNow();
    timer = setInterval(refresh, TICK_MS);
    stopWatchingClock = onServerClockChange(refresh);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
      stopWatchingClock?.();
    }
  };
}

function getNow() {
  return now;
}

/** The server's current time (see ./server-clock), re-read every 30 s, so "5 minutes ago" moves on by itself. */
export function useNow(): Date {
  return new Date(useSyncExternalStore(subscribe, getNow, getNow));
}
