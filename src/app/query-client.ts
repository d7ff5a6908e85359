import { Code } from "@connectrpc/connect";
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { NON_RETRYABLE_CODES, hasCode } from "../lib/errors";

declare module "@tanstack/react-query" {
  interface Register {
    queryMeta: AuthRedirectMeta;
    mutationMeta: AuthRedirectMeta;
  }
}

interface AuthRedirectMeta extends Record<string, unknown> {
  /** false: this query handles `unauthenticated` itself (the session query does) — no global redirect. */
  authRedirect?: boolean;
}

const MAX_RETRIES = 2;

/** Retry network trouble and server hiccups, never errors the caller has to fix (4xx codes). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && !hasCode(error, ...NON_RETRYABLE_CODES);
}

/** The app's QueryClient; `onUnauthenticated` runs whenever a query or mutation fails with `unauthenticated`. */
export function createAppQueryClient(onUnauthenticated: () => void): QueryClient {
  const handle = (error: unknown, meta: AuthRedirectMeta | undefined) => {
    if (meta?.authRedirect !== false && hasCode(error, Code.Unauthenticated)) onUnauthenticated();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => handle(error, query.meta) }),
    mutationCache: new MutationCache({ onError: (error, _variables, _context, mutation) => handle(error, mutation.meta) }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: true, staleTime: 5_000 },
      mutations: { retry: false },
    },
  });
}
