import { createFileRoute } from "@tanstack/react-router";
import { RunnerActivityPanel } from "../../../../features/activity/components/runner-activity-panel";

export const Route = createFileRoute("/_app/runners/$runnerId/activity")({
  component: function ActivityTab() {
    return <RunnerActivityPanel runnerId={Route.useParams().runnerId} />;
  },
});
