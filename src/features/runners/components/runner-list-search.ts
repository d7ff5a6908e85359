import { RunnerKind, RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase } from "../../../gen/gitpod/v1/runner_pb";
import type { RunnerListFilter } from "../../../api/runners/list-runners";
import type { KIND_NAMES, PHASE_NAMES, PROVIDER_NAMES, RunnerListSearch } from "./runner-list-search-schema";

// URL values are readable names; the wire enums are mapped here so a bad URL falls back instead of failing.
export const KIND_PARAMS: Record<(typeof KIND_NAMES)[number], RunnerKind> = { local: RunnerKind.LOCAL, remote: RunnerKind.REMOTE, "local-configuration": RunnerKind.LOCAL_CONFIGURATION };
export const PROVIDER_PARAMS: Record<(typeof PROVIDER_NAMES)[number], RunnerProvider> = {
  "aws-ec2": RunnerProvider.AWS_EC2,
  gcp: RunnerProvider.GCP,
  "linux-host": RunnerProvider.LINUX_HOST,
  "desktop-mac": RunnerProvider.DESKTOP_MAC,
  "dev-agent": RunnerProvider.DEV_AGENT,
  managed: RunnerProvider.MANAGED,
};
export const PHASE_PARAMS: Record<(typeof PHASE_NAMES)[number], RunnerPhase> = {
  created: RunnerPhase.CREATED,
  inactive: RunnerPhase.INACTIVE,
  active: RunnerPhase.ACTIVE,
  degraded: RunnerPhase.DEGRADED,
  deleting: RunnerPhase.DELETING,
};
export { PAGE_SIZES, runnerListSearchSchema, type RunnerListSearch } from "./runner-list-search-schema";

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
