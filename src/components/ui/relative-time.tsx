import { useSyncExternalStore } from "react";
import { formatRelative, formatUtc, toDate, type TimeValue } from "../../lib/format";

// One shared minute tick for every <RelativeTime> on the page, instead of a timer each.
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

interface RelativeTimeProps {
  value: TimeValue;
  /** Shown when there is no time. */
  fallback?: string;
  className?: string;
}

/** "5 minutes ago" in the browser's locale; the exact UTC time in the tooltip and the <time> element. */
export function RelativeTime({ value, fallback = "—", className }: RelativeTimeProps) {
  const current = useSyncExternalStore(subscribe, () => now, () => now);
  const date = toDate(value);
  if (!date) return <span className={className}>{fallback}</span>;
  const utc = formatUtc(date);
  return (
    <time dateTime={date.toISOString()} title={utc} className={className}>
      {formatRelative(date, new Date(current))}
    </time>
  );
}
