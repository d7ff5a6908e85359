import { useState } from "react";
import { RunnerKind } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase } from "../../../gen/gitpod/v1/runner_pb";
import { useLoadedRunner } from "../../../api/runners/get-runner";
import { RUNNER_STATUS_REFRESH_MS } from "../../../api/runners/list-runners";
import { LeaveGuard } from "../../../components/ui/leave-guard";
import { LocalRunnersSwitch } from "./local-runners-switch";
import { RunnerConfigurationTab } from "./runner-configuration-tab";
import { RunnerDangerZone } from "./runner-danger-zone";
import { RunnerOverview } from "./runner-overview";
import { RunnerTabGate } from "./runner-tab-gate";
import { RunnerTokensTab } from "./runner-tokens-tab";
import { useRunnerPermissions } from "./use-runner-permissions";

// The runner tabs backed by this feature; each reads the runner the detail route already loaded.

function useTabRunner(runnerId: string) {
  const { data } = useLoadedRunner(runnerId, RUNNER_STATUS_REFRESH_MS);
  if (!data.runner) throw new Error("The server answered GetRunner without a runner");
  return data.runner;
}

export function RunnerOverviewPage({ runnerId }: { runnerId: string }) {
  const runner = useTabRunner(runnerId);
  const { canUpdate } = useRunnerPermissions(runnerId);
  if (runner.kind !== RunnerKind.LOCAL_CONFIGURATION) return <RunnerOverview runner={runner} />;
  return (
    <div className="space-y-4">
      <LocalRunnersSwitch runner={runner} canUpdate={canUpdate} />
      <RunnerOverview runner={runner} />
    </div>
  );
}

export function RunnerConfigurationPage({ runnerId }: { runnerId: string }) {
  const runner = useTabRunner(runnerId);
  const { canUpdate } = useRunnerPermissions(runnerId);
  const [dirty, setDirty] = useState(false);
  return (
    <>
      <LeaveGuard when={dirty} />
      <RunnerConfigurationTab runner={runner} canUpdate={canUpdate && runner.status?.phase !== RunnerPhase.DELETING} onDirtyChange={setDirty} />
    </>
  );
}

export function RunnerTokensPage({ runnerId }: { runnerId: string }) {
  const runner = useTabRunner(runnerId);
  const { pending, canUseTokensTab, canCreateToken, canCreateLogsToken, canDelete } = useRunnerPermissions(runnerId);
  return (
    <RunnerTabGate
      runnerId={runnerId}
      runnerName={runner.name}
      pending={pending}
      allowed={canUseTokensTab}
      purpose="Creating runner and logs tokens"
    >
      <RunnerTokensTab
        runner={runner}
        canCreateToken={canCreateToken}
        canCreateLogsToken={canCreateLogsToken}
        canDelete={canDelete}
      />
    </RunnerTabGate>
  );
}

export function RunnerDangerZonePage({ runnerId }: { runnerId: string }) {
  const runner = useTabRunner(runnerId);
  const { pending, canUseDangerZone, canUpdate, canDelete } = useRunnerPermissions(runnerId);
  return (
    <RunnerTabGate
      runnerId={runnerId}
      runnerName={runner.name}
      pending={pending}
      allowed={canUseDangerZone}
      purpose="Renaming and deleting the runner"
    >
      <RunnerDangerZone runner={runner} canUpdate={canUpdate} canDelete={canDelete} />
    </RunnerTabGate>
  );
}
