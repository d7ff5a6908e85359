import { useTransport } from "@connectrpc/connect-query";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { MAX_PAGE_SIZE, useAllPages } from "../../../api/paging";
import { listRunnersOptions, runnersOf } from "../../../api/runners/list-runners";
import { useUpdateRunner } from "../../../api/runners/update-runner";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { Switch } from "../../../components/ui/switch";
import { toast } from "../../../components/ui/toast";
import { RunnerKind } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase, RunnerService, type Runner } from "../../../gen/gitpod/v1/runner_pb";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { localRunnersRequest } from "../runner-requests";

const LOCAL_ONLY = { kinds: [RunnerKind.LOCAL], providers: [], creatorIds: [] };

/** The organization's local runners (up to 2000), to say how many the switch affects. */
function useLocalRunnerCount() {
  const query = useInfiniteQuery(listRunnersOptions(useTransport(), { filter: LOCAL_ONLY, pageSize: MAX_PAGE_SIZE }));
  const { rows, complete, capped } = useAllPages(query, runnersOf, 20);
  if (!complete && !capped) return undefined;
  const count = `${rows.length}${capped ? "+" : ""}`;
  return `${count} local runner${rows.length === 1 ? "" : "s"}`;
}

/**
 * desiredPhase of the local-configuration runner: the reference's org-wide switch. Off stops every local runner
 * (INACTIVE) and their environments until it is turned on again.
 */
export function LocalRunnersSwitch({ runner, canUpdate }: { runner: Runner; canUpdate: boolean }) {
  const update = useUpdateRunner();
  const allowed = runner.spec?.desiredPhase !== RunnerPhase.INACTIVE;
  const [confirming, setConfirming] = useState(false);
  const affected = useLocalRunnerCount();
  const affectedText = affected ?? "All local runners";

  const apply = async () => {
    await update.mutateAsync(localRunnersRequest(runner.runnerId, !allowed));
    toast.success(allowed ? "Local runners are turned off" : "Local runners are allowed again");
  };

  return (
    <Card>
      <CardHeader title="Local runners in this organization" description="Whether members may run environments on local runners (their own machines)." />
      <CardBody className="space-y-2">
        <Switch
          label="Allow local runners in this organization"
          help={allowed ? `${affectedText} may run environments.` : `Turned off: ${affectedText.toLowerCase()} are stopped and cannot start environments.`}
          checked={allowed}
          disabled={!canUpdate || update.isPending}
          onChange={() => setConfirming(true)}
        />
        {canUpdate ? null : <p className="text-sm text-slate-600 dark:text-slate-400">Only organization admins can change this.</p>}
      </CardBody>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={allowed ? "Turn off local runners?" : "Allow local runners again?"}
        description={
          allowed
            ? `${affectedText} in this organization will stop, with the environments running on them. They cannot be started again until local runners are allowed again. This affects everyone in the organization who uses local runners.`
            : `${affectedText} may run environments again; each one turns active on its next heartbeat.`
        }
        variant={allowed ? "danger" : "primary"}
        confirmLabel={allowed ? "Turn off local runners" : "Allow local runners"}
        onConfirm={apply}
        extraActions={<ShowApiCallButton method={RunnerService.method.updateRunner} request={() => localRunnersRequest(runner.runnerId, !allowed)} />}
      />
    </Card>
  );
}
