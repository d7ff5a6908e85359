import { createFileRoute } from "@tanstack/react-router";
import { ScmIntegrationsPage } from "../../features/scm-integrations/components/scm-integrations-page";
import { scmIntegrationsSearchSchema } from "../../features/scm-integrations/scm-integrations-search";

export const Route = createFileRoute("/_app/scm-integrations")({
  validateSearch: scmIntegrationsSearchSchema,
  head: () => ({ meta: [{ title: "SCM integrations · Runner Console" }] }),
  component: ScmIntegrationsRoute,
});

function ScmIntegrationsRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <ScmIntegrationsPage
      search={search}
      onSearchChange={(patch) =>
        void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true })
      }
    />
  );
}
