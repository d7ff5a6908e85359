// The runners list's URL search params, parsed without zod or generated enums: route `validateSearch` code
// stays in the entry chunk (see src/lib/search-params.ts). runner-list-search.ts maps the names to wire enums.
import { RUNNER_STATUS_NAMES, SORT_DIRECTIONS, SORT_KEYS, type RunnerStatusName, type SortDirection, type SortKey } from "../../../api/fleet/fleet-params";
import { booleanParam, listParam, oneOfParam, type SearchInput, type SearchParser } from "../../../lib/search-params";

export const KIND_NAMES = ["local", "remote", "local-configuration"] as const;
export const PROVIDER_NAMES = ["aws-ec2", "gcp", "linux-host", "desktop-mac", "dev-agent", "managed"] as const;
/** ListRunners accepts at most this many kinds and providers. */
const MAX_FILTER_VALUES = 25;
const MAX_QUERY_LENGTH = 200;

export type KindName = (typeof KIND_NAMES)[number];
export type ProviderName = (typeof PROVIDER_NAMES)[number];

export interface RunnerListSearch {
  /** Name search: a case-insensitive part of the name. */
  q?: string | undefined;
  kind?: KindName[] | undefined;
  provider?: ProviderName[] | undefined;
  mine?: boolean | undefined;
  /** The status filter (the console's vocabulary: a phase, or "stale"); applies over every indexed runner. */
  phase?: RunnerStatusName | undefined;
  sort?: SortKey | undefined;
  dir?: SortDirection | undefined;
}

/** A list of names; a single name (an older link: `?provider=gcp`) counts as a list of one. */
function namesParam<const T extends string>(names: readonly T[]) {
  const list = listParam(oneOfParam(names), MAX_FILTER_VALUES);
  return (value: unknown): T[] | undefined => {
    const parsed = list(typeof value === "string" ? [value] : value);
    return parsed && parsed.length > 0 ? [...new Set(parsed)] : undefined;
  };
}

const kindParam = namesParam(KIND_NAMES);
const providerParam = namesParam(PROVIDER_NAMES);
const statusParam = oneOfParam(RUNNER_STATUS_NAMES);
const sortParam = oneOfParam(SORT_KEYS);
const dirParam = oneOfParam(SORT_DIRECTIONS);

export function parseRunnerListSearch(search: { [K in keyof RunnerListSearch]?: unknown }): RunnerListSearch {
  const q = typeof search.q === "string" || typeof search.q === "number" ? String(search.q).slice(0, MAX_QUERY_LENGTH) : undefined;
  return {
    q: q || undefined,
    kind: kindParam(search.kind),
    provider: providerParam(search.provider),
    mine: booleanParam(search.mine),
    phase: statusParam(search.phase),
    sort: sortParam(search.sort),
    dir: dirParam(search.dir),
  };
}

export const runnerListSearchSchema: SearchParser<RunnerListSearch, SearchInput<RunnerListSearch>> = {
  parse: parseRunnerListSearch,
};
