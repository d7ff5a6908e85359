import { uuidParam, type SearchParser } from "../../lib/search-params";

/** `/host-tokens?runnerId=…&subjectId=…`: the filter of ListHostAuthenticationTokens. */
export interface HostTokensSearch {
  runnerId?: string | undefined;
  subjectId?: string | undefined;
}

export const hostTokensSearchSchema: SearchParser<HostTokensSearch> = {
  parse: (search) => ({ runnerId: uuidParam(search.runnerId), subjectId: uuidParam(search.subjectId) }),
};
