import { create } from "@bufbuild/protobuf";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { HostAuthenticationTokenSchema, RunnerKind, RunnerProvider } from "../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase, RunnerSchema } from "../../gen/gitpod/v1/runner_pb";
import { countBy, hostTokensNeedingAttention, phaseOf, providerOf, runnersNeedingAttention } from "./summarize";

const now = new Date("2026-11-20T12:00:00Z");
const minutesAgo = (m: number) => timestampFromDate(new Date(now.getTime() - m * 60_000));
const daysFromNow = (d: number) => timestampFromDate(new Date(now.getTime() + d * 24 * 3600_000));

function runner(name: string, phase: RunnerPhase, version: string, updatedMinutesAgo: number | undefined, extra: { kind?: RunnerKind; provider?: RunnerProvider } = {}) {
  return create(RunnerSchema, {
    runnerId: `id-${name}`,
    name,
    kind: extra.kind ?? RunnerKind.REMOTE,
    provider: extra.provider ?? RunnerProvider.AWS_EC2,
    status: { phase, version, message: phase === RunnerPhase.DEGRADED ? "disk full" : "", updatedAt: updatedMinutesAgo === undefined ? undefined : minutesAgo(updatedMinutesAgo) },
  });
}

describe("overview summaries", () => {
  const runners = [
    runner("healthy", RunnerPhase.ACTIVE, "2026.11.2", 1),
    runner("degraded", RunnerPhase.DEGRADED, "2026.11.2", 1),
    runner("old", RunnerPhase.ACTIVE, "2026.9.0", 2, { provider: RunnerProvider.GCP }),
    runner("silent", RunnerPhase.INACTIVE, "2026.11.2", 45, { provider: RunnerProvider.DESKTOP_MAC }),
    runner("new", RunnerPhase.CREATED, "", undefined, { provider: RunnerProvider.DEV_AGENT }),
    runner("local-config", RunnerPhase.ACTIVE, "", undefined, { kind: RunnerKind.LOCAL_CONFIGURATION, provider: RunnerProvider.UNSPECIFIED }),
  ];

  it("counts runners by phase and by provider", () => {
    const byPhase = countBy(runners, phaseOf);
    expect(byPhase.get(RunnerPhase.ACTIVE)).toBe(3);
    expect(byPhase.get(RunnerPhase.DEGRADED)).toBe(1);
    expect(byPhase.get(RunnerPhase.CREATED)).toBe(1);
    expect(countBy(runners, providerOf).get(RunnerProvider.AWS_EC2)).toBe(2);
  });

  it("flags degraded, outdated and silent runners, not new or configuration-only ones", () => {
    const flagged = runnersNeedingAttention(runners, now);
    expect(flagged.map((f) => [f.runner.name, f.reasons.map((r) => r.kind)])).toEqual([
      ["degraded", ["degraded"]],
      ["old", ["outdated"]],
      ["silent", ["stale"]],
    ]);
    expect(flagged[1]?.reasons[0]).toEqual({ kind: "outdated", version: "2026.9.0", newest: "2026.11.2" });
  });

  it("lists host tokens expired or expiring within 7 days, soonest first", () => {
    const token = (id: string, days: number | undefined) =>
      create(HostAuthenticationTokenSchema, { id, host: "github.com", expiresAt: days === undefined ? undefined : daysFromNow(days) });
    const flagged = hostTokensNeedingAttention([token("later", 30), token("soon", 3), token("never", undefined), token("gone", -1)], now);
    expect(flagged.map((f) => [f.token.id, f.expired])).toEqual([
      ["gone", true],
      ["soon", false],
    ]);
  });
});
