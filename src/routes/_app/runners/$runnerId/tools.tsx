import { createFileRoute } from "@tanstack/react-router";
import { RunnerToolsPanel } from "../../../../features/runner-tools/components/runner-tools-panel";

export const Route = createFileRoute("/_app/runners/$runnerId/tools")({
  component: function ToolsTab() {
    const { runnerId } = Route.useParams();
    return <RunnerToolsPanel runnerId={runnerId} returnTo={`/runners/${runnerId}/tools`} />;
  },
});
