import { RunnerKind, RunnerProvider } from "../../gen/gitpod/v1/runner_configuration_pb";
import type { EnvironmentClassFilter } from "../../api/runner-configuration/list-environment-classes";
import type { EnvironmentClassSearch, KindParam, ProviderParam } from "./search-schema";

export {
  environmentClassSearchSchema,
  newEnvironmentClassSearchSchema,
  type EnvironmentClassSearch,
  type KindParam,
  type NewEnvironmentClassSearch,
  type ProviderParam,
} from "./search-schema";

// URL values are readable names; mapped to the wire enums here, so a bad URL falls back instead of failing.
export const KIND_PARAMS = {
  local: RunnerKind.LOCAL,
  remote: RunnerKind.REMOTE,
  "local-configuration": RunnerKind.LOCAL_CONFIGURATION,
} as const satisfies Record<KindParam, RunnerKind>;
export const PROVIDER_PARAMS = {
  "aws-ec2": RunnerProvider.AWS_EC2,
  gcp: RunnerProvider.GCP,
  "linux-host": RunnerProvider.LINUX_HOST,
  "desktop-mac": RunnerProvider.DESKTOP_MAC,
  "dev-agent": RunnerProvider.DEV_AGENT,
  managed: RunnerProvider.MANAGED,
} as const satisfies Record<ProviderParam, RunnerProvider>;

export function filterOfSearch(search: EnvironmentClassSearch): EnvironmentClassFilter {
  return {
    runnerIds: search.runnerIds ?? [],
    enabled: search.enabled,
    canCreateEnvironments: search.canCreateEnvironments,
    runnerKinds: (search.runnerKinds ?? []).map((kind) => KIND_PARAMS[kind]),
    runnerProviders: (search.runnerProviders ?? []).map((provider) => PROVIDER_PARAMS[provider]),
  };
}

export function hasActiveFilter(search: EnvironmentClassSearch): boolean {
  return Boolean(
    search.runnerIds?.length ||
    search.enabled !== undefined ||
    search.canCreateEnvironments !== undefined ||
    search.runnerKinds?.length ||
    search.runnerProviders?.length,
  );
}
