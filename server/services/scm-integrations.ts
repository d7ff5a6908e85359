// SCM integrations: Create/Get/List/Update/Delete. The OAuth client secret is sealed to the runner's public key
// before it is stored; responses carry only that ciphertext. Removing OAuth or PAT support deletes the runner+host's
// host tokens of that source; deleting the integration deletes all of them.
import type { ServiceImpl } from "@connectrpc/connect";
import { create } from "@bufbuild/protobuf";
import {
  HostAuthenticationTokenSource,
  RunnerConfigurationService,
  SCMIntegrationSchema,
  type SCMIntegration,
} from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { requireRunnerAdmin, requireRunnerUser, runnerVisibility } from "../auth/permissions";
import { requirePrincipal, type Principal } from "../auth/principal";
import type { ServerContext } from "../context";
import { sealToRunner } from "../crypto/sealed-box";
import { alreadyExists, notFound, runnerName } from "../errors";
import { pageOf, readPage } from "../pagination";
import { deleteHostTokensBySource } from "../store/host-tokens";
import { newId } from "../store/ids";
import {
  deleteScmIntegration,
  findScmIntegrationByHost,
  getScmIntegration,
  insertScmIntegration,
  listScmIntegrations,
  updateScmIntegration,
  type ScmIntegrationRow,
} from "../store/scm-integrations";
import { requireMaxItems, requireUuid } from "../validation";
import { checkScmIntegration, throwIfInvalid, type DraftSecret } from "./scm-validate";

export function scmIntegrationHandlers(ctx: ServerContext) {
  return {
    async createSCMIntegration(req, hc) {
      const principal = requirePrincipal(hc);
      const runner = requireRunnerAdmin(ctx, principal, requireUuid("runnerId", req.runnerId));
      const host = req.host.trim().toLowerCase();
      const clientId = req.oauthClientId ?? "";
      const plaintext = req.oauthPlaintextClientSecret ?? "";
      const secret: DraftSecret = plaintext === "" ? { kind: "none" } : { kind: "plaintext", value: plaintext };
      const draft = { scmId: req.scmId, host, oauthClientId: clientId, secret, pat: req.pat, issuerUrl: req.issuerUrl ?? "", virtualDirectory: req.virtualDirectory ?? "" };
      throwIfInvalid(await checkScmIntegration(ctx, runner, draft));
      const sealed = clientId === "" ? null : Buffer.from(sealToRunner(plaintext, new Uint8Array(runner.public_key)));
      const id = newId();
      ctx.db.transaction(() => {
        if (findScmIntegrationByHost(ctx.db, runner.id, host)) {
          throw alreadyExists(`${runnerName(runner)} already has an SCM integration for ${host}`, { place: "runner-scm-integrations", runnerId: runner.id });
        }
        insertScmIntegration(ctx.db, {
          id,
          org_id: runner.org_id,
          runner_id: runner.id,
          scm_id: req.scmId,
          host,
          oauth_client_id: clientId === "" ? null : clientId,
          oauth_encrypted_client_secret: sealed,
          issuer_url: draft.issuerUrl === "" ? null : draft.issuerUrl,
          pat: req.pat ? 1 : 0,
          virtual_directory: draft.virtualDirectory === "" ? null : draft.virtualDirectory,
          created_at: ctx.now().toISOString(),
        });
      })();
      return { id };
    },

    getSCMIntegration(req, hc) {
      const principal = requirePrincipal(hc);
      return { integration: scmIntegrationFromRow(visibleIntegration(ctx, principal, requireUuid("id", req.id))) };
    },

    listSCMIntegrations(req, hc) {
      const principal = requirePrincipal(hc);
      const page = readPage(hc, req.pagination);
      const runnerIds = [...requireMaxItems("filter.runnerIds", req.filter?.runnerIds ?? [], 25)];
      runnerIds.forEach((id, i) => requireUuid(`filter.runnerIds[${i}]`, id));
      const rows = listScmIntegrations(ctx.db, {
        visibility: runnerVisibility(principal, "i.runner_id", "i.org_id"),
        runnerIds,
        after: page.after,
        limit: page.pageSize + 1,
      });
      const { items, nextToken } = pageOf(rows, page, (row) => [row.host, row.id]);
      return { integrations: items.map(scmIntegrationFromRow), pagination: { nextToken } };
    },

    async updateSCMIntegration(req, hc) {
      const principal = requirePrincipal(hc);
      const existing = visibleIntegration(ctx, principal, requireUuid("id", req.id));
      const runner = requireRunnerAdmin(ctx, principal, existing.runner_id);
      const next: ScmIntegrationRow = { ...existing, updated_at: ctx.now().toISOString() };
      const newSecret = req.oauthPlaintextClientSecret ?? "";
      if (req.oauthClientId !== undefined) next.oauth_client_id = req.oauthClientId === "" ? null : req.oauthClientId;
      if (next.oauth_client_id === null) next.oauth_encrypted_client_secret = null;
      if (req.pat !== undefined) next.pat = req.pat ? 1 : 0;
      if (req.issuerUrl !== undefined) next.issuer_url = req.issuerUrl === "" ? null : req.issuerUrl;
      if (req.virtualDirectory !== undefined) next.virtual_directory = req.virtualDirectory === "" ? null : req.virtualDirectory;
      // Removing OAuth ignores any secret sent with it (the reference: "regardless of whether a client secret is set").
      const secret: DraftSecret =
        newSecret !== "" && (next.oauth_client_id !== null || req.oauthClientId === undefined)
          ? { kind: "plaintext", value: newSecret }
          : next.oauth_encrypted_client_secret
            ? { kind: "stored" }
            : { kind: "none" };
      throwIfInvalid(
        await checkScmIntegration(ctx, runner, {
          scmId: next.scm_id,
          host: next.host,
          oauthClientId: next.oauth_client_id ?? "",
          secret,
          pat: next.pat === 1,
          issuerUrl: next.issuer_url ?? "",
          virtualDirectory: next.virtual_directory ?? "",
        }),
      );
      if (secret.kind === "plaintext") {
        next.oauth_encrypted_client_secret = Buffer.from(sealToRunner(secret.value, new Uint8Array(runner.public_key)));
      }
      ctx.db.transaction(() => {
        if (!getScmIntegration(ctx.db, existing.id)) throw notFound(`SCM integration ${existing.id} not found`);
        updateScmIntegration(ctx.db, next);
        if (existing.oauth_client_id !== null && next.oauth_client_id === null) {
          deleteHostTokensBySource(ctx.db, existing.runner_id, existing.host, HostAuthenticationTokenSource.OAUTH);
        }
        if (existing.pat === 1 && next.pat === 0) {
          deleteHostTokensBySource(ctx.db, existing.runner_id, existing.host, HostAuthenticationTokenSource.PAT);
        }
      })();
      return {};
    },

    deleteSCMIntegration(req, hc) {
      const principal = requirePrincipal(hc);
      const existing = visibleIntegration(ctx, principal, requireUuid("id", req.id));
      requireRunnerAdmin(ctx, principal, existing.runner_id);
      ctx.db.transaction(() => {
        deleteScmIntegration(ctx.db, existing.id);
        for (const source of [HostAuthenticationTokenSource.OAUTH, HostAuthenticationTokenSource.PAT]) {
          deleteHostTokensBySource(ctx.db, existing.runner_id, existing.host, source);
        }
      })();
      return {};
    },
  } satisfies Partial<ServiceImpl<typeof RunnerConfigurationService>>;
}

/** The integration when the caller can see its runner; not_found otherwise. */
function visibleIntegration(ctx: ServerContext, principal: Principal, id: string): ScmIntegrationRow {
  const row = getScmIntegration(ctx.db, id);
  const missing = notFound(`SCM integration ${id} not found`);
  if (!row || row.org_id !== principal.orgId) throw missing;
  try {
    requireRunnerUser(ctx, principal, row.runner_id);
  } catch {
    throw missing;
  }
  return row;
}

export function scmIntegrationFromRow(row: ScmIntegrationRow): SCMIntegration {
  return create(SCMIntegrationSchema, {
    id: row.id,
    scmId: row.scm_id,
    host: row.host,
    runnerId: row.runner_id,
    pat: row.pat === 1,
    virtualDirectory: row.virtual_directory ?? undefined,
    oauth:
      row.oauth_client_id === null
        ? undefined
        : {
            clientId: row.oauth_client_id,
            encryptedClientSecret: row.oauth_encrypted_client_secret ? new Uint8Array(row.oauth_encrypted_client_secret) : new Uint8Array(),
            issuerUrl: row.issuer_url ?? "",
          },
  });
}
