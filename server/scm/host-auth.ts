// Whether a user can reach an SCM host through a runner: the runner needs an SCM integration for the host and the
// user a usable (unexpired) host token for that runner + host. Also builds the local OAuth authorize URL.
import type { ServerContext } from "../context";
import { findHostToken, type HostTokenRow } from "../store/host-tokens";
import { findScmIntegrationByHost, type ScmIntegrationRow } from "../store/scm-integrations";
import { isTokenUsable } from "../services/host-token-rules";
import { publicBaseUrlOf, type RequestView } from "../services/schema";

export const OAUTH_AUTHORIZE_PATH = "/oauth/authorize";

export interface HostAuthState {
  integration: ScmIntegrationRow | undefined;
  token: HostTokenRow | undefined;
  authenticated: boolean;
}

export function hostAuthState(ctx: ServerContext, runnerId: string, userId: string, host: string): HostAuthState {
  const integration = findScmIntegrationByHost(ctx.db, runnerId, host);
  const token = integration ? findHostToken(ctx.db, runnerId, userId, host) : undefined;
  return { integration, token, authenticated: token !== undefined && isTokenUsable(token, ctx.now()) };
}

/**
 * The local "authorize" page for a runner + host (absolute when the request tells the public origin). Clients may
 * append `returnTo=<path>` to come back to a page of the console afterwards.
 */
export function authorizeUrl(ctx: ServerContext, request: RequestView, runnerId: string, host: string): string {
  const query = new URLSearchParams({ runnerId, host });
  return `${publicBaseUrlOf(ctx, request) ?? ""}${ctx.config.apiPrefix}${OAUTH_AUTHORIZE_PATH}?${query.toString()}`;
}
