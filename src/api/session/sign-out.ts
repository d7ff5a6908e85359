import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useConsoleConfig } from "../../lib/console-config";
import { sessionQueryKey } from "./get-session";
import { deleteSession } from "./session-http";

/** DELETE {apiPrefix}/auth/session: the server forgets the session and clears the cookie. */
export function signOut(apiPrefix: string): Promise<void> {
  return deleteSession(apiPrefix);
}

/**
 * Signs out, goes to /sign-in and drops every cached answer, so the next user sees nothing of this one.
 * The session entry goes first: the sign-in page would otherwise see it and send the user back.
 */
export function useSignOut() {
  const { apiPrefix } = useConsoleConfig();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => signOut(apiPrefix),
    meta: { authRedirect: false },
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: sessionQueryKey });
      await navigate({ to: "/sign-in" });
      queryClient.clear();
    },
  });
}
