import { timestampDate } from "@bufbuild/protobuf/wkt";
import type { HostAuthenticationToken } from "../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerKind, RunnerProvider } from "../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase, type Runner } from "../../gen/gitpod/v1/runner_pb";
import { compareVersions, newestVersion } from "../../lib/versions";

/** A runner that has not reported for this long is "not updated recently". */
export const STALE_AFTER_MS = 10 * 60_000;
/** Host tokens expiring within this window are flagged. */
export const EXPIRING_WITHIN_MS = 7 * 24 * 3600_000;

export function countBy<K>(items: readonly Runner[], key: (runner: Runner) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export const phaseOf = (runner: Runner): RunnerPhase => runner.status?.phase ?? RunnerPhase.UNSPECIFIED;
export const providerOf = (runner: Runner): RunnerProvider => runner.provider;

export type AttentionReason =
  | { kind: "degraded"; message: string }
  | { kind: "outdated"; version: string; newest: string }
  | { kind: "stale"; lastUpdate: Date | undefined };

export interface RunnerAttention {
  runner: Runner;
  reasons: AttentionReason[];
}

/**
 * Runners that need attention: DEGRADED, a version behind the newest one seen, or no status update for
 * 10 minutes (runners still in CREATED never connected, so silence is expected; the org's
 * LOCAL_CONFIGURATION runner is configuration only and never reports).
 */
export function runnersNeedingAttention(runners: readonly Runner[], now: Date): RunnerAttention[] {
  const newest = newestVersion(runners.map((r) => r.status?.version ?? ""));
  const result: RunnerAttention[] = [];
  for (const runner of runners) {
    const reasons: AttentionReason[] = [];
    const status = runner.status;
    const phase = phaseOf(runner);
    if (phase === RunnerPhase.DEGRADED) reasons.push({ kind: "degraded", message: status?.message ?? "" });
    const version = status?.version ?? "";
    if (version && newest && compareVersions(version, newest) < 0) reasons.push({ kind: "outdated", version, newest });
    const reports = phase !== RunnerPhase.CREATED && runner.kind !== RunnerKind.LOCAL_CONFIGURATION;
    const lastUpdate = status?.updatedAt ? timestampDate(status.updatedAt) : undefined;
    if (reports && (!lastUpdate || now.getTime() - lastUpdate.getTime() > STALE_AFTER_MS)) reasons.push({ kind: "stale", lastUpdate });
    if (reasons.length > 0) result.push({ runner, reasons });
  }
  return result;
}

export interface TokenAttention {
  token: HostAuthenticationToken;
  expiresAt: Date;
  expired: boolean;
}

/** Host tokens already expired or expiring within 7 days, soonest first. Tokens without an expiry never expire. */
export function hostTokensNeedingAttention(tokens: readonly HostAuthenticationToken[], now: Date): TokenAttention[] {
  return tokens
    .flatMap((token) => {
      if (!token.expiresAt) return [];
      const expiresAt = timestampDate(token.expiresAt);
      const left = expiresAt.getTime() - now.getTime();
      return left <= EXPIRING_WITHIN_MS ? [{ token, expiresAt, expired: left <= 0 }] : [];
    })
    .sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime());
}
