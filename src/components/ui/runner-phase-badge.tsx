import { enumLabel, runnerPhaseLabels } from "../../../common/enum-labels";
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

/** The local-configuration runner only holds the org's settings for local runners; it never runs or reports. */
export function isConfigurationOnly(runner: Pick<Runner, "kind">): boolean {
  return runner.kind === RunnerKind.LOCAL_CONFIGURATION;
}

/**
 * A runner's status. For the local-configuration runner its phase is the org-wide switch ("ACTIVE" = local runners
 * allowed, "INACTIVE" = disabled), so that is what it says instead of "Active".
 */
export function RunnerStatusBadge({ runner }: { runner: RunnerState }) {
  const phase = runner.status?.phase ?? RunnerPhase.UNSPECIFIED;
  if (isConfigurationOnly(runner)) {
    const allowed = phase !== RunnerPhase.INACTIVE;
    return (
      <Badge tone={allowed ? "info" : "neutral"} dot>
        {allowed ? "Local runners allowed" : "Local runners disabled"}
      </Badge>
    );
  }
  return <RunnerPhaseBadge phase={phase} />;
}

/** When the runner last reported; "does not report" for the local-configuration runner (its time is not a heartbeat). */
export function RunnerLastSeen({ runner }: { runner: RunnerState }) {
  if (isConfigurationOnly(runner)) return <span className="text-slate-500 dark:text-slate-400">does not report</span>;
  return <RelativeTime value={runner.status?.updatedAt} fallback="never" />;
}
