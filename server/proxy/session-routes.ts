// Proxy mode's POST/GET/DELETE {API_PREFIX}/auth/session: the PAT is checked upstream and sealed into the cookie.
import { Code, ConnectError } from "@connectrpc/connect";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { bearerToken, originMatchesHost, sessionIdFromCookie } from "../auth/resolve";
import { sendConnectError } from "../http/connect-error-reply";
import { codeToHttpStatus } from "@connectrpc/connect/protocol-connect";
import { sessionCookie } from "../auth/session-cookie";
import type { ProxySession, ProxySessionStore, UpstreamIdentity } from "./session-store";
import type { IdentityLookup } from "./upstream-identity";

export interface ProxySessionRouteOptions {
  sessions: ProxySessionStore;
  lookupIdentity: IdentityLookup;
  /** PUBLIC_URL: an https one makes the cookie Secure whatever the request came over. */
  publicUrl?: string | undefined;
}

function tokenFromBody(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || !("token" in body)) return undefined;
  return typeof body.token === "string" && body.token.trim() !== "" ? body.token.trim() : undefined;
}

/**
 * Upstream tells who the subject is, not their roles: orgRole is left out, so the UI offers every
 * action and shows upstream's permission_denied where one applies.
 */
function sessionView(identity: UpstreamIdentity) {
  return {
    mode: "proxy",
    subject: { id: identity.subjectId, principal: identity.principal },
    displayName: identity.subjectId,
    organizationId: identity.organizationId,
    groupIds: [],
  };
}

/** The session this request's cookie opens: no upstream call, no renewal. */
function cookieSession(sessions: ProxySessionStore, request: FastifyRequest): ProxySession | undefined {
  const sessionId = sessionIdFromCookie(request.headers.cookie);
  return sessionId ? sessions.open(sessionId) : undefined;
}

/**
 * The session view of this request's cookie, with a freshly sealed cookie on the reply so the session's 12 h start
 * again (the entry page and GET /auth/session both count as use); undefined when signed out.
 */
export function renewProxySession(
  sessions: ProxySessionStore,
  publicUrl: string | undefined,
  request: FastifyRequest,
  reply: FastifyReply,
): ReturnType<typeof sessionView> | undefined {
  const session = cookieSession(sessions, request);
  if (!session) return undefined;
  reply.header("set-cookie", sessionCookie(request, publicUrl, sessions.create(session.pat, session.identity)));
  return sessionView(session.identity);
}

function sameOrigin(request: FastifyRequest): boolean {
  return originMatchesHost(request.headers.origin, request.headers.host);
}

export function proxySessionRoutes(options: ProxySessionRouteOptions) {
  const { sessions, lookupIdentity } = options;
  const cookie = (request: FastifyRequest, value: string, maxAgeSeconds?: number) =>
    sessionCookie(request, options.publicUrl, value, maxAgeSeconds);
  return async function registerProxySessionRoutes(app: FastifyInstance): Promise<void> {
    app.post("/auth/session", async (request, reply) => {
      if (!sameOrigin(request)) {
        return sendConnectError(reply, 403, Code.PermissionDenied, "sign-in must come from this console's origin");
      }
      const token = tokenFromBody(request.body);
      if (!token) return sendConnectError(reply, 401, Code.Unauthenticated, "send a Gitpod personal access token");
      let identity: UpstreamIdentity;
      try {
        identity = await lookupIdentity(token);
      } catch (error) {
        const connectError = ConnectError.from(error);
        return sendConnectError(reply, codeToHttpStatus(connectError.code), connectError.code, connectError.rawMessage);
      }
      const sessionId = sessions.create(token, identity);
      return reply.code(204).header("set-cookie", cookie(request, sessionId)).send();
    });

    app.get("/auth/session", async (request, reply) => {
      const bearer = bearerToken(request.headers.authorization);
      if (bearer) {
        try {
          return reply.send(sessionView(await lookupIdentity(bearer)));
        } catch (error) {
          const connectError = ConnectError.from(error);
          return sendConnectError(reply, codeToHttpStatus(connectError.code), connectError.code, connectError.rawMessage);
        }
      }
      const view = renewProxySession(sessions, options.publicUrl, request, reply);
      if (view) return reply.send(view);
      // A cookie that no longer opens a session is dropped, so each reload does not count as another failure.
      if (sessionIdFromCookie(request.headers.cookie)) reply.header("set-cookie", cookie(request, "", 0));
      return sendConnectError(reply, 401, Code.Unauthenticated, "not signed in");
    });

    app.delete("/auth/session", async (request, reply) => {
      if (!sameOrigin(request)) {
        return sendConnectError(reply, 403, Code.PermissionDenied, "sign-out must come from this console's origin");
      }
      const sessionId = sessionIdFromCookie(request.headers.cookie);
      if (sessionId) sessions.revoke(sessionId);
      return reply.code(204).header("set-cookie", cookie(request, "", 0)).send();
    });
  };
}
