import { formatRelative, formatUtc, toDate, type TimeValue } from "../../lib/format";
import { useNow } from "../../lib/use-now";

interface RelativeTimeProps {
  value: TimeValue;
  /** Shown when there is no time. */
  fallback?: string;
  className?: string;
  /**
   * "past" (default): an event that happened (last seen, created), so never "in 3 minutes" even if the clocks
   * disagree by a little; "any" for times that may lie ahead, such as an expiry.
   */
  tense?: "past" | "any";
}

/** "5 minutes ago" against the server's clock, in the browser's locale; the exact UTC time in the tooltip and <time>. */
export function RelativeTime({ value, fallback = "—", className, tense = "past" }: RelativeTimeProps) {
  const now = useNow();
  const date = toDate(value);
  if (!date) return <span className={className}>{fallback}</span>;
  const utc = formatUtc(date);
  const shown = tense === "past" && date.getTime() > now.getTime() ? now : date;
  return (
    <time dateTime={date.toISOString()} title={utc} className={className}>
      {formatRelative(shown, now)}
    </time>
  );
}
