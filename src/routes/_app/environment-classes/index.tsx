import { createFileRoute } from "@tanstack/react-router";
import { EnvironmentClassesPage } from "../../../features/environment-classes/components/environment-classes-page";
import { environmentClassSearchSchema } from "../../../features/environment-classes/search-schema";

export const Route = createFileRoute("/_app/environment-classes/")({
  validateSearch: environmentClassSearchSchema,
  head: () => ({ meta: [{ title: "Environment classes · Runner Console" }] }),
  component: EnvironmentClassesRoute,
});

function EnvironmentClassesRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <EnvironmentClassesPage
      search={search}
      onSearchChange={(patch) =>
        void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true })
      }
    />
  );
}
