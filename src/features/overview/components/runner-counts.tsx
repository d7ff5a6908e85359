import { Link } from "@tanstack/react-router";
import { useMemo } from "react";
import { runnerProviderText } from "../../../../common/enum-labels";
import { RUNNER_STATUS_NAMES, runnerStatusLabels } from "../../../api/fleet/fleet-params";
import { countBy, countByStatus } from "../../../api/fleet/fleet-views";
import { kindName, providerName } from "../../../api/fleet/fleet-url";
import type { RunnerSummary } from "../../../api/fleet/runner-summary";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { isOutdated, newestVersion } from "../../../lib/versions";
import { StatusNameBadge } from "../../../components/ui/runner-phase-badge";
import { CountList, type CountItem } from "./count-list";

interface RunnerCountsProps {
  runners: readonly RunnerSummary[];
  nowMs: number;
  /** Every runner is indexed; otherwise the counts cover those read so far. */
  complete: boolean;
}

const MAX_VERSIONS = 6;
const plural = (n: number) => `${n.toLocaleString("en-US")} runner${n === 1 ? "" : "s"}`;

/** Runners by status, provider and version; each count links to the runners list filtered to those runners. */
export function RunnerCounts({ runners, nowMs, complete }: RunnerCountsProps) {
  const { byStatus, byProvider, byVersion, newest, outdated } = useMemo(() => {
    const statusCounts = countByStatus(runners, nowMs);
    const byStatus: CountItem[] = RUNNER_STATUS_NAMES.flatMap((status) => {
      const count = statusCounts.get(status) ?? 0;
      return count ? [{ key: status, label: <StatusNameBadge status={status} />, count, search: { phase: status }, linkLabel: `${plural(count)} ${runnerStatusLabels[status]}` }] : [];
    });
    // By the provider's name; the local configuration runner, which has no provider, counts under its kind.
    const firsts = new Map<string, RunnerSummary>();
    const providerCounts = countBy(runners, (runner) => {
      const text = runnerProviderText(runner) || "Not specified";
      if (!firsts.has(text)) firsts.set(text, runner);
      return text;
    });
    const byProvider: CountItem[] = [...providerCounts].map(([text, count]) => {
      const sample = firsts.get(text);
      const provider = sample ? providerName(sample.provider) : undefined;
      const kind = sample && !provider ? kindName(sample.kind) : undefined;
      return { key: text, label: text, count, search: provider ? { provider: [provider] } : kind ? { kind: [kind] } : {}, linkLabel: `${plural(count)} on ${text}` };
    });
    const byVersion: CountItem[] = [...countBy(runners, (runner) => runner.version)]
      .filter(([version]) => version !== "")
      .map(([version, count]) => ({ key: version, label: <span className="font-mono text-xs">{version}</span>, count, search: { version }, linkLabel: `${plural(count)} on version ${version}` }));
    const newest = newestVersion(new Set(runners.map((runner) => runner.version)));
    const outdated = runners.filter((runner) => isOutdated(runner.version, newest)).length;
    return { byStatus, byProvider, byVersion, newest, outdated };
  }, [runners, nowMs]);
  const sofar = complete ? "" : " so far";
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card>
        <CardHeader title="Runners by status" description={`${plural(runners.length)} in total${sofar}`} />
        <CardBody className="py-2">
          <CountList label="Runners by status" items={byStatus} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Runners by provider" description="Where your runners run" />
        <CardBody className="py-2">
          <CountList label="Runners by provider" items={byProvider} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Runners by version" description="Versions the runners report" />
        <CardBody className="py-2">
          <CountList label="Runners by version" items={byVersion} limit={MAX_VERSIONS} moreText={(others) => `and ${others} older or rarer versions`} />
          {outdated > 0 ? <OutdatedRunners count={outdated} newest={newest} /> : null}
        </CardBody>
      </Card>
    </div>
  );
}

/** The outdated count, with a way into the fleet update that turns on auto-update for exactly those runners. */
function OutdatedRunners({ count, newest }: { count: number; newest: string }) {
  return (
    <div className="mt-2 border-t border-slate-100 pt-3 pb-1 text-sm dark:border-slate-800">
      <Link to="/runners" search={{ outdated: true }} className="font-medium text-link hover:underline focus-visible:outline-2 focus-visible:outline-brand">
        {plural(count)} outdated
      </Link>
      <span className="text-slate-600 dark:text-slate-400"> (behind {newest})</span>
      <div className="mt-2">
        <Link to="/runners" search={{ outdated: true, update: "auto-update" }} className={buttonClasses("secondary", "sm")}>
          Turn on auto-update for these
        </Link>
      </div>
    </div>
  );
}
