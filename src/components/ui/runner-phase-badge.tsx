import { timestampMs } from "@bufbuild/protobuf/wkt";
import { enumLabel, runnerPhaseLabels } from "../../../common/enum-labels";
import { runnerStatusLabels, type RunnerStatusName } from "../../api/fleet/fleet-params";
import { runnerStatus } from "../../api/fleet/runner-status";
import type { RunnerSummary } from "../../api/fleet/runner-summary";
import { useNow } from "../../lib/use-now";
import { RunnerKind } from "../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase, type Runner } from "../../gen/gitpod/v1/runner_pb";
import { Badge, type BadgeTone } from "./badge";
import { RelativeTime } from "./relative-time";

const phaseTones: Record<RunnerPhase, BadgeTone> = {
  [RunnerPhase.UNSPECIFIED]: "muted",
  [RunnerPhase.CREATED]: "info",
  [RunnerPhase.INACTIVE]: "neutral",
  [RunnerPhase.ACTIVE]: "success",
  [RunnerPhase.DELETING]: "warning",
  [RunnerPhase.DELETED]: "muted",
  [RunnerPhase.DEGRADED]: "danger",
};

/** The colour for a runner phase (unknown phases from a newer server are muted). */
export function runnerPhaseTone(phase: RunnerPhase): BadgeTone {
  const tones: Partial<Record<number, BadgeTone>> = phaseTones;
  return tones[phase] ?? "muted";
}

export function RunnerPhaseBadge({ phase }: { phase: RunnerPhase }) {
  return (
    <Badge tone={runnerPhaseTone(phase)} dot>
      {enumLabel(runnerPhaseLabels, phase)}
    </Badge>
  );
}

type RunnerState = Pick<Runner, "kind" | "status">;
/** What the status needs, from a Runner or from the fleet index's summary. */
type StatusFields = Pick<RunnerSummary, "kind" | "phase" | "lastSeenMs">;

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

/** A status in the console's one vocabulary (runnerStatus: "Stale" instead of an "Active" that is no longer true). */
export function StatusNameBadge({ status }: { status: RunnerStatusName }) {
  return (
    <Badge tone={statusTones[status]} dot>
      {runnerStatusLabels[status]}
    </Badge>
  );
}

/** The local-configuration runner only holds the org's settings for local runners; it never runs or reports. */
export function isConfigurationOnly(runner: Pick<Runner, "kind">): boolean {
  return runner.kind === RunnerKind.LOCAL_CONFIGURATION;
}

/**
 * A runner's status at `nowMs`. For the local-configuration runner its phase is the org-wide switch ("ACTIVE" =
 * local runners allowed, "INACTIVE" = disabled), so that is what it says instead of "Active".
 */
export function RunnerSummaryStatusBadge({ runner, nowMs }: { runner: StatusFields; nowMs: number }) {
  if (isConfigurationOnly(runner)) {
    const allowed = runner.phase !== RunnerPhase.INACTIVE;
    return (
      <Badge tone={allowed ? "info" : "neutral"} dot>
        {allowed ? "Local runners allowed" : "Local runners disabled"}
      </Badge>
    );
  }
  return <StatusNameBadge status={runnerStatus(runner, nowMs)} />;
}

/** A runner's status now (the server's clock): stale when its last heartbeat is too old for its phase. */
export function RunnerStatusBadge({ runner }: { runner: RunnerState }) {
  const nowMs = useNow().getTime();
  const fields: StatusFields = {
    kind: runner.kind,
    phase: runner.status?.phase ?? RunnerPhase.UNSPECIFIED,
    lastSeenMs: runner.status?.updatedAt ? timestampMs(runner.status.updatedAt) : 0,
  };
  return <RunnerSummaryStatusBadge runner={fields} nowMs={nowMs} />;
}

/** When the runner last reported; "does not report" for the local-configuration runner (its time is not a heartbeat). */
export function RunnerLastSeen({ runner }: { runner: Pick<RunnerSummary, "kind" | "lastSeenMs"> | RunnerState }) {
  if (isConfigurationOnly(runner)) return <span className="text-slate-500 dark:text-slate-400">does not report</span>;
  const lastSeenMs = "lastSeenMs" in runner ? runner.lastSeenMs : runner.status?.updatedAt ? timestampMs(runner.status.updatedAt) : 0;
  return <RelativeTime value={lastSeenMs ? new Date(lastSeenMs) : undefined} fallback="never" />;
}
