// The policies page's URL search params, parsed without zod: route `validateSearch` code stays in the entry chunk.
import { oneOfParam, type SearchInput, type SearchParser } from "../../lib/search-params";

export const POLICY_VIEWS = ["runners", "groups"] as const;
export const SHARED_FILTERS = ["shared", "not-shared"] as const;
const MAX_QUERY_LENGTH = 200;

export interface PoliciesSearch {
  /** By runner (the default) or by group. */
  view: (typeof POLICY_VIEWS)[number];
  /** Part of a runner's name (by-runner view). */
  q?: string | undefined;
  shared?: (typeof SHARED_FILTERS)[number] | undefined;
}

const viewParam = oneOfParam(POLICY_VIEWS);
const sharedParam = oneOfParam(SHARED_FILTERS);

export const policiesSearchSchema: SearchParser<PoliciesSearch, SearchInput<PoliciesSearch>> = {
  parse: (search) => ({
    view: viewParam(search.view) ?? "runners",
    q:
      typeof search.q === "string" && search.q.length <= MAX_QUERY_LENGTH && search.q !== ""
        ? search.q
        : undefined,
    shared: sharedParam(search.shared),
  }),
};
