import { queryOptions, useQuery } from "@tanstack/react-query";
import { useConsoleConfig } from "../../lib/console-config";
import { fetchSession } from "./session-http";

export const sessionQueryKey = ["console", "session"] as const;

/** GET {apiPrefix}/auth/session; `unauthenticated` is handled by the caller (the app layout redirects). */
export function sessionQueryOptions(apiPrefix: string, getToken?: () => Promise<string>) {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: () => fetchSession(apiPrefix, getToken),
    staleTime: 60_000,
    meta: { authRedirect: false },
  });
}

/** The signed-in user (displayName, orgRole, mode …). */
export function useSession() {
  const { apiPrefix, getToken } = useConsoleConfig();
  return useQuery(sessionQueryOptions(apiPrefix, getToken));
}
