import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { fetchSession } from "../../api/session/session-http";
import { sessionQueryKey } from "../../api/session/get-session";
import { signIn } from "../../api/session/sign-in";
import { Dialog } from "../../components/ui/dialog";
import { SignInForm } from "../../features/session/components/sign-in-form";
import { useConsoleConfig } from "../../lib/console-config";
import type { Session } from "../../lib/session";
import { finishSignIn } from "../reauth";
import { redirectToSignIn } from "../router";

/**
 * Shown (by SignInAgain) over the page when the session has expired during a request: signing in here sends the waiting requests
 * again, so dialogs and forms keep what was typed. Closing it gives up: the waiting requests fail and the app goes to
 * /sign-in, whichever request was waiting (a query, a mutation, or a background read such as the fleet index's walk).
 */
export function SignInAgainDialog({ open }: { open: boolean }) {
  const { mode, apiPrefix } = useConsoleConfig();
  const queryClient = useQueryClient();
  const router = useRouter();
  const signInAgain = useMutation({
    mutationFn: async (token: string) => {
      await signIn(apiPrefix, token);
      return fetchSession(apiPrefix);
    },
    meta: { authRedirect: false },
    onSuccess: (session) => {
      const before = queryClient.getQueryData<Session>(sessionQueryKey);
      // Someone else signed in: nothing cached for the previous user may show.
      if (before && before.subject.id !== session.subject.id) queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, session);
      signInAgain.reset();
      finishSignIn(true);
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) return;
        signInAgain.reset();
        finishSignIn(false);
        redirectToSignIn(router);
      }}
      title="Your session expired"
      description="Sign in again to continue. What you typed is kept, and your last change is sent once you are signed in."
      size="sm"
    >
      <SignInForm
        mode={mode}
        isSubmitting={signInAgain.isPending}
        error={signInAgain.error}
        onSubmit={(token) => signInAgain.mutate(token)}
      />
    </Dialog>
  );
}
