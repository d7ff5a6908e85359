import { useQuery } from "@connectrpc/connect-query";
import { ActivityService } from "../../gen/console/v1/activity_pb";

/** The people who appear in the activity the caller may see (the "User" filter's options). */
export function useActivitySubjects() {
  return useQuery(ActivityService.method.listActivitySubjects, {});
}
