import { lazy, Suspense, useEffect, useSyncExternalStore } from "react";
import { useOpenedOnce } from "../../lib/use-opened-once";
import { registerSignInHost, signInRequest } from "../reauth";

// Radix Dialog and the sign-in form load when a session first expires, not with every signed-in page.
const SignInAgainDialog = lazy(() =>
  import("./sign-in-again-dialog").then((module) => ({ default: module.SignInAgainDialog })),
);

/** Hosts the "session expired" sign-in over the page (see reauth.ts) and shows it while requests wait for it. */
export function SignInAgain() {
  const open = useSyncExternalStore(
    signInRequest.subscribe,
    signInRequest.getSnapshot,
    signInRequest.getSnapshot,
  );
  useEffect(() => registerSignInHost(), []);
  if (!useOpenedOnce(open)) return null;
  return (
    <Suspense fallback={null}>
      <SignInAgainDialog open={open} />
    </Suspense>
  );
}
