import { Code } from "@connectrpc/connect";
import { Outlet, createFileRoute, notFound } from "@tanstack/react-router";
import { RunnerDetailLayout } from "../../../features/runners/components/runner-detail-layout";
import { RunnerNotFound } from "../../../features/runners/components/runner-not-found";
import { hasCode } from "../../../lib/errors";

export const Route = createFileRoute("/_app/runners/$runnerId")({
  loader: async ({ context, params }) => {
    // Loaded on demand: loaders stay in the entry chunk, and get-runner pulls in the generated descriptors.
    const { getRunnerOptions } = await import("../../../api/runners/get-runner");
    try {
      const { runner } = await context.queryClient.ensureQueryData(getRunnerOptions(context.transport, params.runnerId));
      return { name: runner?.name ?? params.runnerId };
    } catch (error) {
      // A malformed id is as absent as an unknown one.
      if (hasCode(error, Code.NotFound, Code.InvalidArgument)) throw notFound();
      throw error;
    }
  },
  head: ({ loaderData }) => ({ meta: [{ title: `${loaderData?.name ?? "Runner"} · Runner Console` }] }),
  notFoundComponent: NotFound,
  component: RunnerRoute,
});

function RunnerRoute() {
  const { runnerId } = Route.useParams();
  return (
    <RunnerDetailLayout runnerId={runnerId}>
      <Outlet />
    </RunnerDetailLayout>
  );
}

function NotFound() {
  const { runnerId } = Route.useParams();
  return <RunnerNotFound runnerId={runnerId} />;
}
