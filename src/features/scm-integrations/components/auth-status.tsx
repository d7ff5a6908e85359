import { Badge } from "../../../components/ui/badge";
import { buttonClasses } from "../../../components/ui/button";
import { Spinner } from "../../../components/ui/spinner";
import type { CheckAuthenticationForHostResponse } from "../../../gen/gitpod/v1/runner_pb";
import { describeError } from "../../../lib/errors";
import { useAuthenticationForHost } from "../api/check-authentication-query";
import { currentPath, withReturnTo } from "../return-to";

/** Authenticated, or how to become so: "Connect with OAuth" (back to this page afterwards) and/or a PAT hint. */
export function AuthResult({ result, host }: { result: CheckAuthenticationForHostResponse; host: string }) {
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
      <Badge tone="warning" dot>
        Not connected
      </Badge>
      {authUrl ? (
        <a
          href={withReturnTo(authUrl, currentPath())}
          className={buttonClasses("secondary", "sm")}
          aria-label={`Connect with OAuth to ${host}`}
        >
          Connect with OAuth
        </a>
      ) : null}
      {!authUrl && result.supportsPat ? (
        <span className="text-xs text-slate-600 dark:text-slate-400">
          Add a personal access token under Host tokens.
        </span>
      ) : null}
    </span>
  );
}

/** The signed-in user's state for one integration, asked with CheckAuthenticationForHost. */
export function AuthStatus({ runnerId, host }: { runnerId: string; host: string }) {
  const query = useAuthenticationForHost(runnerId, host);
  if (query.isPending) return <Spinner label={`Checking your access to ${host}`} />;
  if (query.isError)
    return <span className="text-xs text-red-700 dark:text-red-300">{describeError(query.error).title}</span>;
  return <AuthResult result={query.data} host={host} />;
}
