import { booleanParam, listParam, oneOfParam, uuidParam, type SearchParser } from "../../lib/search-params";

// Parsing only, no generated enums: route options import this file, so it lands in the first page.
// The names are mapped to the wire enums in ./search (loaded with the page).
export const KIND_NAMES = ["local", "remote", "local-configuration"] as const;
export const PROVIDER_NAMES = ["aws-ec2", "gcp", "linux-host", "desktop-mac", "dev-agent", "managed"] as const;
export type KindParam = (typeof KIND_NAMES)[number];
export type ProviderParam = (typeof PROVIDER_NAMES)[number];

/** The five ListEnvironmentClasses filters as URL search params; anything malformed is dropped. */
export interface EnvironmentClassSearch {
  runnerIds?: string[] | undefined;
  enabled?: boolean | undefined;
  canCreateEnvironments?: boolean | undefined;
  runnerKinds?: KindParam[] | undefined;
  runnerProviders?: ProviderParam[] | undefined;
}

const MAX_FILTER_VALUES = 25;
const runnerIdsParam = listParam(uuidParam, MAX_FILTER_VALUES);
const kindsParam = listParam(oneOfParam(KIND_NAMES), MAX_FILTER_VALUES);
const providersParam = listParam(oneOfParam(PROVIDER_NAMES), MAX_FILTER_VALUES);

export const environmentClassSearchSchema: SearchParser<EnvironmentClassSearch> = {
  parse: (search) => ({
    runnerIds: runnerIdsParam(search.runnerIds),
    enabled: booleanParam(search.enabled),
    canCreateEnvironments: booleanParam(search.canCreateEnvironments),
    runnerKinds: kindsParam(search.runnerKinds),
    runnerProviders: providersParam(search.runnerProviders),
  }),
};

/** `?runnerId=` of the create page. */
export interface NewEnvironmentClassSearch {
  runnerId?: string | undefined;
}

export const newEnvironmentClassSearchSchema: SearchParser<NewEnvironmentClassSearch> = {
  parse: (search) => ({ runnerId: uuidParam(search.runnerId) }),
};
