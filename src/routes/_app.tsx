import { Code } from "@connectrpc/connect";
import { createFileRoute, redirect } from "@tanstack/react-router";
import { AppShell } from "../app/shell/app-shell";
import { sessionQueryKey, sessionQueryOptions, useSession } from "../api/session/get-session";
import { hasCode } from "../lib/errors";

/** Every signed-in page sits under this layout; without a session the user goes to /sign-in. */
export const Route = createFileRoute("/_app")({
  beforeLoad: async ({ context, location }) => {
    const toSignIn = () => {
      const back = `${location.pathname}${location.searchStr}`;
      // Signed in earlier in this tab: the session expired (a first visit is just "Sign in").
      const expired = context.queryClient.getQueryData(sessionQueryKey) !== undefined;
      const reason = expired ? { reason: "expired" as const } : {};
      return redirect({ to: "/sign-in", search: back === "/" ? reason : { redirect: back, ...reason } });
    };
    // The page itself said nobody is signed in.
    if (context.signedOutAtBoot.current) throw toSignIn();
    try {
      const session = await context.queryClient.ensureQueryData(sessionQueryOptions(context.config.apiPrefix, context.config.getToken));
      return { session };
    } catch (error) {
      if (hasCode(error, Code.Unauthenticated)) throw toSignIn();
      throw error;
    }
  },
  component: AppLayout,
});

function AppLayout() {
  const { session: atLoad } = Route.useRouteContext();
  const { data: session } = useSession();
  return <AppShell session={session ?? atLoad} />;
}
