import { createFileRoute } from "@tanstack/react-router";
import { OverviewPage } from "../../features/overview/components/overview-page";

export const Route = createFileRoute("/_app/")({
  loader: async ({ context: { queryClient, transport } }) => {
    const [{ listRunnersOptions }, { listHostTokensOptions }, { MAX_PAGE_SIZE, prefetchFirstPage }] = await Promise.all([
      import("../../api/runners/list-runners"),
      import("../../api/runner-configuration/list-host-authentication-tokens"),
      import("../../api/paging"),
    ]);
    await Promise.all([
      prefetchFirstPage(queryClient.ensureInfiniteQueryData(listRunnersOptions(transport, { pageSize: MAX_PAGE_SIZE }))),
      prefetchFirstPage(queryClient.ensureInfiniteQueryData(listHostTokensOptions(transport, {}, MAX_PAGE_SIZE))),
    ]);
  },
  head: () => ({ meta: [{ title: "Overview · Runner Console" }] }),
  component: OverviewPage,
});
