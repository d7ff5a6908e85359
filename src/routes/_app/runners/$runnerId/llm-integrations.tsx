import { createFileRoute } from "@tanstack/react-router";
import { LlmIntegrationsPanel } from "../../../../features/llm-integrations/components/llm-integrations-panel";

export const Route = createFileRoute("/_app/runners/$runnerId/llm-integrations")({
  component: function LlmIntegrationsTab() {
    return <LlmIntegrationsPanel runnerId={Route.useParams().runnerId} />;
  },
});
