import { useNavigate } from "@tanstack/react-router";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "../../../components/ui/button";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { toast } from "../../../components/ui/toast";
import { useSingleFlight } from "../../../lib/use-single-flight";
import { RunnerKind } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase, RunnerService, type Runner } from "../../../gen/gitpod/v1/runner_pb";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { deleteRunnerRequest, renameRunnerRequest } from "../runner-requests";
import { useDeleteRunner } from "../../../api/runners/delete-runner";
import { invalidateRunners } from "../../../api/keys";
import { useUpdateRunner } from "../../../api/runners/update-runner";
import { RenameRunnerForm } from "./rename-runner-form";
import { RunnerDeleteContents } from "./runner-delete-contents";

interface RunnerDangerZoneProps {
  runner: Runner;
  canUpdate: boolean;
  canDelete: boolean;
}

/** Rename, delete, force delete (type the name to confirm). The LOCAL_CONFIGURATION runner cannot be deleted. */
export function RunnerDangerZone({ runner, canUpdate, canDelete }: RunnerDangerZoneProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const update = useUpdateRunner();
  const remove = useDeleteRunner();
  const [confirm, setConfirm] = useState<"delete" | "force" | null>(null);
  const isLocalConfiguration = runner.kind === RunnerKind.LOCAL_CONFIGURATION;
  const isDeleting = runner.status?.phase === RunnerPhase.DELETING;

  const rename = useSingleFlight(async (name: string) => {
    try {
      await update.mutateAsync(renameRunnerRequest(runner.runnerId, name));
      toast.success(`Renamed to ${name}`);
    } catch (error) {
      toast.error("Could not rename the runner", error);
    }
  });
  const deleteRunner = async (force: boolean) => {
    await remove.mutateAsync(deleteRunnerRequest(runner.runnerId, force));
    // Without force the runner only starts its shutdown: it is gone once it confirms (or soon, if it never connected).
    toast.success(force ? `Runner ${runner.name} deleted` : `Deleting ${runner.name}…`);
    await navigate({ to: "/runners" });
    await invalidateRunners(queryClient);
  };

  return (
    <div className="space-y-4">
      <Card>
        <CardHeader title="Rename" />
        <CardBody>
          {canUpdate && !isDeleting ? (
            <RenameRunnerForm
              defaultValues={{ name: runner.name }}
              onSubmit={({ name }) => rename(name)}
              isSubmitting={update.isPending}
              extraActions={(validated) => (
                <ShowApiCallButton
                  method={RunnerService.method.updateRunner}
                  request={async () => {
                    const values = await validated();
                    return values && renameRunnerRequest(runner.runnerId, values.name);
                  }}
                />
              )}
            />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {isDeleting ? "A runner that is being deleted cannot be renamed." : "You do not have permission to rename this runner."}
            </p>
          )}
        </CardBody>
      </Card>
      <Card className="border-red-300 dark:border-red-900">
        <CardHeader title="Delete runner" description="Deletes the runner with its environment classes, SCM integrations, host tokens and policies." />
        <CardBody>
          {isLocalConfiguration ? (
            <p className="text-sm">This is the organization's local configuration runner. It cannot be deleted.</p>
          ) : !canDelete ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">You do not have permission to delete this runner.</p>
          ) : isDeleting ? (
            <div className="space-y-3">
              <p role="status" className="text-sm">
                <strong>Deleting…</strong> The runner is removed once it confirms on its next heartbeat, or shortly if it is not connected. Force delete removes it now.
              </p>
              <Button onClick={() => setConfirm("force")}>Force delete…</Button>
            </div>
          ) : (
            <div className="flex flex-wrap gap-2">
              <Button variant="danger" onClick={() => setConfirm("delete")}>
                Delete runner
              </Button>
              <Button onClick={() => setConfirm("force")}>Force delete…</Button>
            </div>
          )}
        </CardBody>
      </Card>
      <ConfirmDialog
        open={confirm === "delete"}
        onOpenChange={(open) => setConfirm(open ? "delete" : null)}
        title={`Delete ${runner.name}?`}
        description="The runner shuts down and, once it confirms on its next heartbeat (or shortly, if it never connected), is removed with everything that belongs to it. It shows as Deleting until then; Force delete skips the wait."
        variant="danger"
        confirmLabel="Delete runner"
        onConfirm={() => deleteRunner(false)}
        extraActions={<ShowApiCallButton method={RunnerService.method.deleteRunner} request={() => deleteRunnerRequest(runner.runnerId, false)} />}
      >
        <RunnerDeleteContents runnerId={runner.runnerId} force={false} />
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === "force"}
        onOpenChange={(open) => setConfirm(open ? "force" : null)}
        title={`Force delete ${runner.name}?`}
        description="Skips the runner's shutdown lifecycle: it and everything that belongs to it are removed now, without waiting for the runner to confirm. This cannot be undone."
        variant="danger"
        confirmText={runner.name}
        confirmLabel="Force delete"
        onConfirm={() => deleteRunner(true)}
        extraActions={<ShowApiCallButton method={RunnerService.method.deleteRunner} request={() => deleteRunnerRequest(runner.runnerId, true)} />}
      >
        <RunnerDeleteContents runnerId={runner.runnerId} force />
      </ConfirmDialog>
    </div>
  );
}
