import { runnerStatusLabels, type RunnerStatusName } from "../../api/fleet/fleet-params";
import { Badge, type BadgeTone } from "./badge";

const statusTones: Record<RunnerStatusName, BadgeTone> = {
  active: "success",
  stale: "warning",
  degraded: "danger",
  inactive: "neutral",
  created: "info",
  deleting: "warning",
  deleted: "muted",
  unknown: "muted",
};

/** A runner's status in the console's one vocabulary (see runnerStatus: "Stale" instead of an untrue "Active"). */
export function RunnerStatusBadge({ status }: { status: RunnerStatusName }) {
  return (
    <Badge tone={statusTones[status]} dot>
      {runnerStatusLabels[status]}
    </Badge>
  );
}
