import { createFileRoute } from "@tanstack/react-router";
import { runnerListSearchSchema } from "../../../features/runners/components/runner-list-search-schema";
import { RunnersListPage } from "../../../features/runners/components/runners-list-page";

export const Route = createFileRoute("/_app/runners/")({
  validateSearch: runnerListSearchSchema,
  head: () => ({ meta: [{ title: "Runners · Runner Console" }] }),
  component: RunnersRoute,
});

function RunnersRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return <RunnersListPage search={search} onSearchChange={(patch) => void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true })} />;
}
