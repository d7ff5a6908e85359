import { EmptyState } from "../../../components/ui/empty-state";
import { PagedList } from "../../../components/ui/paged-list";
import { useActivity, type ActivityFilter } from "../../../api/activity/list-activity";
import { useSession } from "../../../api/session/get-session";
import { ActivityTable } from "./activity-table";

interface ActivityListProps {
  filter: ActivityFilter;
  /** Whether any filter is set: the empty state then says nothing matched, not that nothing happened. */
  filtered: boolean;
  label: string;
  showRunner: boolean;
}

/** The activity records of a filter, page by page, with loading, error and empty states. */
export function ActivityList({ filter, filtered, label, showRunner }: ActivityListProps) {
  const list = useActivity(filter);
  const { data: session } = useSession();
  return (
    <PagedList
      list={list}
      loadingLabel="Loading activity"
      errorTitle="Could not load the activity log"
      empty={
        <EmptyState
          title={filtered ? "No activity matches these filters" : "No activity yet"}
          description={
            filtered
              ? "Clear a filter or widen the time range."
              : "Every change made through this console (creating, updating, deleting, sharing …) appears here, including the ones that failed."
          }
        />
      }
    >
      <ActivityTable label={label} records={list.rows} myId={session?.subject.id} showRunner={showRunner} />
    </PagedList>
  );
}
