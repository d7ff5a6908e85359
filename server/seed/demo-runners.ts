import { create } from "@bufbuild/protobuf";
import { durationFromMs, timestampFromDate } from "@bufbuild/protobuf/wkt";
import { Principal as PrincipalEnum } from "../../src/gen/gitpod/v1/identity_pb";
import { RunnerKind, RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import {
  LogLevel,
  RunnerCapability,
  RunnerPhase,
  RunnerReleaseChannel,
  RunnerSpecSchema,
  RunnerStatusSchema,
  RunnerVariant,
  type RunnerStatus,
} from "../../src/gen/gitpod/v1/runner_pb";
import type { Db } from "../store/db";
import { seededId } from "../store/ids";
import { seededRunnerKeyPair } from "../store/runner-keys";
import { insertRunner } from "../store/runners";
import type { DemoIds } from "./ids";

export const CURRENT_RUNNER_VERSION = "2025.06.3";
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

interface DemoRunner {
  key: keyof DemoIds["runners"];
  name: string;
  provider: RunnerProvider;
  kind?: RunnerKind;
  phase: RunnerPhase;
  version: string;
  region: string;
  message?: string;
  /** How long before "now" the runner last reported. */
  lastSeenMs: number;
  createdDaysAgo: number;
}

const RUNNERS: DemoRunner[] = [
  {
    key: "awsProdEu",
    name: "aws-prod-eu",
    provider: RunnerProvider.AWS_EC2,
    phase: RunnerPhase.ACTIVE,
    version: CURRENT_RUNNER_VERSION,
    region: "eu-central-1",
    lastSeenMs: 20_000,
    createdDaysAgo: 120,
  },
  {
    key: "awsStagingUs",
    name: "aws-staging-us",
    provider: RunnerProvider.AWS_EC2,
    phase: RunnerPhase.DEGRADED,
    version: CURRENT_RUNNER_VERSION,
    region: "us-east-1",
    message: "2 of 3 environment hosts fail health checks",
    lastSeenMs: 45_000,
    createdDaysAgo: 90,
  },
  {
    key: "gcpMl",
    name: "gcp-ml",
    provider: RunnerProvider.GCP,
    phase: RunnerPhase.ACTIVE,
    version: "2025.03.1",
    region: "europe-west4",
    lastSeenMs: 30_000,
    createdDaysAgo: 60,
  },
  {
    key: "linuxBuild01",
    name: "linux-build-01",
    provider: RunnerProvider.LINUX_HOST,
    phase: RunnerPhase.ACTIVE,
    version: CURRENT_RUNNER_VERSION,
    region: "",
    lastSeenMs: 15_000,
    createdDaysAgo: 45,
  },
  {
    key: "macIos01",
    name: "mac-ios-01",
    provider: RunnerProvider.DESKTOP_MAC,
    phase: RunnerPhase.INACTIVE,
    version: "2025.05.2",
    region: "",
    message: "not seen for 3 days",
    lastSeenMs: 3 * DAY,
    createdDaysAgo: 30,
  },
  {
    key: "devAgent",
    name: "dev-agent",
    provider: RunnerProvider.DEV_AGENT,
    phase: RunnerPhase.CREATED,
    version: "",
    region: "",
    lastSeenMs: 0,
    createdDaysAgo: 2,
  },
  {
    key: "managedEu",
    name: "managed-eu",
    provider: RunnerProvider.MANAGED,
    phase: RunnerPhase.ACTIVE,
    version: CURRENT_RUNNER_VERSION,
    region: "eu-west-1",
    lastSeenMs: 10_000,
    createdDaysAgo: 150,
  },
  {
    key: "localConfiguration",
    name: "Local runners",
    provider: RunnerProvider.UNSPECIFIED,
    kind: RunnerKind.LOCAL_CONFIGURATION,
    phase: RunnerPhase.ACTIVE,
    version: "",
    region: "",
    lastSeenMs: 0,
    createdDaysAgo: 200,
  },
];

const REMOTE = new Set([RunnerProvider.AWS_EC2, RunnerProvider.GCP, RunnerProvider.MANAGED]);

function statusOf(r: DemoRunner, now: Date): RunnerStatus {
  const reported = r.phase !== RunnerPhase.CREATED && r.kind !== RunnerKind.LOCAL_CONFIGURATION;
  return create(RunnerStatusSchema, {
    phase: r.phase,
    version: r.version,
    region: r.region,
    message: r.message ?? "",
    updatedAt: timestampFromDate(
      new Date(now.getTime() - (reported ? r.lastSeenMs : r.createdDaysAgo * DAY)),
    ),
    systemDetails: reported
      ? REMOTE.has(r.provider)
        ? "linux/amd64"
        : r.provider === RunnerProvider.DESKTOP_MAC
          ? "darwin/arm64"
          : "linux/amd64"
      : "",
    capabilities: reported
      ? [
          RunnerCapability.FETCH_LOCAL_SCM_INTEGRATIONS,
          RunnerCapability.LIST_SCM_ORGANIZATIONS,
          RunnerCapability.CHECK_REPOSITORY_ACCESS,
        ]
      : [],
    gatewayInfo:
      reported && REMOTE.has(r.provider)
        ? {
            gateway: {
              name: `gw-${r.region}`,
              url: `https://gw-${r.region}.gitpod.example`,
              region: r.region,
            },
            latency: durationFromMs(38),
          }
        : undefined,
    additionalInfo:
      r.provider === RunnerProvider.AWS_EC2 ? [{ key: "stackName", value: `gitpod-${r.name}` }] : [],
  });
}

/** Inserts the eight demo runners (ids, keys and times from the seed and `now`). */
export function insertDemoRunners(db: Db, ids: DemoIds, seed: string, now: Date): void {
  for (const r of RUNNERS) {
    const id = ids.runners[r.key];
    const kind = r.kind ?? (REMOTE.has(r.provider) ? RunnerKind.REMOTE : RunnerKind.LOCAL);
    insertRunner(db, {
      id,
      orgId: ids.orgId,
      name: r.name,
      kind,
      provider: r.provider,
      runnerManagerId: r.provider === RunnerProvider.MANAGED ? seededId(seed, "runner-manager:eu") : "",
      creator: { id: ids.users.admin, principal: PrincipalEnum.USER },
      createdAt: new Date(now.getTime() - r.createdDaysAgo * DAY),
      spec: create(RunnerSpecSchema, {
        desiredPhase: RunnerPhase.ACTIVE,
        variant: RunnerVariant.STANDARD,
        configuration: {
          region: r.region,
          releaseChannel: r.key === "gcpMl" ? RunnerReleaseChannel.STABLE : RunnerReleaseChannel.LATEST,
          autoUpdate: r.key !== "gcpMl",
          logLevel: LogLevel.INFO,
          updateWindow: r.key === "awsProdEu" ? { startHour: 2, endHour: 4 } : undefined,
          metrics:
            r.key === "awsProdEu"
              ? { enabled: true, url: "https://prometheus.acme.example/api/v1/write", username: "runner" }
              : undefined,
        },
      }),
      status: statusOf(r, now),
      secrets: r.key === "awsProdEu" ? { metricsPassword: "demo-metrics-password" } : {},
      keys: seededRunnerKeyPair(`${seed}:${id}`),
    });
  }
}
