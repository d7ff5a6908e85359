// Phases the console drives itself: a pending non-force deletion (DELETING), and the organization-wide switch for
// local runners (the local-configuration runner's desiredPhase).
import { RunnerKind } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase } from "../../src/gen/gitpod/v1/runner_pb";
import type { Db } from "./db";
import { runnerSpecOf, updateRunnerStatus, type RunnerRow } from "./runners";

export const LOCAL_RUNNERS_DISABLED_MESSAGE = "Local runners are turned off in this organization";

/** Records a deletion request and shows the runner as DELETING; a second request keeps the first one's time. */
export function markRunnerDeleting(db: Db, runnerId: string, now: Date): void {
  db.prepare("INSERT INTO runner_deletions (runner_id, requested_ms) VALUES (?, ?) ON CONFLICT (runner_id) DO NOTHING").run(
    runnerId,
    now.getTime(),
  );
  updateRunnerStatus(db, runnerId, (status) => {
    status.phase = RunnerPhase.DELETING;
    status.message = "Deletion requested: the runner shuts down on its next heartbeat";
  });
}

export function isDeletionPending(db: Db, runnerId: string): boolean {
  return db.prepare<[string], { n: number }>("SELECT 1 AS n FROM runner_deletions WHERE runner_id = ?").get(runnerId) !== undefined;
}

/** Pending deletions of runners that are not connected (no live heartbeat) and were requested before the cutoff. */
export function unconnectedDeletionsBefore(db: Db, cutoffMs: number): string[] {
  return db
    .prepare<[number], { runner_id: string }>(
      `SELECT d.runner_id FROM runner_deletions d
       WHERE d.requested_ms < ? AND NOT EXISTS (SELECT 1 FROM runner_heartbeats h WHERE h.runner_id = d.runner_id)`,
    )
    .all(cutoffMs)
    .map((row) => row.runner_id);
}

/** Whether the organization turned local runners off (its local-configuration runner's desiredPhase is INACTIVE). */
export function localRunnersDisabled(db: Db, orgId: string): boolean {
  const row = db
    .prepare<[string, number], RunnerRow>("SELECT * FROM runners WHERE org_id = ? AND kind = ? LIMIT 1")
    .get(orgId, RunnerKind.LOCAL_CONFIGURATION);
  return row !== undefined && runnerSpecOf(row).desiredPhase === RunnerPhase.INACTIVE;
}

export function localRunnerIds(db: Db, orgId: string): string[] {
  return db
    .prepare<[string, number], { id: string }>("SELECT id FROM runners WHERE org_id = ? AND kind = ?")
    .all(orgId, RunnerKind.LOCAL)
    .map((row) => row.id);
}

/**
 * The switch on the local-configuration runner: off stops every local runner (INACTIVE) except those being deleted;
 * on clears the reason, and each local runner turns ACTIVE again on its next heartbeat.
 */
export function applyLocalRunnersSwitch(db: Db, configurationRunner: Pick<RunnerRow, "id" | "org_id">, enabled: boolean): void {
  updateRunnerStatus(db, configurationRunner.id, (status) => {
    status.phase = enabled ? RunnerPhase.ACTIVE : RunnerPhase.INACTIVE;
    status.message = enabled ? "" : LOCAL_RUNNERS_DISABLED_MESSAGE;
  });
  for (const runnerId of localRunnerIds(db, configurationRunner.org_id)) {
    updateRunnerStatus(db, runnerId, (status) => {
      if (status.phase === RunnerPhase.DELETING) return;
      if (!enabled) {
        status.phase = RunnerPhase.INACTIVE;
        status.message = LOCAL_RUNNERS_DISABLED_MESSAGE;
      } else if (status.message === LOCAL_RUNNERS_DISABLED_MESSAGE) {
        status.message = "";
      }
    });
  }
}
