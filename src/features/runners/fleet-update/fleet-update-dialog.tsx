import { useMemo, useState } from "react";
import type { RunnerSummary } from "../../../api/fleet/runner-summary";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { Button } from "../../../components/ui/button";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { Dialog } from "../../../components/ui/dialog";
import { buildFleetUpdateRequest, FLEET_UPDATE_CONCURRENCY, requestFor } from "./fleet-change";
import { changeOf, FleetChangeForm, type FleetChangeValues } from "./fleet-change-form";
import { planFleetUpdate } from "./fleet-update-plan";
import { FleetUpdatePreview } from "./fleet-update-preview";
import { FleetUpdateResults } from "./fleet-update-results";
import { runnersText } from "./plan-text";
import { useFleetUpdateRun } from "./use-fleet-update-run";
import { useUpdatePermissions } from "./use-update-permissions";

interface FleetUpdateDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The runners chosen (by hand, or every one matching the list's search and filters). */
  runners: readonly RunnerSummary[];
  /** What the form starts with (e.g. auto-update on, from the overview's outdated runners). */
  initialValues: FleetChangeValues;
  /** How the runners were chosen, for the description ("3 selected runners", "all 37 outdated runners"). */
  chosenText: string;
}

/** Choose settings → preview what changes where → apply a few at a time with progress → retry the failed ones. */
export function FleetUpdateDialog({ open, onOpenChange, runners, initialValues, chosenText }: FleetUpdateDialogProps) {
  return open ? <OpenFleetUpdateDialog onOpenChange={onOpenChange} runners={runners} initialValues={initialValues} chosenText={chosenText} /> : null;
}

function OpenFleetUpdateDialog({ onOpenChange, runners, initialValues, chosenText }: Omit<FleetUpdateDialogProps, "open">) {
  const [values, setValues] = useState(initialValues);
  // Fixed once applying starts: retries send the very same request.
  const [applied, setApplied] = useState<{ values: FleetChangeValues; targets: RunnerSummary[] } | undefined>();
  const change = useMemo(() => changeOf(applied?.values ?? values), [applied, values]);
  const request = useMemo(() => buildFleetUpdateRequest(change), [change]);
  const permissions = useUpdatePermissions(runners);
  const plan = useMemo(() => planFleetUpdate(runners, change, permissions.permission), [runners, change, permissions]);
  const run = useFleetUpdateRun(request);
  const failedCount = [...run.results.values()].filter((result) => result.state === "failed").length;

  const close = (next: boolean) => {
    if (run.running) return;
    onOpenChange(next);
  };
  const apply = () => {
    const targets = plan.toUpdate.map((update) => update.runner);
    setApplied({ values, targets });
    run.start(targets.map((runner) => runner.id));
  };

  return (
    <Dialog
      open
      onOpenChange={close}
      size="lg"
      title={applied ? "Updating runner settings" : "Update runner settings"}
      description={applied ? undefined : `Change settings of ${chosenText}. Settings left as they are stay as each runner has them.`}
      footer={
        applied ? (
          <>
            {run.running ? (
              <Button onClick={run.stop}>Stop</Button>
            ) : failedCount > 0 ? (
              <Button onClick={run.retryFailed}>Retry {failedCount.toLocaleString("en-US")} failed</Button>
            ) : null}
            <Button variant="primary" disabled={run.running} onClick={() => close(false)}>
              Close
            </Button>
          </>
        ) : (
          <>
            {plan.toUpdate[0] ? (
              <div className="mr-auto">
                <ShowApiCallButton
                  method={RunnerService.method.updateRunner}
                  request={() => plan.toUpdate[0] && requestFor(request, plan.toUpdate[0].runner.id)}
                  note={`Sent once per runner, ${runnersText(plan.toUpdate.length)} in all, ${FLEET_UPDATE_CONCURRENCY} at a time: each request is this one with that runner's runnerId (shown here for ${plan.toUpdate[0].runner.name}).`}
                />
              </div>
            ) : null}
            <Button onClick={() => close(false)}>Cancel</Button>
            <Button variant="primary" disabled={plan.toUpdate.length === 0 || plan.checking > 0} onClick={apply}>
              Update {runnersText(plan.toUpdate.length)}
            </Button>
          </>
        )
      }
    >
      {applied ? (
        <FleetUpdateResults runners={applied.targets} results={run.results} running={run.running} stopped={run.stopped} />
      ) : (
        <>
          <FleetChangeForm values={values} onChange={setValues} />
          <FleetUpdatePreview plan={plan} change={change} checking={permissions.total > 0 ? permissions : undefined} />
        </>
      )}
    </Dialog>
  );
}
