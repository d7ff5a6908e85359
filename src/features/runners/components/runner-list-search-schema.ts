// The runners list's URL search params, parsed without zod or generated enums: route `validateSearch` code
// stays in the entry chunk (see src/lib/search-params.ts). runner-list-search.ts maps the names to wire enums.
import {
  KIND_NAMES,
  PROVIDER_NAMES,
  RUNNER_STATUS_NAMES,
  SORT_DIRECTIONS,
  SORT_KEYS,
  type KindName,
  type ProviderName,
  type RunnerStatusName,
  type SortDirection,
  type SortKey,
} from "../../../api/fleet/fleet-params";
import { booleanParam, listParam, oneOfParam, type SearchInput, type SearchParser } from "../../../lib/search-params";

/** ListRunners accepts at most this many kinds and providers. */
const MAX_FILTER_VALUES = 25;
const MAX_QUERY_LENGTH = 200;

export type { KindName, ProviderName };

export const FLEET_UPDATE_PRESETS = ["auto-update"] as const;
export type FleetUpdatePreset = (typeof FLEET_UPDATE_PRESETS)[number];

export interface RunnerListSearch {
  /** Name search: a case-insensitive part of the name. */
  q?: string | undefined;
  kind?: KindName[] | undefined;
  provider?: ProviderName[] | undefined;
  mine?: boolean | undefined;
  /** The status filter (the console's vocabulary: a phase, or "stale"); applies over every indexed runner. */
  phase?: RunnerStatusName | undefined;
  /** Only runners reporting this version. */
  version?: string | undefined;
  /** Only runners that need attention, most severe first (the overview's "and N more"). */
  attention?: boolean | undefined;
  /** Only runners behind the newest version any runner reports. */
  outdated?: boolean | undefined;
  /** Opens the fleet update for every matching runner with this change chosen (the overview's "turn on auto-update"). */
  update?: FleetUpdatePreset | undefined;
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
const updateParam = oneOfParam(FLEET_UPDATE_PRESETS);

/** Free text (the router turns "123" into a number); blank is no filter. */
function textParam(value: unknown): string | undefined {
  const text = typeof value === "string" || typeof value === "number" ? String(value).slice(0, MAX_QUERY_LENGTH) : "";
  return text || undefined;
}

export function parseRunnerListSearch(search: { [K in keyof RunnerListSearch]?: unknown }): RunnerListSearch {
  return {
    q: textParam(search.q),
    kind: kindParam(search.kind),
    provider: providerParam(search.provider),
    mine: booleanParam(search.mine),
    phase: statusParam(search.phase),
    version: textParam(search.version),
    attention: booleanParam(search.attention) || undefined,
    outdated: booleanParam(search.outdated) || undefined,
    update: updateParam(search.update),
    sort: sortParam(search.sort),
    dir: dirParam(search.dir),
  };
}

export const runnerListSearchSchema: SearchParser<RunnerListSearch, SearchInput<RunnerListSearch>> = {
  parse: parseRunnerListSearch,
};
