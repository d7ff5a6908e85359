import { describe, expect, it } from "vitest";
import { RunnerKind, RunnerProvider } from "../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase } from "../../gen/gitpod/v1/runner_pb";
import { rankAttention } from "./attention";
import { countBy, countByStatus, filterRunners, mergeSorted, sortRunners } from "./fleet-views";
import { HEARTBEAT_STALE_AFTER_MS, isHeartbeatStale, runnerStatus } from "./runner-status";
import type { RunnerSummary } from "./runner-summary";
import { SUMMARY_NOW, summaryRow } from "../../../test/fleet/summary-row";

const NOW = SUMMARY_NOW;
const MINUTE = 60_000;

const row = summaryRow;

const names = (rows: readonly RunnerSummary[]) => rows.map((r) => r.name);

describe("runner status", () => {
  it("calls an active runner silent past the limit stale, and never a runner that is not expected to report", () => {
    expect(runnerStatus(row("a", { lastSeenMs: NOW - HEARTBEAT_STALE_AFTER_MS + 1000 }), NOW)).toBe("active");
    expect(runnerStatus(row("a", { lastSeenMs: NOW - HEARTBEAT_STALE_AFTER_MS - 1000 }), NOW)).toBe("stale");
    expect(runnerStatus(row("a", { lastSeenMs: 0 }), NOW)).toBe("stale");
    expect(runnerStatus(row("a", { phase: RunnerPhase.CREATED, lastSeenMs: 0 }), NOW)).toBe("created");
    expect(runnerStatus(row("a", { phase: RunnerPhase.INACTIVE, lastSeenMs: NOW - 60 * MINUTE }), NOW)).toBe("inactive");
    expect(isHeartbeatStale(row("a", { kind: RunnerKind.LOCAL_CONFIGURATION, lastSeenMs: 0 }), NOW)).toBe(false);
    // A silent degraded runner keeps its last word but counts as stale for attention.
    const degraded = row("a", { phase: RunnerPhase.DEGRADED, lastSeenMs: NOW - 60 * MINUTE });
    expect(runnerStatus(degraded, NOW)).toBe("degraded");
    expect(isHeartbeatStale(degraded, NOW)).toBe(true);
  });
});

describe("filterRunners", () => {
  const rows = [row("Prod-EU"), row("prod-us", { phase: RunnerPhase.DEGRADED }), row("staging", { lastSeenMs: NOW - 60 * MINUTE })];

  it("matches a case-insensitive substring of the name, ignoring surrounding blanks", () => {
    expect(names(filterRunners(rows, { text: " PROD" }, NOW))).toEqual(["Prod-EU", "prod-us"]);
    expect(names(filterRunners(rows, { text: "d-e" }, NOW))).toEqual(["Prod-EU"]);
    expect(names(filterRunners(rows, { text: "" }, NOW))).toEqual(["Prod-EU", "prod-us", "staging"]);
    expect(filterRunners(rows, { text: "nothing" }, NOW)).toEqual([]);
  });

  it("keeps only runners behind a version when asked for outdated ones (unknown versions are not outdated)", () => {
    const versions = [row("old", { version: "2025.5.9" }), row("new", { version: "2025.10.1" }), row("none", { version: "" })];
    expect(names(filterRunners(versions, { olderThan: "2025.10.1" }, NOW))).toEqual(["old"]);
  });

  it("filters by the shown status, stale included, and combines with the text", () => {
    expect(names(filterRunners(rows, { statuses: ["stale"] }, NOW))).toEqual(["staging"]);
    expect(names(filterRunners(rows, { statuses: ["active", "degraded"] }, NOW))).toEqual(["Prod-EU", "prod-us"]);
    expect(names(filterRunners(rows, { text: "prod", statuses: ["degraded"] }, NOW))).toEqual(["prod-us"]);
  });

  it("filters by an exact version", () => {
    const versions = [row("a", { version: "2025.6.1" }), row("b", { version: "2025.6.10" }), row("c", { version: "" })];
    expect(names(filterRunners(versions, { version: "2025.6.1" }, NOW))).toEqual(["a"]);
  });
});

describe("sortRunners", () => {
  const rows = [
    row("beta", { version: "2025.10.0", lastSeenMs: NOW - 2 * MINUTE }),
    row("Alpha", { version: "2025.9.3", lastSeenMs: NOW - 3 * MINUTE, phase: RunnerPhase.DEGRADED }),
    row("gamma", { version: "", lastSeenMs: 0, phase: RunnerPhase.CREATED }),
    row("delta", { version: "2025.10.0", lastSeenMs: NOW - 30 * MINUTE }),
  ];

  it("sorts by name case-insensitively, both ways", () => {
    expect(names(sortRunners(rows, "name", "asc", NOW))).toEqual(["Alpha", "beta", "delta", "gamma"]);
    expect(names(sortRunners(rows, "name", "desc", NOW))).toEqual(["gamma", "delta", "beta", "Alpha"]);
  });

  it("sorts versions by their numbers (2025.10 after 2025.9), ties by name, no version first", () => {
    expect(names(sortRunners(rows, "version", "asc", NOW))).toEqual(["gamma", "Alpha", "beta", "delta"]);
    expect(names(sortRunners(rows, "version", "desc", NOW))).toEqual(["beta", "delta", "Alpha", "gamma"]);
  });

  it("sorts by status with what needs a look first, and by last seen with never-seen first", () => {
    expect(names(sortRunners(rows, "status", "asc", NOW))).toEqual(["Alpha", "delta", "gamma", "beta"]);
    expect(names(sortRunners(rows, "lastSeen", "asc", NOW))).toEqual(["gamma", "delta", "Alpha", "beta"]);
    expect(names(sortRunners(rows, "lastSeen", "desc", NOW))).toEqual(["beta", "Alpha", "delta", "gamma"]);
  });

  it("leaves its input alone", () => {
    const before = names(rows);
    sortRunners(rows, "name", "asc", NOW);
    expect(names(rows)).toEqual(before);
  });
});

describe("counts", () => {
  it("counts by status (stale apart from active) and by any field", () => {
    const rows = [
      row("a"),
      row("b", { lastSeenMs: NOW - 20 * MINUTE }),
      row("c", { phase: RunnerPhase.DEGRADED, provider: RunnerProvider.GCP }),
      row("d", { provider: RunnerProvider.GCP }),
    ];
    expect(Object.fromEntries(countByStatus(rows, NOW))).toEqual({ active: 2, stale: 1, degraded: 1 });
    expect(countBy(rows, (r) => r.provider)).toEqual(
      new Map([
        [RunnerProvider.AWS_EC2, 2],
        [RunnerProvider.GCP, 2],
      ]),
    );
  });
});

describe("rankAttention", () => {
  it("orders degraded, then inactive or stale, then stuck in created, then outdated, then expiring tokens; healthy runners are left out", () => {
    const rows = [
      row("tokens"),
      row("outdated", { version: "2025.5.0" }),
      row("healthy"),
      row("stuck", { phase: RunnerPhase.CREATED, createdAtMs: NOW - 2 * 24 * 60 * MINUTE, lastSeenMs: 0 }),
      row("new", { phase: RunnerPhase.CREATED, createdAtMs: NOW - 60 * MINUTE, lastSeenMs: 0 }),
      row("silent", { lastSeenMs: NOW - 45 * MINUTE }),
      row("inactive", { phase: RunnerPhase.INACTIVE, lastSeenMs: NOW - 30 * MINUTE }),
      row("broken", { phase: RunnerPhase.DEGRADED, message: "disk full" }),
    ];
    const ranked = rankAttention(rows, { nowMs: NOW, runnersWithExpiringTokens: new Set(["id-tokens"]) });
    expect(names(ranked.map((item) => item.runner))).toEqual(["broken", "silent", "inactive", "stuck", "outdated", "tokens"]);
    expect(ranked[0]?.reasons).toEqual([{ kind: "degraded", message: "disk full" }]);
    expect(ranked.find((item) => item.runner.name === "outdated")?.reasons).toEqual([{ kind: "outdated", version: "2025.5.0", newest: "2025.6.1" }]);
  });
});

describe("mergeSorted", () => {
  it("gives the same order as sorting everything, for every key and direction", () => {
    const rows = Array.from({ length: 300 }, (_, i) =>
      row(`runner-${(i * 7919) % 1000}`, { id: `id-${i}`, version: `2025.${i % 13}.${i % 3}`, lastSeenMs: NOW - ((i * 31) % 97) * MINUTE, phase: [RunnerPhase.ACTIVE, RunnerPhase.DEGRADED, RunnerPhase.CREATED][i % 3] }),
    );
    for (const key of ["name", "status", "version", "lastSeen"] as const) {
      for (const direction of ["asc", "desc"] as const) {
        const first = sortRunners(rows.slice(0, 180), key, direction, NOW);
        const merged = mergeSorted(first, rows.slice(180), key, direction, NOW);
        expect(merged.map((r) => r.id)).toEqual(sortRunners(rows, key, direction, NOW).map((r) => r.id));
      }
    }
  });
});
