import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { Button } from "../../../components/ui/button";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { deleteRunnerRequest } from "../runner-requests";
import { Checkbox } from "../../../components/ui/checkbox";
import { Dialog } from "../../../components/ui/dialog";
import { toast } from "../../../components/ui/toast";
import { useFleetUpdates } from "../../../api/fleet/use-fleet-index";
import { describeError } from "../../../lib/errors";
import { useDeleteRunner } from "../../../api/runners/delete-runner";
import { invalidateRunners } from "../../../api/keys";

type Outcome = { state: "pending" } | { state: "deleted" } | { state: "deleting" } | { state: "error"; message: string };

interface BulkDeleteDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Exactly the runners that will be deleted. */
  runners: readonly { id: string; name: string }[];
  /** Called with the ids that were deleted, once every request has answered. */
  onDeleted: (runnerIds: string[]) => void;
}

/** Lists the runners by name, deletes them one by one (optionally forced) and reports each result. */
export function BulkDeleteDialog({ open, onOpenChange, runners, onDeleted }: BulkDeleteDialogProps) {
  const queryClient = useQueryClient();
  const deleteRunner = useDeleteRunner();
  const fleet = useFleetUpdates();
  const [force, setForce] = useState(false);
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, Outcome>>(new Map());
  const [running, setRunning] = useState(false);
  const finished = outcomes.size > 0 && !running;

  const close = (next: boolean) => {
    if (running) return;
    if (!next) {
      setOutcomes(new Map());
      setForce(false);
    }
    onOpenChange(next);
  };

  const run = async () => {
    setRunning(true);
    const results = new Map<string, Outcome>(runners.map((r) => [r.id, { state: "pending" }]));
    setOutcomes(new Map(results));
    for (const runner of runners) {
      try {
        await deleteRunner.mutateAsync(deleteRunnerRequest(runner.id, force));
        // Without force a runner goes DELETING and is removed once it confirms; force removes it at once.
        results.set(runner.id, { state: force ? "deleted" : "deleting" });
      } catch (error) {
        const readable = describeError(error);
        results.set(runner.id, { state: "error", message: [readable.title, readable.detail].filter(Boolean).join(" — ") });
      }
      setOutcomes(new Map(results));
    }
    const deleted = runners.filter((r) => ["deleted", "deleting"].includes(results.get(r.id)?.state ?? "")).map((r) => r.id);
    const failed = runners.length - deleted.length;
    setRunning(false);
    onDeleted(deleted);
    // A forced delete removes the runner at once; otherwise it stays DELETING until it acknowledges.
    if (force) fleet.remove(deleted);
    else await fleet.reload(deleted).catch(() => fleet.remove(deleted));
    await invalidateRunners(queryClient);
    if (failed === 0) toast.success(`${force ? "Deleted" : "Deleting"} ${deleted.length} runner${deleted.length === 1 ? "" : "s"}${force ? "" : "…"}`);
    else toast.error(`${failed} of ${runners.length} runners could not be deleted`, { description: "See the dialog for each runner's reason." });
  };

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      size="lg"
      title={finished ? "Delete runners: results" : `Delete ${runners.length} runner${runners.length === 1 ? "" : "s"}?`}
      description={finished ? undefined : "These runners, their environment classes, SCM integrations, host tokens and policies will be deleted."}
      footer={
        finished ? (
          <Button variant="primary" onClick={() => close(false)}>
            Close
          </Button>
        ) : (
          <>
            {runners[0] ? (
              <div className="mr-auto">
                <ShowApiCallButton
                  method={RunnerService.method.deleteRunner}
                  request={() => runners[0] && deleteRunnerRequest(runners[0].id, force)}
                  note={`Sent once per runner, ${runners.length} in all, one after another: each request is this one with that runner's runnerId (shown here for ${runners[0].name}).`}
                />
              </div>
            ) : null}
            <Button onClick={() => close(false)} disabled={running}>
              Cancel
            </Button>
            <Button variant="danger" loading={running} disabled={runners.length === 0} onClick={() => void run()}>
              {force ? "Force delete" : "Delete"} {runners.length} runner{runners.length === 1 ? "" : "s"}
            </Button>
          </>
        )
      }
    >
      <ul aria-label="Runners to delete" className="max-h-72 divide-y divide-slate-200 overflow-y-auto rounded-rc border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
        {runners.map((runner) => (
          <li key={runner.id} className="flex items-start justify-between gap-4 px-3 py-2">
            <span className="font-medium">{runner.name}</span>
            <OutcomeText outcome={outcomes.get(runner.id)} />
          </li>
        ))}
      </ul>
      {finished ? null : (
        <Checkbox
          className="mt-4"
          label="Force delete"
          help="Skips the runner's shutdown lifecycle and removes it at once."
          checked={force}
          disabled={running}
          onChange={(e) => setForce(e.target.checked)}
        />
      )}
    </Dialog>
  );
}

function OutcomeText({ outcome }: { outcome: Outcome | undefined }) {
  if (!outcome) return null;
  if (outcome.state === "pending") return <span className="text-slate-500">Waiting…</span>;
  if (outcome.state === "deleted") return <span className="text-emerald-700 dark:text-emerald-400">Deleted</span>;
  if (outcome.state === "deleting") return <span className="text-amber-700 dark:text-amber-400">Deleting…</span>;
  return <span className="text-right text-red-700 dark:text-red-400">Error: {outcome.message}</span>;
}
