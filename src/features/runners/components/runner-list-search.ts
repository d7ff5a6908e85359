import type { FleetServerFilter } from "../../../api/fleet/fleet-index";
import { KIND_PARAMS, PROVIDER_PARAMS } from "../../../api/fleet/fleet-url";
import type { RunnerListSearch } from "./runner-list-search-schema";

export { runnerListSearchSchema, type RunnerListSearch } from "./runner-list-search-schema";

/** The part of the search ListRunners does itself; name, status and sort apply in the browser, over the whole index. */
export function serverFilterOf(search: RunnerListSearch, subjectId: string): FleetServerFilter {
  return {
    kinds: (search.kind ?? []).map((name) => KIND_PARAMS[name]),
    providers: (search.provider ?? []).map((name) => PROVIDER_PARAMS[name]),
    creatorIds: search.mine && subjectId ? [subjectId] : [],
  };
}
