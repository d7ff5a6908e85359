import { createFileRoute } from "@tanstack/react-router";
import { RunnerPoliciesPanel } from "../../../../features/policies/components/runner-policies-panel";

export const Route = createFileRoute("/_app/runners/$runnerId/sharing")({
  component: function SharingTab() {
    return <RunnerPoliciesPanel runnerId={Route.useParams().runnerId} />;
  },
});
