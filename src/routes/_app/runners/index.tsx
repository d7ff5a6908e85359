import { createFileRoute } from "@tanstack/react-router";
import { runnerListSearchSchema } from "../../../features/runners/components/runner-list-search-schema";
import { RunnersListPage } from "../../../features/runners/components/runners-list-page";

export const Route = createFileRoute("/_app/runners/")({
  validateSearch: runnerListSearchSchema,
  loaderDeps: ({ search: { kind, provider, mine, pageSize } }) => ({ kind, provider, mine, pageSize }),
  loader: async ({ context, deps }) => {
    // Loaded on demand, as every loader's query code: the generated descriptors stay out of the entry chunk.
    const [{ listRunnersOptions }, { prefetchFirstPage }, { serverFilterOf }] = await Promise.all([
      import("../../../api/runners/list-runners"),
      import("../../../api/paging"),
      import("../../../features/runners/components/runner-list-search"),
    ]);
    const filter = serverFilterOf(deps, context.session.subject.id);
    await prefetchFirstPage(
      context.queryClient.ensureInfiniteQueryData(listRunnersOptions(context.transport, { filter, pageSize: deps.pageSize })),
    );
  },
  head: () => ({ meta: [{ title: "Runners · Runner Console" }] }),
  component: RunnersRoute,
});

function RunnersRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return <RunnersListPage search={search} onSearchChange={(patch) => void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true })} />;
}
