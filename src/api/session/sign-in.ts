import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useConsoleConfig } from "../../lib/console-config";
import { postSession } from "./session-http";

/** POST {apiPrefix}/auth/session with the token; the server answers with the HttpOnly session cookie. */
export function signIn(apiPrefix: string, token: string): Promise<void> {
  return postSession(apiPrefix, token);
}

/** Signs in and drops everything cached for a previous user. A bad token is `unauthenticated`, shown by the form. */
export function useSignIn() {
  const { apiPrefix } = useConsoleConfig();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => signIn(apiPrefix, token),
    meta: { authRedirect: false },
    onSuccess: () => queryClient.clear(),
  });
}
