import { useMutation } from "@connectrpc/connect-query";
import { ActivityService } from "../../gen/console/v1/activity_pb";

/** ExportActivity: a read, but on demand (the Export buttons), so it is called like a mutation. */
export function useExportActivity() {
  return useMutation(ActivityService.method.exportActivity);
}
