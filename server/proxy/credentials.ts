import { Code, ConnectError } from "@connectrpc/connect";
import type { IncomingHttpHeaders } from "node:http";
import { bearerToken, cookieRequestIsSameOrigin, sessionIdFromCookie } from "../auth/resolve";
import type { ProxySessionStore } from "./session-store";

/**
 * The Authorization header to send upstream for one request, or undefined for an anonymous call.
 * Embedded clients' Bearer tokens go through as sent; a browser session's cookie becomes the PAT it holds,
 * under the same CSRF rule as local mode. ExchangeToken needs no caller, so a stale cookie is ignored there.
 */
export function upstreamAuthorization(
  headers: IncomingHttpHeaders,
  sessions: ProxySessionStore,
  anonymousAllowed: boolean,
): string | undefined {
  if (headers.authorization !== undefined) {
    if (!bearerToken(headers.authorization)) {
      throw new ConnectError("Authorization must be a Bearer token", Code.Unauthenticated);
    }
    return headers.authorization;
  }
  const sessionId = sessionIdFromCookie(headers.cookie);
  if (!sessionId) return undefined;
  const session = sessions.open(sessionId);
  if (!session) {
    if (anonymousAllowed) return undefined;
    throw new ConnectError("the session has expired; sign in again", Code.Unauthenticated);
  }
  const connectProtocolVersion = headers["connect-protocol-version"];
  const sameOrigin = cookieRequestIsSameOrigin({
    connectProtocolVersion: typeof connectProtocolVersion === "string" ? connectProtocolVersion : undefined,
    origin: headers.origin,
    host: headers.host,
  });
  if (!sameOrigin) {
    throw new ConnectError("cookie requests need Connect-Protocol-Version: 1 and a same-origin Origin", Code.PermissionDenied);
  }
  return `Bearer ${session.pat}`;
}
