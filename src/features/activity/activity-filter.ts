import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { MUTATING_RPCS } from "../../../common/activity-rpcs";
import type { ActivityFilter } from "../../api/activity/list-activity";
import { dayStart, type ActivitySearch } from "./activity-search";

/** The ListActivity filter of the URL's search: days in the browser's zone, `to` included. */
export function activityFilterOf(search: ActivitySearch): ActivityFilter {
  return {
    runnerId: search.runnerId ?? "",
    subjectId: search.subjectId ?? "",
    rpc: search.rpc && MUTATING_RPCS.includes(search.rpc) ? search.rpc : "",
    outcome: search.outcome ?? "",
    since: search.from ? timestampFromDate(dayStart(search.from)) : undefined,
    until: search.to ? timestampFromDate(dayStart(search.to, 1)) : undefined,
  };
}

export function isFiltered(search: ActivitySearch): boolean {
  return Object.values(search).some((value) => value !== undefined);
}
