import { Link } from "@tanstack/react-router";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { RunnerPhaseBadge } from "../../../components/ui/runner-phase-badge";
import { Spinner } from "../../../components/ui/spinner";
import { RunnerPhase, type Runner } from "../../../gen/gitpod/v1/runner_pb";
import { useConsoleConfig } from "../../../lib/console-config";
import { useRunner } from "../../../api/runners/get-runner";
import { FakeRunnerHint, OneTimeToken } from "./one-time-token";
import { RUNNER_DOCS_URL, providerChoice } from "./providers";

const WATCH_INTERVAL_MS = 2_000;

interface CreatedRunnerPanelProps {
  runner: Runner;
  exchangeToken: string;
}

/** After creation: the exchange token (once), the next step, and the runner's phase until it connects. */
export function CreatedRunnerPanel({ runner, exchangeToken }: CreatedRunnerPanelProps) {
  const { mode } = useConsoleConfig();
  const live = useRunner(runner.runnerId, {
    refetchInterval: (current) => (current?.runner?.status?.phase === RunnerPhase.ACTIVE ? false : WATCH_INTERVAL_MS),
  });
  const phase = live.data?.runner?.status?.phase ?? runner.status?.phase ?? RunnerPhase.UNSPECIFIED;
  const active = phase === RunnerPhase.ACTIVE;
  const providerTitle = providerChoice(runner.provider)?.title ?? "this provider";
  return (
    <Card>
      <CardHeader title={`Runner "${runner.name}" created`} description="Use the exchange token to connect the runner. It is not stored in the console." />
      <CardBody className="space-y-5">
        <OneTimeToken label="Exchange token" token={exchangeToken} />
        {mode === "local" ? (
          <FakeRunnerHint token={exchangeToken} />
        ) : (
          <p className="text-sm">
            Next, install the runner: follow{" "}
            <a href={RUNNER_DOCS_URL} target="_blank" rel="noreferrer" className="text-link underline">
              the {providerTitle} runner setup guide
            </a>{" "}
            and give it this exchange token.
          </p>
        )}
        <div role="status" aria-live="polite" className="flex flex-wrap items-center gap-3 text-sm">
          <span>Runner status:</span>
          <RunnerPhaseBadge phase={phase} />
          {active ? <span>The runner is connected.</span> : <Spinner label="Waiting for the runner to connect" />}
        </div>
        <Link to="/runners/$runnerId" params={{ runnerId: runner.runnerId }} className={buttonClasses(active ? "primary" : "secondary")}>
          Open runner {runner.name}
        </Link>
      </CardBody>
    </Card>
  );
}
