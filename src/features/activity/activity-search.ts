import { oneOfParam, uuidParam, type ParamParser, type SearchParser } from "../../lib/search-params";

/** `/activity?runnerId=…&subjectId=…&rpc=…&outcome=…&from=2025-06-01&to=2025-06-15`: the ListActivity filter. */
export interface ActivitySearch {
  runnerId?: string | undefined;
  subjectId?: string | undefined;
  rpc?: string | undefined;
  outcome?: ActivityOutcomeFilter | undefined;
  /** Days (YYYY-MM-DD) in the browser's zone, both included. */
  from?: string | undefined;
  to?: string | undefined;
}

export const OUTCOME_FILTERS = ["ok", "failed", "permission_denied", "not_found", "invalid_argument", "failed_precondition"] as const;
export type ActivityOutcomeFilter = (typeof OUTCOME_FILTERS)[number];

const dayParam: ParamParser<string> = (value) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
/** Subjects are UUIDs in both modes; anything else is dropped like any malformed param. */
const subjectParam = uuidParam;
/** The shape of an RPC path only: the descriptor list (common/activity-rpcs) would pull the generated services into
 *  every page's route tree; activityFilterOf drops a well-formed name that is not a recorded RPC. */
const rpcParam: ParamParser<string> = (value) =>
  typeof value === "string" && /^gitpod\.v1\.\w+Service\/\w+$/.test(value) ? value : undefined;

export const activitySearchSchema: SearchParser<ActivitySearch> = {
  parse: (search) => ({
    runnerId: uuidParam(search.runnerId),
    subjectId: subjectParam(search.subjectId),
    rpc: rpcParam(search.rpc),
    outcome: oneOfParam(OUTCOME_FILTERS)(search.outcome),
    from: dayParam(search.from),
    to: dayParam(search.to),
  }),
};

/** Local midnight of a YYYY-MM-DD day; `to` is inclusive, so the range ends at the next midnight. */
export function dayStart(day: string, plusDays = 0): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + plusDays);
}
