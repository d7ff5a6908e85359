import { createFileRoute } from "@tanstack/react-router";
import { HostTokensPage } from "../../features/host-tokens/components/host-tokens-page";
import { hostTokensSearchSchema } from "../../features/host-tokens/host-tokens-search";

export const Route = createFileRoute("/_app/host-tokens")({
  validateSearch: hostTokensSearchSchema,
  head: () => ({ meta: [{ title: "Host tokens · Runner Console" }] }),
  component: HostTokensRoute,
});

function HostTokensRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <HostTokensPage
      search={search}
      onSearchChange={(patch) =>
        void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true })
      }
    />
  );
}
