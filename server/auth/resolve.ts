import type { ServerContext } from "../context";
import { getRunnerRow } from "../store/runners";
import { runnerIdForAccessToken } from "../store/runner-tokens";
import { userIdForSession } from "../store/sessions";
import { userIdForApiToken, userPrincipal } from "../store/users";
import type { Principal } from "./principal";

export const SESSION_COOKIE = "rc_session";

/** The caller behind `Authorization: Bearer <token>`: a user's API token or a runner's access token. */
export function principalFromBearer(ctx: ServerContext, token: string): Principal | undefined {
  const userId = userIdForApiToken(ctx.db, token);
  if (userId) return userPrincipal(ctx.db, userId);
  const runnerId = runnerIdForAccessToken(ctx.db, token);
  const runner = runnerId ? getRunnerRow(ctx.db, runnerId) : undefined;
  return runner ? { kind: "runner", runnerId: runner.id, orgId: runner.org_id } : undefined;
}

export function principalFromSession(ctx: ServerContext, sessionId: string): Principal | undefined {
  const userId = userIdForSession(ctx.db, sessionId, ctx.now());
  return userId ? userPrincipal(ctx.db, userId) : undefined;
}

export function bearerToken(authorization: string | null | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match?.[1];
}

/** The rc_session value from a Cookie header, if any. */
export function sessionIdFromCookie(cookieHeader: string | null | undefined): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join("=")) || undefined;
  }
  return undefined;
}

/**
 * CSRF rule for cookie-authenticated calls: `Connect-Protocol-Version: 1` (a header no cross-site form can set
 * without a CORS preflight) and, when the browser sends Origin, an Origin whose host is this request's Host.
 */
export function cookieRequestIsSameOrigin(headers: {
  connectProtocolVersion: string | null | undefined;
  origin: string | null | undefined;
  host: string | null | undefined;
}): boolean {
  if (headers.connectProtocolVersion !== "1") return false;
  return originMatchesHost(headers.origin, headers.host);
}

export function originMatchesHost(
  origin: string | null | undefined,
  host: string | null | undefined,
): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
