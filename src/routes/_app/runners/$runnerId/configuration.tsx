import { createFileRoute } from "@tanstack/react-router";
import { RunnerConfigurationPage } from "../../../../features/runners/components/runner-tab-pages";

export const Route = createFileRoute("/_app/runners/$runnerId/configuration")({
  component: function ConfigurationTab() {
    return <RunnerConfigurationPage runnerId={Route.useParams().runnerId} />;
  },
});
