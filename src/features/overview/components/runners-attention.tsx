import { Link } from "@tanstack/react-router";
import type { AttentionReason, RunnerAttention } from "../../../api/fleet/attention";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { RelativeTime } from "../../../components/ui/relative-time";
import { RunnerSummaryStatusBadge } from "../../../components/ui/runner-phase-badge";

/** The overview lists this many; the rest are one link away. */
export const ATTENTION_SHOWN = 10;

function Reason({ reason }: { reason: AttentionReason }) {
  switch (reason.kind) {
    case "degraded":
      return <>Degraded{reason.message ? `: ${reason.message}` : ""}</>;
    case "inactive":
      return <>Inactive: not running environments</>;
    case "stale":
      return reason.lastSeenMs ? (
        <>
          No heartbeat since <RelativeTime value={new Date(reason.lastSeenMs)} />
        </>
      ) : (
        <>Has never sent a heartbeat</>
      );
    case "stuckCreated":
      return (
        <>
          Created <RelativeTime value={new Date(reason.createdAtMs)} /> and never connected
        </>
      );
    case "outdated":
      return (
        <>
          Version {reason.version} is behind {reason.newest}
        </>
      );
    case "tokenExpiring":
      return <>A host token is expired or expires within 7 days</>;
  }
}

interface RunnersAttentionProps {
  /** Every runner needing attention, most severe first. */
  items: readonly RunnerAttention[];
  nowMs: number;
  complete: boolean;
}

/** The most severe few, each linking to its runner, then a link to the whole list. */
export function RunnersAttention({ items, nowMs, complete }: RunnersAttentionProps) {
  const shown = items.slice(0, ATTENTION_SHOWN);
  const more = items.length - shown.length;
  return (
    <Card>
      <CardHeader
        title="Runners that need attention"
        description={`Degraded first, then silent or inactive, stuck in Created, behind the newest version, or with expiring host tokens${complete ? "" : " (among the runners read so far)"}`}
      />
      <CardBody className="py-2">
        {items.length === 0 ? (
          <p className="py-4 text-sm text-slate-600 dark:text-slate-400">All runners are healthy and up to date.</p>
        ) : (
          <ol aria-label="Runners that need attention" className="divide-y divide-slate-100 dark:divide-slate-800">
            {shown.map(({ runner, reasons }) => (
              <li key={runner.id} className="flex flex-wrap items-start justify-between gap-2 py-2.5">
                <div className="min-w-0">
                  <Link
                    to="/runners/$runnerId"
                    params={{ runnerId: runner.id }}
                    className="text-sm font-medium text-link hover:underline focus-visible:outline-2 focus-visible:outline-brand"
                  >
                    {runner.name || runner.id}
                  </Link>
                  <ul className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
                    {reasons.map((reason) => (
                      <li key={reason.kind}>
                        <Reason reason={reason} />
                      </li>
                    ))}
                  </ul>
                </div>
                <RunnerSummaryStatusBadge runner={runner} nowMs={nowMs} />
              </li>
            ))}
          </ol>
        )}
        {more > 0 ? (
          <div className="border-t border-slate-100 pt-3 pb-1 dark:border-slate-800">
            <Link to="/runners" search={{ attention: true }} className={buttonClasses("ghost", "sm")}>
              and {more.toLocaleString("en-US")} more →
            </Link>
          </div>
        ) : null}
      </CardBody>
    </Card>
  );
}
