import { enumLabel, runnerPhaseLabels } from "../../../common/enum-labels";
import { RunnerPhase } from "../../gen/gitpod/v1/runner_pb";
import { Badge, type BadgeTone } from "./badge";

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
