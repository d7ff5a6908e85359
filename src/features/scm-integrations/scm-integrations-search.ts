import { listParam, uuidParam, type SearchParser } from "../../lib/search-params";

/** `/scm-integrations?runnerIds=[…]`: filter.runnerIds of ListSCMIntegrations (the API takes at most 25). */
export interface ScmIntegrationsSearch {
  runnerIds?: string[] | undefined;
}

const runnerIdsParam = listParam(uuidParam, 25);

export const scmIntegrationsSearchSchema: SearchParser<ScmIntegrationsSearch> = {
  parse: (search) => ({ runnerIds: runnerIdsParam(search.runnerIds) }),
};
