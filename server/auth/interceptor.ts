import { type Interceptor } from "@connectrpc/connect";
import { IdentityService } from "../../src/gen/gitpod/v1/identity_pb";
import type { ServerContext } from "../context";
import { permissionDenied, unauthenticated } from "../errors";
import { principalKey, type Principal } from "./principal";
import {
  bearerToken,
  cookieRequestIsSameOrigin,
  principalFromBearer,
  principalFromSession,
  sessionIdFromCookie,
} from "./resolve";

/** RPCs callable without a caller token (the exchange token in the body is the credential). */
const ANONYMOUS_METHODS = new Set([
  `${IdentityService.typeName}/${IdentityService.method.exchangeToken.name}`,
]);

/**
 * Resolves the caller (Bearer API token, runner access token, or the rc_session cookie) into principalKey.
 * Calls without valid credentials get unauthenticated, except the anonymous methods above.
 */
export function createAuthInterceptor(ctx: ServerContext): Interceptor {
  return (next) => async (req) => {
    if (ANONYMOUS_METHODS.has(`${req.service.typeName}/${req.method.name}`)) return next(req);
    req.contextValues.set(principalKey, resolveCaller(ctx, req.header));
    return next(req);
  };
}

/** The request headers resolveCaller reads (a fetch Headers, or a lookup over node's headers). */
export interface HeaderLookup {
  get(name: string): string | null;
}

/** The caller behind a request's headers; throws unauthenticated / permission_denied as an RPC would answer. */
export function resolveCaller(ctx: ServerContext, header: HeaderLookup): Principal {
  const authorization = header.get("authorization");
  if (authorization) {
    const token = bearerToken(authorization);
    const principal = token ? principalFromBearer(ctx, token) : undefined;
    if (!principal) throw unauthenticated("the API token is not valid");
    return principal;
  }
  const sessionId = sessionIdFromCookie(header.get("cookie"));
  if (!sessionId) throw unauthenticated();
  const principal = principalFromSession(ctx, sessionId);
  if (!principal) throw unauthenticated("the session has expired; sign in again");
  const sameOrigin = cookieRequestIsSameOrigin({
    connectProtocolVersion: header.get("connect-protocol-version"),
    origin: header.get("origin"),
    host: header.get("host"),
  });
  if (!sameOrigin)
    throw permissionDenied("cookie requests need Connect-Protocol-Version: 1 and a same-origin Origin");
  return principal;
}
