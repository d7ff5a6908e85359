import { useCallback, useRef } from "react";

/**
 * Wraps an async action so a call made while one is still running is dropped: a double click on a submit button
 * sends one request even before the button has re-rendered as disabled (forms validate asynchronously first).
 */
export function useSingleFlight<Args extends unknown[]>(
  action: (...args: Args) => Promise<void>,
): (...args: Args) => Promise<void> {
  const running = useRef(false);
  const latest = useRef(action);
  latest.current = action;
  return useCallback(async (...args: Args) => {
    if (running.current) return;
    running.current = true;
    try {
      await latest.current(...args);
    } finally {
      running.current = false;
    }
  }, []);
}
