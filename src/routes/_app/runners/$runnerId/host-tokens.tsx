import { createFileRoute } from "@tanstack/react-router";
import { HostTokensPanel } from "../../../../features/host-tokens/components/host-tokens-panel";

export const Route = createFileRoute("/_app/runners/$runnerId/host-tokens")({
  component: function HostTokensTab() {
    return <HostTokensPanel runnerId={Route.useParams().runnerId} />;
  },
});
