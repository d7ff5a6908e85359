// Local OAuth: GET /oauth/authorize shows a consent page for the signed-in user (cookie session), POST approves or
// denies it, and GET /oauth/callback (the integration's callback URL) turns the code into an OAUTH host token for
// that user + runner + host, then sends the browser back to a path of the console.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { withOAuthOutcome } from "../../common/oauth-return";
import { HostAuthenticationTokenSource } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { requireRunnerUser } from "../auth/permissions";
import type { UserPrincipal } from "../auth/principal";
import { originMatchesHost, principalFromSession, sessionIdFromCookie } from "../auth/resolve";
import { randomSecret } from "../auth/secrets";
import type { ServerContext } from "../context";
import { OAUTH_AUTHORIZE_PATH } from "../scm/host-auth";
import { isScmKind, SCM_KINDS } from "../scm/scm-kinds";
import { OAUTH_CALLBACK_PATH } from "../services/schema/scm-configs";
import { findScmIntegrationByHost } from "../store/scm-integrations";
import { codeMatches, deleteOAuthState, findOAuthState, insertOAuthState, setOAuthCode } from "../store/scm-oauth-states";
import { authorizePage, messagePage, safeReturnTo } from "./oauth-page";
import { storeOAuthToken } from "./oauth-token";

const STATE_TTL_MS = 10 * 60 * 1000;

type Query = Record<string, string | string[] | undefined>;

/** One query parameter (a repeated one counts as absent: nothing in this flow is a list). */
function param(query: Query, name: string): string | undefined {
  const value = query[name];
  return typeof value === "string" ? value : undefined;
}

export function oauthRoutes(ctx: ServerContext) {
  return async function register(app: FastifyInstance): Promise<void> {
    app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(typeof body === "string" ? body : body.toString("utf8"))));
    });

    app.get<{ Querystring: Query }>(OAUTH_AUTHORIZE_PATH, async (req, reply) => {
      const user = sessionUser(ctx, req);
      if (!user) return html(reply, 401, messagePage("Sign in first", "Sign in to the Runner Console, then start the connection again.", { href: "/", label: "Open the console" }));
      const query = req.query;
      const runnerId = param(query, "runnerId") ?? "";
      const host = (param(query, "host") ?? "").trim().toLowerCase();
      let runnerName: string;
      try {
        runnerName = requireRunnerUser(ctx, user, runnerId).name;
      } catch {
        return html(reply, 404, messagePage("Runner not found", "The runner does not exist or you have no access to it."));
      }
      const integration = findScmIntegrationByHost(ctx.db, runnerId, host);
      if (!integration?.oauth_client_id) {
        return html(reply, 400, messagePage("OAuth is not configured", `The runner has no OAuth app for ${host || "this host"}.`));
      }
      const state = randomSecret();
      const nowMs = ctx.now().getTime();
      const returnTo = safeReturnTo(param(query, "returnTo"));
      insertOAuthState(ctx.db, state, { user_id: user.userId, runner_id: runnerId, integration_id: integration.id, host, return_to: returnTo, expires_at_ms: nowMs + STATE_TTL_MS }, nowMs);
      const scmName = isScmKind(integration.scm_id) ? SCM_KINDS[integration.scm_id].name : integration.scm_id;
      const action = `${ctx.config.apiPrefix}${OAUTH_AUTHORIZE_PATH}`;
      return html(reply, 200, authorizePage({ action, state, host, runnerName, userName: user.displayName, scmName }));
    });

    app.post(OAUTH_AUTHORIZE_PATH, async (req, reply) => {
      const user = sessionUser(ctx, req);
      if (!user) return html(reply, 401, messagePage("Sign in first", "Your session has ended; sign in again."));
      if (!originMatchesHost(req.headers.origin, req.headers.host)) {
        return html(reply, 403, messagePage("Request refused", "The form was not posted from this console."));
      }
      const body = isRecord(req.body) ? req.body : {};
      const row = findOAuthState(ctx.db, String(body.state ?? ""), user.userId, ctx.now().getTime());
      if (!row || row.code_hash !== null) return html(reply, 400, messagePage("Link expired", "This authorization request is unknown, used or expired. Start again from the console."));
      if (body.decision !== "approve") {
        deleteOAuthState(ctx.db, row.state_hash);
        return reply.code(303).header("location", withOAuthOutcome(safeReturnTo(row.return_to), "denied", row.host)).send();
      }
      const code = randomSecret();
      if (!setOAuthCode(ctx.db, row.state_hash, code)) return html(reply, 400, messagePage("Link expired", "This request was already answered."));
      const query = new URLSearchParams({ code, state: String(body.state) });
      return reply.code(303).header("location", `${ctx.config.apiPrefix}${OAUTH_CALLBACK_PATH}?${query.toString()}`).send();
    });

    app.get<{ Querystring: Query }>(OAUTH_CALLBACK_PATH, async (req, reply) => {
      const user = sessionUser(ctx, req);
      if (!user) return html(reply, 401, messagePage("Sign in first", "Your session has ended; sign in again."));
      const query = req.query;
      // The redirect target is checked before the token is stored, so nothing after the write can fail.
      const landing = ctx.db.transaction(() => {
        const row = findOAuthState(ctx.db, param(query, "state") ?? "", user.userId, ctx.now().getTime());
        if (!row || !codeMatches(row, param(query, "code") ?? "")) return undefined;
        // The console says "Connected to <host>" from the query, then removes it from the address.
        const returnTo = withOAuthOutcome(safeReturnTo(row.return_to), "connected", row.host);
        deleteOAuthState(ctx.db, row.state_hash);
        storeOAuthToken(ctx, row, HostAuthenticationTokenSource.OAUTH);
        return returnTo;
      })();
      if (landing === undefined) return html(reply, 400, messagePage("Authorization failed", "The code or state is unknown, used or expired. Start again from the console.", { href: "/", label: "Open the console" }));
      return reply.code(303).header("location", landing).send();
    });
  };
}

function sessionUser(ctx: ServerContext, req: FastifyRequest): UserPrincipal | undefined {
  const sessionId = sessionIdFromCookie(req.headers.cookie);
  const principal = sessionId ? principalFromSession(ctx, sessionId) : undefined;
  return principal?.kind === "user" ? principal : undefined;
}

function html(reply: FastifyReply, status: number, body: string) {
  return reply.code(status).header("content-type", "text/html; charset=utf-8").header("cache-control", "no-store").send(body);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
