import { createFileRoute } from "@tanstack/react-router";
import { useSession } from "../../api/session/get-session";
import { SignOutButton } from "../../features/session/components/sign-out-button";
import { SettingsView } from "../../features/settings/components/settings-view";
import { useConsoleConfig } from "../../lib/console-config";

export const Route = createFileRoute("/_app/settings")({
  head: () => ({ meta: [{ title: "Settings · Runner Console" }] }),
  component: SettingsRoute,
});

function SettingsRoute() {
  const { session: atLoad } = Route.useRouteContext();
  const { data: session } = useSession();
  const config = useConsoleConfig();
  return <SettingsView session={session ?? atLoad} config={config} signOut={<SignOutButton size="sm" />} />;
}
