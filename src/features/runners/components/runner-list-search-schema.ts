// The runners list's URL search params, parsed without zod or generated enums: route `validateSearch` code
// stays in the entry chunk (see src/lib/search-params.ts). runner-list-search.ts maps the names to wire enums.
import { booleanParam, oneOfParam, type SearchInput, type SearchParser } from "../../../lib/search-params";

export const KIND_NAMES = ["local", "remote", "local-configuration"] as const;
export const PROVIDER_NAMES = ["aws-ec2", "gcp", "linux-host", "desktop-mac", "dev-agent", "managed"] as const;
export const PHASE_NAMES = ["created", "inactive", "active", "degraded", "deleting"] as const;
export const PAGE_SIZES = [25, 50, 100] as const;

export interface RunnerListSearch {
  kind?: (typeof KIND_NAMES)[number] | undefined;
  provider?: (typeof PROVIDER_NAMES)[number] | undefined;
  mine?: boolean | undefined;
  phase?: (typeof PHASE_NAMES)[number] | undefined;
  pageSize: (typeof PAGE_SIZES)[number];
}

const kindParam = oneOfParam(KIND_NAMES);
const providerParam = oneOfParam(PROVIDER_NAMES);
const phaseParam = oneOfParam(PHASE_NAMES);

export function parseRunnerListSearch(search: { [K in keyof RunnerListSearch]?: unknown }): RunnerListSearch {
  return {
    kind: kindParam(search.kind),
    provider: providerParam(search.provider),
    mine: booleanParam(search.mine),
    phase: phaseParam(search.phase),
    pageSize: PAGE_SIZES.find((size) => size === search.pageSize) ?? 25,
  };
}

export const runnerListSearchSchema: SearchParser<RunnerListSearch, SearchInput<RunnerListSearch>> = {
  parse: parseRunnerListSearch,
};
