// Test-only: a fleet-index row with plausible defaults, for tests of the pure views over the index.
import { RunnerKind, RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { LogLevel, RunnerPhase, RunnerReleaseChannel } from "../../src/gen/gitpod/v1/runner_pb";
import type { RunnerSummary } from "../../src/api/fleet/runner-summary";

export const SUMMARY_NOW = Date.parse("2025-06-15T12:00:00Z");
const MINUTE = 60_000;

export function summaryRow(name: string, fields: Partial<RunnerSummary> = {}): RunnerSummary {
  return {
    id: `id-${name}`,
    name,
    searchKey: name.toLowerCase(),
    kind: RunnerKind.REMOTE,
    provider: RunnerProvider.AWS_EC2,
    phase: RunnerPhase.ACTIVE,
    version: "2025.6.1",
    region: "eu-west-1",
    message: "",
    createdAtMs: SUMMARY_NOW - 30 * 24 * 60 * MINUTE,
    lastSeenMs: SUMMARY_NOW - MINUTE,
    creatorId: "user-1",
    settings: { releaseChannel: RunnerReleaseChannel.STABLE, autoUpdate: false, logLevel: LogLevel.INFO, updateWindow: undefined },
    ...fields,
  };
}
