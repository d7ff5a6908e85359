import { useState } from "react";
import { useCheckAuthenticationForHost } from "../../../api/runners/check-authentication-for-host";

export interface AuthHint {
  url: string;
  host: string;
}

/**
 * After a tool answered failed_precondition without details (CheckRepositoryAccess, search, organisations):
 * ask CheckAuthenticationForHost where the user can authenticate for that host.
 */
export function useAuthHint(runnerId: string) {
  const check = useCheckAuthenticationForHost();
  const [hint, setHint] = useState<AuthHint | null>(null);
  const lookup = async (host: string) => {
    setHint(null);
    try {
      const answer = await check.mutateAsync({ runnerId, host });
      const url = answer.supportsOauth2?.authUrl || answer.authenticationUrl;
      if (!answer.authenticated && url) setHint({ url, host });
    } catch {
      // The tool already shows its own error; without an answer there is simply no link to offer.
    }
  };
  return { hint, lookup, clear: () => setHint(null) };
}

/** The host of a repository URL, or "" when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return "";
  }
}
