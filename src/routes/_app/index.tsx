import { createFileRoute } from "@tanstack/react-router";
import { OverviewPage } from "../../features/overview/components/overview-page";

export const Route = createFileRoute("/_app/")({
  // Runner figures come from the fleet index, which starts walking when the page mounts; host tokens prefetch here.
  loader: async ({ context: { queryClient, transport } }) => {
    const [{ listHostTokensOptions }, { MAX_PAGE_SIZE, prefetchFirstPage }] = await Promise.all([
      import("../../api/runner-configuration/list-host-authentication-tokens"),
      import("../../api/paging"),
    ]);
    await prefetchFirstPage(queryClient.ensureInfiniteQueryData(listHostTokensOptions(transport, {}, MAX_PAGE_SIZE)));
  },
  head: () => ({ meta: [{ title: "Overview · Runner Console" }] }),
  component: OverviewPage,
});
