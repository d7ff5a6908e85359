import { useRouter } from "@tanstack/react-router";
import { useConsoleConfig } from "../../../lib/console-config";
import { useSignIn } from "../../../api/session/sign-in";
import { SignInForm } from "./sign-in-form";

/** /sign-in: token in, session cookie out, then back to where the user was. */
export function SignInPage({ redirectTo, expired = false }: { redirectTo: string; expired?: boolean }) {
  const { mode } = useConsoleConfig();
  const router = useRouter();
  const signIn = useSignIn();
  return (
    <main id="main-content" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex items-center justify-center gap-2 text-lg font-semibold text-slate-900 dark:text-white">
          <span aria-hidden="true" className="inline-block size-7 rounded-md bg-brand" />
          Runner Console
        </div>
        <div className="rounded-rc border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          {expired ? (
            <p role="status" className="mb-4 rounded-rc bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-200">
              Your session expired. Sign in again to continue where you were.
            </p>
          ) : null}
          <h1 className="text-xl font-semibold text-slate-900 dark:text-white">Sign in</h1>
          <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
            {mode === "proxy"
              ? "This console talks to Gitpod on your behalf. Sign in with a Gitpod personal access token."
              : "Manage the runners of this local console. Sign in with your API token."}
          </p>
          <SignInForm
            mode={mode}
            isSubmitting={signIn.isPending}
            error={signIn.error}
            onSubmit={(token) => signIn.mutate(token, { onSuccess: () => router.history.push(redirectTo) })}
          />
        </div>
      </div>
    </main>
  );
}
