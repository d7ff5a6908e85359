import { buttonClasses } from "../../../components/ui/button";

interface AuthenticateLinkProps {
  /** The authentication URL from the API (OAuth authorize page). */
  url: string;
  host?: string;
  /** Console path to come back to after authenticating. */
  returnTo: string;
}

/** "Authenticate" to the returned URL, asking it to send the user back to `returnTo`. */
export function AuthenticateLink({ url, host, returnTo }: AuthenticateLinkProps) {
  const target = new URL(url, window.location.origin);
  target.searchParams.set("returnTo", returnTo);
  return (
    <a href={target.toString()} className={buttonClasses("primary", "sm")}>
      Authenticate{host ? ` with ${host}` : ""}
    </a>
  );
}
