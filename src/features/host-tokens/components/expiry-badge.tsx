import { Badge } from "../../../components/ui/badge";
import { formatDateTime, formatUtc, toDate, type TimeValue } from "../../../lib/format";
import { expiryBadge } from "../expiry";
import { useNow } from "../../../lib/use-now";

/** Expired / expires in N days / no expiry; the exact time (local, UTC on hover) next to it. */
export function ExpiryBadge({ expiresAt }: { expiresAt: TimeValue }) {
  const now = useNow();
  const date = toDate(expiresAt);
  const badge = expiryBadge(date, now);
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      <Badge tone={badge.tone} dot>
        {badge.label}
      </Badge>
      {date ? (
        <time
          dateTime={date.toISOString()}
          title={formatUtc(date)}
          className="text-xs whitespace-nowrap text-slate-500 dark:text-slate-400"
        >
          {formatDateTime(date)}
        </time>
      ) : null}
    </span>
  );
}
