import { listParam, uuidParam, type SearchParser } from "../../lib/search-params";

/** `/llm-integrations?runnerIds=[…]`: filter.runnerIds of ListLLMIntegrations (the API takes at most 25). */
export interface LlmIntegrationsSearch {
  runnerIds?: string[] | undefined;
}

const runnerIdsParam = listParam(uuidParam, 25);

export const llmIntegrationsSearchSchema: SearchParser<LlmIntegrationsSearch> = {
  parse: (search) => ({ runnerIds: runnerIdsParam(search.runnerIds) }),
};
