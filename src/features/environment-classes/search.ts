import { z } from "zod";
import { RunnerKind, RunnerProvider } from "../../gen/gitpod/v1/runner_configuration_pb";
import type { EnvironmentClassFilter } from "./api/list-environment-classes";

// URL values are readable names; mapped to the wire enums here, so a bad URL falls back instead of failing.
export const KIND_PARAMS = {
  local: RunnerKind.LOCAL,
  remote: RunnerKind.REMOTE,
  "local-configuration": RunnerKind.LOCAL_CONFIGURATION,
} as const;
export const PROVIDER_PARAMS = {
  "aws-ec2": RunnerProvider.AWS_EC2,
  gcp: RunnerProvider.GCP,
  "linux-host": RunnerProvider.LINUX_HOST,
  "desktop-mac": RunnerProvider.DESKTOP_MAC,
  "dev-agent": RunnerProvider.DEV_AGENT,
  managed: RunnerProvider.MANAGED,
} as const;
export type KindParam = keyof typeof KIND_PARAMS;
export type ProviderParam = keyof typeof PROVIDER_PARAMS;

const kindParam = z.enum(["local", "remote", "local-configuration"]);
const providerParam = z.enum(["aws-ec2", "gcp", "linux-host", "desktop-mac", "dev-agent", "managed"]);
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

/** The five ListEnvironmentClasses filters as URL search params; anything malformed is dropped. */
export const environmentClassSearchSchema = z.object({
  runnerIds: z.array(uuid).max(25).optional().catch(undefined),
  enabled: z.boolean().optional().catch(undefined),
  canCreateEnvironments: z.boolean().optional().catch(undefined),
  runnerKinds: z.array(kindParam).max(25).optional().catch(undefined),
  runnerProviders: z.array(providerParam).max(25).optional().catch(undefined),
});
export type EnvironmentClassSearch = z.infer<typeof environmentClassSearchSchema>;

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

/** `?runnerId=` of the create page. */
export const newEnvironmentClassSearchSchema = z.object({
  runnerId: uuid.optional().catch(undefined),
});
