// POST/GET/DELETE {API_PREFIX}/auth/session — sign in with an API token, read the session, sign out.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ServerContext } from "../context";
import { createSession, deleteSession } from "../store/sessions";
import { userIdForApiToken, userPrincipal } from "../store/users";
import type { UserPrincipal } from "./principal";
import {
  bearerToken,
  originMatchesHost,
  principalFromBearer,
  principalFromSession,
  sessionIdFromCookie,
} from "./resolve";
import { sessionCookie } from "./session-cookie";

function connectError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).header("content-type", "application/json").send({ code, message });
}

function tokenFromBody(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || !("token" in body)) return undefined;
  return typeof body.token === "string" && body.token !== "" ? body.token : undefined;
}

function sameOrigin(req: FastifyRequest): boolean {
  return originMatchesHost(req.headers.origin, req.headers.host);
}

function sessionView(user: UserPrincipal) {
  return {
    mode: "local",
    subject: { id: user.userId, principal: "PRINCIPAL_USER" },
    displayName: user.displayName,
    orgRole: user.orgRole,
    groupIds: user.groupIds,
  };
}

/** The signed-in user of this request: the session cookie, or a Bearer API token (embedded mode). */
function currentUser(ctx: ServerContext, req: FastifyRequest): UserPrincipal | undefined {
  const token = bearerToken(req.headers.authorization);
  const principal = token
    ? principalFromBearer(ctx, token)
    : (() => {
        const sessionId = sessionIdFromCookie(req.headers.cookie);
        return sessionId ? principalFromSession(ctx, sessionId) : undefined;
      })();
  return principal?.kind === "user" ? principal : undefined;
}

/** GET /auth/session's answer for this request (also the entry page's boot session); undefined when signed out. */
export function sessionForRequest(ctx: ServerContext, req: FastifyRequest): ReturnType<typeof sessionView> | undefined {
  const user = currentUser(ctx, req);
  return user ? sessionView(user) : undefined;
}

export function sessionRoutes(ctx: ServerContext) {
  return async function registerSessionRoutes(app: FastifyInstance): Promise<void> {
    app.post("/auth/session", async (req, reply) => {
      if (!sameOrigin(req))
        return connectError(reply, 403, "permission_denied", "sign-in must come from this console's origin");
      const token = tokenFromBody(req.body);
      const userId = token ? userIdForApiToken(ctx.db, token) : undefined;
      const user = userId ? userPrincipal(ctx.db, userId) : undefined;
      if (!user) return connectError(reply, 401, "unauthenticated", "that token is not valid");
      const sessionId = ctx.db.transaction(() => createSession(ctx.db, user.userId, ctx.now()))();
      return reply
        .code(204)
        .header("set-cookie", sessionCookie(req, ctx.config.publicUrl, sessionId))
        .header("cache-control", "no-store")
        .send();
    });

    app.get("/auth/session", async (req, reply) => {
      const session = sessionForRequest(ctx, req);
      if (!session) {
        // A cookie that no longer opens a session is dropped, so each reload does not count as another failure.
        if (sessionIdFromCookie(req.headers.cookie)) reply.header("set-cookie", sessionCookie(req, ctx.config.publicUrl, "", 0));
        return connectError(reply, 401, "unauthenticated", "not signed in");
      }
      return reply.header("cache-control", "no-store").send(session);
    });

    app.delete("/auth/session", async (req, reply) => {
      if (!sameOrigin(req))
        return connectError(reply, 403, "permission_denied", "sign-out must come from this console's origin");
      const sessionId = sessionIdFromCookie(req.headers.cookie);
      if (sessionId) ctx.db.transaction(() => deleteSession(ctx.db, sessionId))();
      return reply
        .code(204)
        .header("set-cookie", sessionCookie(req, ctx.config.publicUrl, "", 0))
        .send();
    });
  };
}
