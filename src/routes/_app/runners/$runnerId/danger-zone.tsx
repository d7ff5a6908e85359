import { createFileRoute } from "@tanstack/react-router";
import { RunnerDangerZonePage } from "../../../../features/runners/components/runner-tab-pages";

export const Route = createFileRoute("/_app/runners/$runnerId/danger-zone")({
  component: function DangerZoneTab() {
    return <RunnerDangerZonePage runnerId={Route.useParams().runnerId} />;
  },
});
