// Host authentication tokens: Create/Get/List/Update/Delete. Token and refresh token are encrypted at rest
// (server/crypto/token-cipher.ts) and no RPC ever returns them. Members see and manage only their own tokens.
import type { ServiceImpl } from "@connectrpc/connect";
import { timestampDate } from "@bufbuild/protobuf/wkt";
import { Principal as PrincipalEnum, PrincipalSchema } from "../../src/gen/gitpod/v1/identity_pb";
import { HostAuthenticationTokenSourceSchema, RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { requireVisibleRunnerField } from "../auth/permissions";
import { requireUser, type UserPrincipal } from "../auth/principal";
import type { ServerContext } from "../context";
import { tokenCipherFor } from "../crypto/token-cipher";
import { alreadyExists, invalidArgument, notFound, permissionDenied } from "../errors";
import { pageOf, readPage } from "../pagination";
import { deleteHostToken, findHostToken, insertHostToken, listHostTokens, updateHostToken } from "../store/host-tokens";
import { newId } from "../store/ids";
import { getUser } from "../store/users";
import { optionalUuid, requireDefinedEnum, requireMaxItems, requireUuid } from "../validation";
import {
  hostTokenFromRow,
  integrationForToken,
  normalizeHost,
  ownHostToken,
  requireToken,
  requireTokenLifetime,
  requireTokenSource,
} from "./host-token-rules";

export function hostTokenHandlers(ctx: ServerContext) {
  const cipher = tokenCipherFor(ctx.db);
  return {
    createHostAuthenticationToken(req, hc) {
      const user = requireUser(hc);
      const runner = requireVisibleRunnerField(ctx, user, "runnerId", req.runnerId);
      const runnerId = runner.id;
      const host = normalizeHost("host", req.host);
      requireToken("token", req.token);
      requireDefinedEnum("source", HostAuthenticationTokenSourceSchema, req.source);
      const requestedSource = requireTokenSource(req.source);
      const expiresAt = req.expiresAt ? timestampDate(req.expiresAt) : undefined;
      requireMaxItems("scopes", req.scopes, 101);
      const subjectId = subjectOf(user, req.subject, optionalUuid("userId", req.userId));
      const integrationId = optionalUuid("integrationId", req.integrationId);
      const subject = getUser(ctx.db, subjectId);
      if (!subject || subject.org_id !== user.orgId) throw notFound(`user ${subjectId} not found`);
      const id = newId();
      ctx.db.transaction(() => {
        const { integration, source } = integrationForToken(ctx, runner, host, {
          source: requestedSource,
          hasRefreshToken: req.refreshToken !== "",
          integrationId,
        });
        requireTokenLifetime(req.refreshToken, source, expiresAt, ctx.now());
        if (findHostToken(ctx.db, runnerId, subjectId, host)) {
          throw alreadyExists(`a token for ${host} on this runner already exists for that user; update it instead`);
        }
        insertHostToken(ctx.db, {
          id,
          org_id: user.orgId,
          runner_id: runnerId,
          subject_id: subjectId,
          host,
          source,
          integration_id: integration.id,
          scopes: JSON.stringify(req.scopes),
          expires_at: expiresAt ? expiresAt.toISOString() : null,
          token_ciphertext: cipher.encrypt(req.token),
          refresh_token_ciphertext: req.refreshToken ? cipher.encrypt(req.refreshToken) : null,
          created_at: ctx.now().toISOString(),
        });
      })();
      return { token: hostTokenFromRow(ownHostToken(ctx, user, id)) };
    },

    getHostAuthenticationToken(req, hc) {
      const user = requireUser(hc);
      return { token: hostTokenFromRow(ownHostToken(ctx, user, requireUuid("id", req.id))) };
    },

    listHostAuthenticationTokens(req, hc) {
      const user = requireUser(hc);
      const page = readPage(hc, req.pagination);
      const filter = req.filter;
      const runnerId =
        filter?.runnerId === undefined ? undefined : requireVisibleRunnerField(ctx, user, "filter.runnerId", filter.runnerId).id;
      const userId = filter?.userId === undefined ? undefined : requireUuid("filter.userId", filter.userId);
      const subjectFilter = filter?.subjectId === undefined ? undefined : requireUuid("filter.subjectId", filter.subjectId);
      if (userId !== undefined && subjectFilter !== undefined && userId !== subjectFilter) {
        throw invalidArgument("filter.userId and filter.subjectId name different subjects");
      }
      let subjectId = subjectFilter ?? userId;
      if (user.orgRole !== "admin") {
        // A member's list is their own tokens; asking for someone else's gives an empty page.
        if (subjectId !== undefined && subjectId !== user.userId) return { tokens: [], pagination: { nextToken: "" } };
        subjectId = user.userId;
      }
      const after = cursorOf(page.after);
      const rows = listHostTokens(ctx.db, { orgId: user.orgId, runnerId, subjectId, after, limit: page.pageSize + 1 });
      const { items, nextToken } = pageOf(rows, page, (row) => [row.created_at, row.id]);
      return { tokens: items.map(hostTokenFromRow), pagination: { nextToken } };
    },

    updateHostAuthenticationToken(req, hc) {
      const user = requireUser(hc);
      const id = requireUuid("id", req.id);
      if (req.token !== undefined) requireToken("token", req.token);
      requireMaxItems("scopes", req.scopes, 101);
      ctx.db.transaction(() => {
        const row = ownHostToken(ctx, user, id);
        requireTokenLifetime(req.refreshToken, row.source, req.expiresAt ? timestampDate(req.expiresAt) : undefined, ctx.now());
        if (req.token !== undefined) row.token_ciphertext = cipher.encrypt(req.token);
        if (req.refreshToken !== undefined) {
          row.refresh_token_ciphertext = req.refreshToken === "" ? null : cipher.encrypt(req.refreshToken);
        }
        if (req.expiresAt !== undefined) row.expires_at = timestampDate(req.expiresAt).toISOString();
        // A repeated field sent empty means "unchanged" (proto3 cannot tell empty from absent).
        if (req.scopes.length > 0) row.scopes = JSON.stringify(req.scopes);
        row.updated_at = ctx.now().toISOString();
        updateHostToken(ctx.db, row);
      })();
      return {};
    },

    deleteHostAuthenticationToken(req, hc) {
      const user = requireUser(hc);
      const id = requireUuid("id", req.id);
      ctx.db.transaction(() => {
        ownHostToken(ctx, user, id);
        deleteHostToken(ctx.db, id);
      })();
      return {};
    },
  } satisfies Partial<ServiceImpl<typeof RunnerConfigurationService>>;
}

/** The token's subject: subject.id, else the deprecated userId, else the caller. Members may only name themselves. */
function subjectOf(user: UserPrincipal, subject: { id: string; principal: number } | undefined, userId: string | undefined): string {
  const subjectId = optionalUuid("subject.id", subject?.id);
  if (subject) requireDefinedEnum("subject.principal", PrincipalSchema, subject.principal);
  if (subject && subject.principal !== PrincipalEnum.UNSPECIFIED && subject.principal !== PrincipalEnum.USER) {
    throw invalidArgument("subject.principal must be PRINCIPAL_USER: the local API has no service accounts");
  }
  if (subjectId !== undefined && userId !== undefined && subjectId !== userId) {
    throw invalidArgument("subject.id and userId name different users");
  }
  const id = subjectId ?? userId ?? user.userId;
  if (id !== user.userId && user.orgRole !== "admin") {
    throw permissionDenied("members can only create host tokens for themselves");
  }
  return id;
}

function cursorOf(after: unknown[] | undefined): [string, string] | undefined {
  if (!after) return undefined;
  const [createdAt, id] = after;
  if (after.length !== 2 || typeof createdAt !== "string" || typeof id !== "string") {
    throw invalidArgument("pagination.token is not a token this server issued");
  }
  return [createdAt, id];
}
