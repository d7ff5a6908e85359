import { Link } from "@tanstack/react-router";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { RelativeTime } from "../../../components/ui/relative-time";
import { RunnerPhaseBadge } from "../../../components/ui/runner-phase-badge";
import type { AttentionReason, RunnerAttention } from "../summarize";
import { phaseOf } from "../summarize";

function Reason({ reason }: { reason: AttentionReason }) {
  switch (reason.kind) {
    case "degraded":
      return <>Degraded{reason.message ? `: ${reason.message}` : ""}</>;
    case "outdated":
      return (
        <>
          Version {reason.version} is behind {reason.newest}
        </>
      );
    case "stale":
      return reason.lastUpdate ? (
        <>
          No status update since <RelativeTime value={reason.lastUpdate} />
        </>
      ) : (
        <>Has never reported a status</>
      );
  }
}

/** Degraded, outdated and silent runners, each linking to its page. */
export function RunnersAttention({ items }: { items: RunnerAttention[] }) {
  return (
    <Card>
      <CardHeader title="Runners that need attention" description="Degraded, behind the newest version, or silent for over 10 minutes" />
      <CardBody className="py-2">
        {items.length === 0 ? (
          <p className="py-4 text-sm text-slate-600 dark:text-slate-400">All runners are healthy and up to date.</p>
        ) : (
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {items.map(({ runner, reasons }) => (
              <li key={runner.runnerId} className="flex flex-wrap items-start justify-between gap-2 py-2.5">
                <div className="min-w-0">
                  <Link
                    to="/runners/$runnerId"
                    params={{ runnerId: runner.runnerId }}
                    className="text-sm font-medium text-link hover:underline focus-visible:outline-2 focus-visible:outline-brand"
                  >
                    {runner.name || runner.runnerId}
                  </Link>
                  <ul className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
                    {reasons.map((reason) => (
                      <li key={reason.kind}>
                        <Reason reason={reason} />
                      </li>
                    ))}
                  </ul>
                </div>
                <RunnerPhaseBadge phase={phaseOf(runner)} />
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
