// Shared rules of the host-token RPCs: who may touch which token, how a row becomes a wire message, and which
// SCM integration a token belongs to.
import { create } from "@bufbuild/protobuf";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { Principal as PrincipalEnum } from "../../src/gen/gitpod/v1/identity_pb";
import {
  HostAuthenticationTokenSchema,
  HostAuthenticationTokenSource,
  type HostAuthenticationToken,
} from "../../src/gen/gitpod/v1/runner_configuration_pb";
import type { UserPrincipal } from "../auth/principal";
import type { ServerContext } from "../context";
import { failedPrecondition, invalidArgument, notFound, runnerName } from "../errors";
import { getHostToken, type HostTokenRow } from "../store/host-tokens";
import type { RunnerRow } from "../store/runners";
import { findScmIntegrationByHost, type ScmIntegrationRow } from "../store/scm-integrations";

export function hostTokenFromRow(row: HostTokenRow): HostAuthenticationToken {
  return create(HostAuthenticationTokenSchema, {
    id: row.id,
    runnerId: row.runner_id,
    userId: row.subject_id,
    host: row.host,
    source: row.source,
    expiresAt: row.expires_at ? timestampFromDate(new Date(row.expires_at)) : undefined,
    integrationId: row.integration_id ?? "",
    scopes: parseScopes(row.scopes),
    subject: { id: row.subject_id, principal: PrincipalEnum.USER },
  });
}

function parseScopes(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === "string") : [];
}

/** Members see and manage only their own tokens; someone else's answers not_found (its existence stays hidden). */
export function ownHostToken(ctx: ServerContext, user: UserPrincipal, id: string): HostTokenRow {
  const row = getHostToken(ctx.db, id);
  const visible = row && row.org_id === user.orgId && (user.orgRole === "admin" || row.subject_id === user.userId);
  if (!row || !visible) throw notFound(`host authentication token ${id} not found`);
  return row;
}

export function normalizeHost(field: string, host: string): string {
  const value = host.trim().toLowerCase();
  if (value === "") throw invalidArgument(`${field} is required`);
  if (!/^[a-z0-9.-]+(:\d{1,5})?$/.test(value)) throw invalidArgument(`${field} must be a host name such as github.com`);
  return value;
}

/** The token value: required and not blank (no upper limit in the contract). */
export function requireToken(field: string, token: string): string {
  if (token.trim() === "") throw invalidArgument(`${field} is required: paste the token issued by the SCM host`);
  return token;
}

/** The requested source; UNSPECIFIED is allowed (the reference marks `source` optional) and resolved by sourceFor. */
export function requireTokenSource(source: number): HostAuthenticationTokenSource {
  if (source === HostAuthenticationTokenSource.UNSPECIFIED) return HostAuthenticationTokenSource.UNSPECIFIED;
  if (source === HostAuthenticationTokenSource.OAUTH) return HostAuthenticationTokenSource.OAUTH;
  if (source === HostAuthenticationTokenSource.PAT) return HostAuthenticationTokenSource.PAT;
  throw invalidArgument("source must be HOST_AUTHENTICATION_TOKEN_SOURCE_OAUTH or HOST_AUTHENTICATION_TOKEN_SOURCE_PAT");
}

/** An unset source follows from the request and the integration: a refresh token means OAuth, else PAT where allowed. */
function sourceFor(requested: HostAuthenticationTokenSource, hasRefreshToken: boolean, integration: ScmIntegrationRow): HostAuthenticationTokenSource {
  if (requested !== HostAuthenticationTokenSource.UNSPECIFIED) return requested;
  if (hasRefreshToken || integration.pat !== 1) return HostAuthenticationTokenSource.OAUTH;
  return HostAuthenticationTokenSource.PAT;
}

/** Only OAuth tokens come with a refresh token; an expiry must lie in the future. */
export function requireTokenLifetime(refreshToken: string | undefined, source: HostAuthenticationTokenSource, expiresAt: Date | undefined, now: Date): void {
  if (refreshToken && source === HostAuthenticationTokenSource.PAT) {
    throw invalidArgument("refreshToken is only for OAuth tokens; a personal access token has none");
  }
  if (expiresAt && expiresAt.getTime() <= now.getTime()) {
    throw invalidArgument(`expiresAt (${expiresAt.toISOString()}) is in the past; give a time after ${now.toISOString()}`);
  }
}

/**
 * The runner's SCM integration for the host, which must allow the token's source: OAuth tokens need an OAuth app,
 * PATs need PAT support (the same rule by which UpdateSCMIntegration later deletes them). Returns the source too.
 */
export function integrationForToken(
  ctx: ServerContext,
  runner: RunnerRow,
  host: string,
  request: { source: HostAuthenticationTokenSource; hasRefreshToken: boolean; integrationId: string | undefined },
): { integration: ScmIntegrationRow; source: HostAuthenticationTokenSource } {
  const fix = { place: "runner-scm-integrations", runnerId: runner.id } as const;
  const integration = findScmIntegrationByHost(ctx.db, runner.id, host);
  if (!integration) throw failedPrecondition(`${runnerName(runner)} has no SCM integration for ${host}`, fix);
  if (request.integrationId !== undefined && request.integrationId !== integration.id) {
    throw invalidArgument(`integrationId does not name the SCM integration for ${host} on ${runnerName(runner)}`);
  }
  const source = sourceFor(request.source, request.hasRefreshToken, integration);
  if (source === HostAuthenticationTokenSource.OAUTH && !integration.oauth_client_id) {
    throw failedPrecondition(`the SCM integration for ${host} on ${runnerName(runner)} has no OAuth app configured`, fix);
  }
  if (source === HostAuthenticationTokenSource.PAT && integration.pat !== 1) {
    throw failedPrecondition(`the SCM integration for ${host} on ${runnerName(runner)} does not allow personal access tokens`, fix);
  }
  return { integration, source };
}

/** The token is usable: not expired (tokens without expiry never expire). */
export function isTokenUsable(row: HostTokenRow, now: Date): boolean {
  return row.expires_at === null || new Date(row.expires_at).getTime() > now.getTime();
}
