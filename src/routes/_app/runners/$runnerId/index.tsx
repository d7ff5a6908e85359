import { createFileRoute } from "@tanstack/react-router";
import { RunnerOverviewPage } from "../../../../features/runners/components/runner-tab-pages";

export const Route = createFileRoute("/_app/runners/$runnerId/")({
  component: function OverviewTab() {
    return <RunnerOverviewPage runnerId={Route.useParams().runnerId} />;
  },
});
