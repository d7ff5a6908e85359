import { createFileRoute } from "@tanstack/react-router";
import { useCallback } from "react";
import { PoliciesPage } from "../../features/policies/components/policies-page";
import { policiesSearchSchema, type PoliciesSearch } from "../../features/policies/policies-search";

export const Route = createFileRoute("/_app/policies")({
  validateSearch: policiesSearchSchema,
  // Runners come from the fleet index (walked by the page); only the groups' first page is worth waiting for.
  loader: async ({ context: { queryClient, transport } }) => {
    const [{ listGroupsOptions }, { prefetchFirstPage }] = await Promise.all([
      import("../../api/groups/list-groups"),
      import("../../api/paging"),
    ]);
    await prefetchFirstPage(queryClient.ensureInfiniteQueryData(listGroupsOptions(transport)));
  },
  head: () => ({ meta: [{ title: "Policies · Runner Console" }] }),
  component: PoliciesRoute,
});

function PoliciesRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  // Stable, so the search box's URL update does not restart on every render.
  const onSearchChange = useCallback(
    (patch: Partial<PoliciesSearch>) =>
      void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true }),
    [navigate],
  );
  return <PoliciesPage search={search} onSearchChange={onSearchChange} />;
}
