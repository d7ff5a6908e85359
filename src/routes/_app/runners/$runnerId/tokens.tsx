import { createFileRoute } from "@tanstack/react-router";
import { RunnerTokensPage } from "../../../../features/runners/components/runner-tab-pages";

export const Route = createFileRoute("/_app/runners/$runnerId/tokens")({
  component: function TokensTab() {
    return <RunnerTokensPage runnerId={Route.useParams().runnerId} />;
  },
});
