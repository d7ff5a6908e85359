import { formatRelative, formatUtc, toDate, type TimeValue } from "../../lib/format";
import { useNow } from "../../lib/use-now";

interface RelativeTimeProps {
  value: TimeValue;
  /** Shown when there is no time. */
  fallback?: string;
  className?: string;
}

/** "5 minutes ago" in the browser's locale; the exact UTC time in the tooltip and the <time> element. */
export function RelativeTime({ value, fallback = "—", className }: RelativeTimeProps) {
  const now = useNow();
  const date = toDate(value);
  if (!date) return <span className={className}>{fallback}</span>;
  const utc = formatUtc(date);
  return (
    <time dateTime={date.toISOString()} title={utc} className={className}>
      {formatRelative(date, now)}
    </time>
  );
}
