import { Link } from "@tanstack/react-router";
import { Badge } from "../../../components/ui/badge";
import { buttonClasses } from "../../../components/ui/button";
import { Spinner } from "../../../components/ui/spinner";
import type { CheckAuthenticationForHostResponse } from "../../../gen/gitpod/v1/runner_pb";
import { describeError } from "../../../lib/errors";
import { useAuthenticationForHost } from "../../../api/runners/check-authentication-for-host";
import { useOwnHostTokenExpired } from "../../../api/runner-configuration/list-host-authentication-tokens";
import { currentPath, withReturnTo } from "../return-to";

/**
 * Authenticated, or how to become so: "Connect with OAuth" (back to this page afterwards) and/or a PAT hint. A token
 * the user has that expired says "Token expired", not "Not connected".
 */
export function AuthResult({
  result,
  host,
  runnerId,
  label,
}: {
  result: CheckAuthenticationForHostResponse;
  host: string;
  /** The integration's runner: the PAT hint links to its host tokens. */
  runnerId: string;
  /** Names the integration in link names, e.g. "github.com on aws-prod-eu" where several runners share a host. */
  label?: string;
}) {
  const name = label ?? host;
  const expired = useOwnHostTokenExpired(runnerId, host, !result.authenticated);
  if (result.authenticated) {
    return (
      <Badge tone="success" dot>
        Connected
      </Badge>
    );
  }
  const authUrl = result.supportsOauth2?.authUrl || result.authenticationUrl;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {expired ? (
        <Badge tone="danger" dot>
          Token expired
        </Badge>
      ) : (
        <Badge tone="warning" dot>
          Not connected
        </Badge>
      )}
      {authUrl ? (
        <a
          href={withReturnTo(authUrl, currentPath())}
          className={buttonClasses("secondary", "sm")}
          aria-label={`Connect with OAuth to ${name}`}
        >
          Connect with OAuth
        </a>
      ) : null}
      {!authUrl && result.supportsPat ? (
        <Link
          to="/host-tokens"
          search={{ runnerId }}
          className="text-xs font-medium text-link hover:underline"
          aria-label={expired ? `Replace the expired token for ${name}` : `Add a personal access token for ${name}`}
        >
          {expired ? "Replace the expired token" : "Add a personal access token"}
        </Link>
      ) : null}
    </span>
  );
}

/** The signed-in user's state for one integration, asked with CheckAuthenticationForHost. */
export function AuthStatus({ runnerId, host, label }: { runnerId: string; host: string; label?: string }) {
  const query = useAuthenticationForHost(runnerId, host);
  if (query.isPending) return <Spinner label={`Checking your access to ${host}`} />;
  if (query.isError)
    return <span className="text-xs text-red-700 dark:text-red-300">{describeError(query.error).title}</span>;
  return <AuthResult result={query.data} host={host} runnerId={runnerId} label={label} />;
}
