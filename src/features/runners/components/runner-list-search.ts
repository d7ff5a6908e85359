import { z } from "zod";
import { RunnerKind, RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase } from "../../../gen/gitpod/v1/runner_pb";
import type { RunnerListFilter } from "../api/list-runners";

// URL values are readable names; the wire enums are mapped here so a bad URL falls back instead of failing.
export const KIND_PARAMS = { local: RunnerKind.LOCAL, remote: RunnerKind.REMOTE, "local-configuration": RunnerKind.LOCAL_CONFIGURATION } as const;
export const PROVIDER_PARAMS = {
  "aws-ec2": RunnerProvider.AWS_EC2,
  gcp: RunnerProvider.GCP,
  "linux-host": RunnerProvider.LINUX_HOST,
  "desktop-mac": RunnerProvider.DESKTOP_MAC,
  "dev-agent": RunnerProvider.DEV_AGENT,
  managed: RunnerProvider.MANAGED,
} as const;
export const PHASE_PARAMS = {
  created: RunnerPhase.CREATED,
  inactive: RunnerPhase.INACTIVE,
  active: RunnerPhase.ACTIVE,
  degraded: RunnerPhase.DEGRADED,
  deleting: RunnerPhase.DELETING,
} as const;
export const PAGE_SIZES = [25, 50, 100] as const;

export const runnerListSearchSchema = z.object({
  kind: z.enum(["local", "remote", "local-configuration"]).optional().catch(undefined),
  provider: z.enum(["aws-ec2", "gcp", "linux-host", "desktop-mac", "dev-agent", "managed"]).optional().catch(undefined),
  mine: z.boolean().optional().catch(undefined),
  phase: z.enum(["created", "inactive", "active", "degraded", "deleting"]).optional().catch(undefined),
  pageSize: z.union([z.literal(25), z.literal(50), z.literal(100)]).catch(25).default(25),
});

export type RunnerListSearch = z.infer<typeof runnerListSearchSchema>;

/** The server-side part of the search (the phase filter applies to loaded rows only). */
export function serverFilterOf(search: RunnerListSearch, subjectId: string): RunnerListFilter {
  return {
    kinds: search.kind ? [KIND_PARAMS[search.kind]] : [],
    providers: search.provider ? [PROVIDER_PARAMS[search.provider]] : [],
    creatorIds: search.mine && subjectId ? [subjectId] : [],
  };
}

export function phaseOf(search: RunnerListSearch): RunnerPhase | undefined {
  return search.phase ? PHASE_PARAMS[search.phase] : undefined;
}
