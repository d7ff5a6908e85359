import { createFileRoute, redirect } from "@tanstack/react-router";
import { sessionQueryOptions } from "../api/session/get-session";
import { SignInPage } from "../features/session/components/sign-in-page";
import { safeRedirectPath } from "../lib/redirect";

interface SignInSearch {
  /** Where to go after signing in: a same-origin path, never a token. */
  redirect?: string;
  /** "expired": the user was signed in and the session ended (the page says so). */
  reason?: "expired";
}

export const Route = createFileRoute("/sign-in")({
  validateSearch: (search: Record<string, unknown>): SignInSearch => {
    const path = safeRedirectPath(search.redirect);
    return { ...(path ? { redirect: path } : {}), ...(search.reason === "expired" ? { reason: "expired" as const } : {}) };
  },
  head: () => ({ meta: [{ title: "Sign in · Runner Console" }] }),
  beforeLoad: async ({ context, search }) => {
    // The page itself said nobody is signed in: no need to ask on this first visit.
    if (context.signedOutAtBoot.current) {
      context.signedOutAtBoot.current = false;
      return;
    }
    // Already signed in (e.g. a second tab): go straight on.
    const signedIn = await context.queryClient
      .fetchQuery({ ...sessionQueryOptions(context.config.apiPrefix), staleTime: 0 })
      .then(() => true, () => false);
    if (signedIn) throw redirect({ href: search.redirect ?? "/" });
  },
  component: SignInRoute,
});

function SignInRoute() {
  const { redirect: target, reason } = Route.useSearch();
  return <SignInPage redirectTo={target ?? "/"} expired={reason === "expired"} />;
}
