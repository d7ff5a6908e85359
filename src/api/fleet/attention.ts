import { RunnerKind } from "../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase } from "../../gen/gitpod/v1/runner_pb";
import { compareVersions, newestVersion } from "../../lib/versions";
import { isHeartbeatStale, isStuckCreated } from "./runner-status";
import type { RunnerSummary } from "./runner-summary";

export type AttentionReason =
  | { kind: "degraded"; message: string }
  | { kind: "inactive" }
  | { kind: "stale"; lastSeenMs: number }
  | { kind: "stuckCreated"; createdAtMs: number }
  | { kind: "outdated"; version: string; newest: string }
  | { kind: "tokenExpiring" };

/** Most severe first: the order of this list is the order of the "needs attention" list. */
const severity: Record<AttentionReason["kind"], number> = { degraded: 0, inactive: 1, stale: 1, stuckCreated: 2, outdated: 3, tokenExpiring: 4 };

export interface RunnerAttention {
  runner: RunnerSummary;
  /** Most severe first. */
  reasons: AttentionReason[];
  /** Of the most severe reason; lower is worse. */
  severity: number;
}

export interface AttentionInput {
  nowMs: number;
  /** Runners with a host token expired or expiring soon (from ListHostAuthenticationTokens). */
  runnersWithExpiringTokens?: ReadonlySet<string>;
}

function reasonsFor(runner: RunnerSummary, newest: string, input: AttentionInput): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (runner.phase === RunnerPhase.DEGRADED) reasons.push({ kind: "degraded", message: runner.message });
  if (runner.phase === RunnerPhase.INACTIVE && runner.kind !== RunnerKind.LOCAL_CONFIGURATION) reasons.push({ kind: "inactive" });
  if (isHeartbeatStale(runner, input.nowMs)) reasons.push({ kind: "stale", lastSeenMs: runner.lastSeenMs });
  if (isStuckCreated(runner, input.nowMs)) reasons.push({ kind: "stuckCreated", createdAtMs: runner.createdAtMs });
  if (runner.version && newest && compareVersions(runner.version, newest) < 0) reasons.push({ kind: "outdated", version: runner.version, newest });
  if (input.runnersWithExpiringTokens?.has(runner.id)) reasons.push({ kind: "tokenExpiring" });
  return reasons;
}

/**
 * Every runner that needs a look, most severe first: degraded, then inactive or silent too long, then stuck in
 * CREATED for over a day, then behind the newest version seen, then with host tokens expiring. Within one
 * severity the runner silent the longest comes first, then by name.
 */
export function rankAttention(rows: readonly RunnerSummary[], input: AttentionInput): RunnerAttention[] {
  const newest = newestVersion(new Set(rows.map((row) => row.version)));
  const result: RunnerAttention[] = [];
  for (const runner of rows) {
    const reasons = reasonsFor(runner, newest, input);
    if (reasons.length === 0) continue;
    reasons.sort((a, b) => severity[a.kind] - severity[b.kind]);
    result.push({ runner, reasons, severity: severity[reasons[0]?.kind ?? "tokenExpiring"] });
  }
  return result.sort(
    (a, b) => a.severity - b.severity || a.runner.lastSeenMs - b.runner.lastSeenMs || a.runner.searchKey.localeCompare(b.runner.searchKey),
  );
}
