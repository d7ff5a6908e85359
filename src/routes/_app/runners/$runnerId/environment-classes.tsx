import { createFileRoute } from "@tanstack/react-router";
import { EnvironmentClassesPanel } from "../../../../features/environment-classes/components/environment-classes-panel";

export const Route = createFileRoute("/_app/runners/$runnerId/environment-classes")({
  component: function EnvironmentClassesTab() {
    return <EnvironmentClassesPanel runnerId={Route.useParams().runnerId} />;
  },
});
