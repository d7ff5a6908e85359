import { createFileRoute } from "@tanstack/react-router";
import { ActivityPage } from "../../features/activity/components/activity-page";
import { activitySearchSchema } from "../../features/activity/activity-search";

export const Route = createFileRoute("/_app/activity")({
  validateSearch: activitySearchSchema,
  head: () => ({ meta: [{ title: "Activity · Runner Console" }] }),
  component: ActivityRoute,
});

function ActivityRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <ActivityPage
      search={search}
      onSearchChange={(patch) => void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true })}
    />
  );
}
