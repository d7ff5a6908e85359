import { createFileRoute } from "@tanstack/react-router";
import { ScmIntegrationsPanel } from "../../../../features/scm-integrations/components/scm-integrations-panel";

export const Route = createFileRoute("/_app/runners/$runnerId/scm-integrations")({
  component: function ScmIntegrationsTab() {
    return <ScmIntegrationsPanel runnerId={Route.useParams().runnerId} />;
  },
});
