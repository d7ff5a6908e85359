// Signing in again in place: when a request answers `unauthenticated` while the shell is on screen, the sign-in
// dialog opens over the page and the request waits; after sign-in it is sent again, so typed forms are kept.

interface PendingSignIn {
  promise: Promise<void>;
  resolve: () => void;
  reject: (reason: Error) => void;
}

let pending: PendingSignIn | undefined;
let hosts = 0;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

/** Mounted by the sign-in dialog: without one (e.g. on /sign-in itself) requests fail as before. */
export function registerSignInHost(): () => void {
  hosts++;
  return () => {
    hosts--;
    if (hosts === 0) finishSignIn(false);
  };
}

/** Resolves when the user has signed in again; rejects when they close the dialog or no dialog is mounted. */
export function waitForSignIn(): Promise<void> {
  if (hosts === 0) return Promise.reject(new Error("no sign-in dialog on this page"));
  if (!pending) {
    let resolve = () => {};
    let reject: (reason: Error) => void = () => {};
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    pending = { promise, resolve, reject };
    emit();
  }
  return pending.promise;
}

/** The dialog's outcome: every waiting request is retried (signed in) or fails with its `unauthenticated`. */
export function finishSignIn(signedIn: boolean): void {
  const current = pending;
  if (!current) return;
  pending = undefined;
  if (signedIn) current.resolve();
  else current.reject(new Error("sign-in was cancelled"));
  emit();
}

/** For useSyncExternalStore: true while a request waits for the user to sign in again. */
export const signInRequest = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): boolean => pending !== undefined,
};
