import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { Button } from "../../../components/ui/button";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { toast } from "../../../components/ui/toast";
import { RunnerService, type Runner } from "../../../gen/gitpod/v1/runner_pb";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { createRunnerLogsTokenRequest, createRunnerTokenRequest } from "../runner-requests";
import { useConsoleConfig } from "../../../lib/console-config";
import { useCreateRunnerLogsToken } from "../../../api/runners/create-runner-logs-token";
import { useCreateRunnerToken } from "../../../api/runners/create-runner-token";
import { FakeRunnerHint, OneTimeToken } from "./one-time-token";

interface RunnerTokensTabProps {
  runner: Runner;
  canCreateToken: boolean;
  canCreateLogsToken: boolean;
  /** Deleting the runner is the only way to revoke its credentials: the tab points there when the user may. */
  canDelete: boolean;
}

/** New runner (exchange) token and logs token; each shown once and kept only in this component's state. */
export function RunnerTokensTab({ runner, canCreateToken, canCreateLogsToken, canDelete }: RunnerTokensTabProps) {
  const { mode } = useConsoleConfig();
  const runnerToken = useCreateRunnerToken();
  const logsToken = useCreateRunnerLogsToken();
  const [exchangeToken, setExchangeToken] = useState("");
  const [logsAccessToken, setLogsAccessToken] = useState("");
  const [confirming, setConfirming] = useState(false);

  const createRunnerToken = async () => {
    const response = await runnerToken.call(createRunnerTokenRequest(runner.runnerId));
    setExchangeToken(response.exchangeToken);
    toast.success("New runner token created");
  };
  const createLogsToken = async () => {
    try {
      const response = await logsToken.call(createRunnerLogsTokenRequest(runner.runnerId));
      setLogsAccessToken(response.accessToken);
      toast.success("Logs token created");
    } catch (error) {
      toast.error("Could not create a logs token", error);
    }
  };

  return (
    <div className="space-y-4">
      <Card>
        <CardHeader
          title="Runner token"
          description="An exchange token lets the runner connect, e.g. after you reinstall it or when its token has expired. Creating one does not expire tokens issued before: a running runner keeps working."
          actions={
            canCreateToken ? (
              <Button variant="primary" size="sm" onClick={() => setConfirming(true)}>
                New runner token
              </Button>
            ) : null
          }
        />
        <CardBody className="space-y-4">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Tokens cannot be revoked one by one. To cut this runner off, delete the runner
            {canDelete ? (
              <>
                {" "}
                in the{" "}
                <Link
                  to="/runners/$runnerId/danger-zone"
                  params={{ runnerId: runner.runnerId }}
                  className="font-medium text-link hover:underline focus-visible:outline-2 focus-visible:outline-brand"
                >
                  Danger zone
                </Link>
              </>
            ) : null}
            .
          </p>
          {exchangeToken ? (
            <>
              <OneTimeToken label="Exchange token" token={exchangeToken} />
              {mode === "local" ? <FakeRunnerHint token={exchangeToken} /> : null}
            </>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {canCreateToken ? "Tokens are shown only once, right after they are created." : "You do not have permission to create runner tokens."}
            </p>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title="Logs token"
          description="An access token for reading this runner's logs."
          actions={
            canCreateLogsToken ? (
              <div className="flex flex-wrap gap-2">
                <ShowApiCallButton
                  size="sm"
                  method={RunnerService.method.createRunnerLogsToken}
                  request={() => createRunnerLogsTokenRequest(runner.runnerId)}
                />
                <Button size="sm" onClick={() => void createLogsToken()} loading={logsToken.isPending}>
                  New logs token
                </Button>
              </div>
            ) : null
          }
        />
        <CardBody>
          {logsAccessToken ? (
            <OneTimeToken label="Logs token" token={logsAccessToken} />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {canCreateLogsToken ? "Shown only once, right after it is created." : "You do not have permission to create logs tokens."}
            </p>
          )}
        </CardBody>
      </Card>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Create a new token for ${runner.name}?`}
        description="The token is shown once, right after it is created. Tokens issued before stay valid."
        confirmLabel="Create token"
        onConfirm={createRunnerToken}
        extraActions={<ShowApiCallButton method={RunnerService.method.createRunnerToken} request={() => createRunnerTokenRequest(runner.runnerId)} />}
      />
    </div>
  );
}
