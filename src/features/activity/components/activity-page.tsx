import { PageHeader } from "../../../components/ui/page-header";
import { useSession } from "../../../api/session/get-session";
import { activityFilterOf, isFiltered } from "../activity-filter";
import type { ActivitySearch } from "../activity-search";
import { ActivityFilters } from "./activity-filters";
import { ActivityList } from "./activity-list";
import { ExportButtons } from "./export-buttons";

interface ActivityPageProps {
  search: ActivitySearch;
  onSearchChange: (patch: Partial<ActivitySearch>) => void;
}

/** `/activity`: every change made through this console, filtered by the URL, exportable. */
export function ActivityPage({ search, onSearchChange }: ActivityPageProps) {
  const { data: session } = useSession();
  const proxy = session?.mode === "proxy";
  const seesAll = !proxy && session?.orgRole === "admin";
  const filter = activityFilterOf(seesAll ? search : { ...search, subjectId: undefined });
  const description = [
    proxy
      ? "Changes made through this console to the Gitpod API it forwards to. Changes made elsewhere (the Gitpod dashboard, the CLI, other consoles) are not here."
      : "Every change made through this console, including the ones that failed.",
    seesAll ? "As an organization admin you see everyone's." : "You see the changes you made.",
  ].join(" ");
  return (
    <div className="space-y-4">
      <PageHeader title="Activity" description={description} actions={<ExportButtons filter={filter} />} />
      <ActivityFilters search={search} onSearchChange={onSearchChange} byUser={seesAll} />
      <ActivityList filter={filter} filtered={isFiltered(search)} label="Activity" showRunner />
    </div>
  );
}
