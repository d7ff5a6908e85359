import { RunnerKind } from "../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase } from "../../gen/gitpod/v1/runner_pb";
import type { RunnerStatusName } from "./fleet-params";
import type { RunnerSummary } from "./runner-summary";

/**
 * How long a running runner may stay silent before its status is no longer believed. Runners send a heartbeat
 * every few seconds while ACTIVE or DEGRADED; other phases do not promise one (CREATED never connected yet,
 * INACTIVE stopped), so silence there is expected.
 */
export const HEARTBEAT_STALE_AFTER_MS = 10 * 60_000;
/** A runner still in CREATED after this long was probably never installed. */
export const STUCK_CREATED_AFTER_MS = 24 * 3600_000;

type StatusFields = Pick<RunnerSummary, "kind" | "phase" | "lastSeenMs">;

/** True when the runner should be heartbeating in its phase and has not for too long (or never did). */
export function isHeartbeatStale(runner: StatusFields, nowMs: number): boolean {
  // The organisation's local configuration runner holds settings only and never reports.
  if (runner.kind === RunnerKind.LOCAL_CONFIGURATION) return false;
  if (runner.phase !== RunnerPhase.ACTIVE && runner.phase !== RunnerPhase.DEGRADED) return false;
  return runner.lastSeenMs === 0 || nowMs - runner.lastSeenMs > HEARTBEAT_STALE_AFTER_MS;
}

const phaseStatus: Partial<Record<RunnerPhase, RunnerStatusName>> = {
  [RunnerPhase.ACTIVE]: "active",
  [RunnerPhase.DEGRADED]: "degraded",
  [RunnerPhase.INACTIVE]: "inactive",
  [RunnerPhase.CREATED]: "created",
  [RunnerPhase.DELETING]: "deleting",
  [RunnerPhase.DELETED]: "deleted",
};

/** The status to show and filter by. A stale DEGRADED runner stays "degraded": that is still the last word it sent. */
export function runnerStatus(runner: StatusFields, nowMs: number): RunnerStatusName {
  const status = phaseStatus[runner.phase] ?? "unknown";
  return status === "active" && isHeartbeatStale(runner, nowMs) ? "stale" : status;
}

export function isStuckCreated(runner: Pick<RunnerSummary, "phase" | "createdAtMs">, nowMs: number): boolean {
  return runner.phase === RunnerPhase.CREATED && runner.createdAtMs > 0 && nowMs - runner.createdAtMs > STUCK_CREATED_AFTER_MS;
}
