import { runnerProviderText } from "../../../../common/enum-labels";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { RunnerPhaseBadge } from "../../../components/ui/runner-phase-badge";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { countBy, phaseOf } from "../summarize";
import { CountList } from "./count-list";

interface RunnerCountsProps {
  runners: Runner[];
  /** The page cap was reached: counts are lower bounds, shown as "≥ N". */
  capped: boolean;
}

/** Runners by phase and by provider. */
export function RunnerCounts({ runners, capped }: RunnerCountsProps) {
  const total = `${capped ? "≥ " : ""}${runners.length}`;
  const byPhase = [...countBy(runners, phaseOf)].map(([phase, count]) => ({ key: phase, label: <RunnerPhaseBadge phase={phase} />, count }));
  // By the provider's name; the local configuration runner, which has no provider, counts under its kind.
  const byProvider = [...countBy(runners, (runner) => runnerProviderText(runner) || "Not specified")].map(([name, count]) => ({ key: name, label: name, count }));
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card>
        <CardHeader title="Runners by phase" description={`${total} runner${runners.length === 1 ? "" : "s"} in total`} />
        <CardBody className="py-2">
          <CountList label="Runners by phase" items={byPhase} capped={capped} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Runners by provider" description={capped ? "Counted over the first 1,000 runners" : "Where your runners run"} />
        <CardBody className="py-2">
          <CountList label="Runners by provider" items={byProvider} capped={capped} />
        </CardBody>
      </Card>
    </div>
  );
}
