// LLM integrations: Create/Get/List/Update/Delete, per runner, with the permission table of SCM integrations.
// The API key is sealed to the runner's public key before it is stored; responses carry only that ciphertext.
import type { ServiceImpl } from "@connectrpc/connect";
import { create } from "@bufbuild/protobuf";
import { LLMIntegrationPhase, type SupportedModel } from "../../src/gen/gitpod/v1/model_pb";
import {
  LLMIntegrationSchema,
  type LLMIntegration,
  type RunnerConfigurationService,
} from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { llmModelLabel } from "../../common/llm-models";
import { requireRunnerAdmin, requireRunnerUser, runnerVisibility } from "../auth/permissions";
import { requirePrincipal, type Principal } from "../auth/principal";
import type { ServerContext } from "../context";
import { sealToRunner } from "../crypto/sealed-box";
import { alreadyExists, notFound } from "../errors";
import { pageOf, readPage } from "../pagination";
import { newId } from "../store/ids";
import {
  deleteLlmIntegration,
  getLlmIntegration,
  insertLlmIntegration,
  listLlmIntegrations,
  listLlmIntegrationsOfRunner,
  updateLlmIntegration,
  type LlmIntegrationRow,
  type StoredRequestHeader,
} from "../store/llm-integrations";
import type { RunnerRow } from "../store/runners";
import { requireMaxItems, requireUuid } from "../validation";
import {
  requireApiKey,
  requireEndpoint,
  requireModels,
  requireRequestHeaders,
  requireSettablePhase,
} from "./llm-integration-rules";

export function llmIntegrationHandlers(ctx: ServerContext) {
  return {
    createLLMIntegration(req, hc) {
      const principal = requirePrincipal(hc);
      const runner = requireRunnerAdmin(ctx, principal, requireUuid("runnerId", req.runnerId));
      const provider = requireModels(req.models);
      const endpoint = requireEndpoint(req.endpoint);
      const sealed = seal(runner, requireApiKey(req.apiKey));
      const id = newId();
      ctx.db.transaction(() => {
        requireModelsFree(ctx, runner.id, req.models, undefined);
        insertLlmIntegration(ctx.db, {
          id,
          org_id: runner.org_id,
          runner_id: runner.id,
          provider,
          models: JSON.stringify(req.models),
          endpoint,
          encrypted_api_key: sealed,
          max_tokens: req.maxTokens.toString(),
          phase: LLMIntegrationPhase.LLM_INTEGRATION_PHASE_AVAILABLE,
          phase_reason: "",
          request_headers: "[]",
          created_at: ctx.now().toISOString(),
        });
      })();
      return { id };
    },

    getLLMIntegration(req, hc) {
      const principal = requirePrincipal(hc);
      return { integration: llmIntegrationFromRow(visibleIntegration(ctx, principal, requireUuid("id", req.id))) };
    },

    listLLMIntegrations(req, hc) {
      const principal = requirePrincipal(hc);
      const page = readPage(hc, req.pagination);
      const runnerIds = [...requireMaxItems("filter.runnerIds", req.filter?.runnerIds ?? [], 25)];
      runnerIds.forEach((id, i) => requireUuid(`filter.runnerIds[${i}]`, id));
      const rows = listLlmIntegrations(ctx.db, {
        visibility: runnerVisibility(principal, "i.runner_id", "i.org_id"),
        runnerIds,
        after: page.after,
        limit: page.pageSize + 1,
      });
      const { items, nextToken } = pageOf(rows, page, (row) => [row.created_at, row.id]);
      return {
        integrations: items.map(llmIntegrationFromRow),
        pagination: { nextToken },
        llmManagedByOna: false,
        onaIntelligenceProviders: [],
      };
    },

    updateLLMIntegration(req, hc) {
      const principal = requirePrincipal(hc);
      const existing = visibleIntegration(ctx, principal, requireUuid("id", req.id));
      const runner = requireRunnerAdmin(ctx, principal, existing.runner_id);
      const next: LlmIntegrationRow = { ...existing, updated_at: ctx.now().toISOString() };
      // Repeated fields sent empty leave the stored value unchanged, as in every update request of this API.
      if (req.models.length > 0) {
        next.provider = requireModels(req.models);
        next.models = JSON.stringify(req.models);
      }
      if (req.endpoint !== undefined) next.endpoint = requireEndpoint(req.endpoint);
      if (req.apiKey !== undefined) next.encrypted_api_key = seal(runner, requireApiKey(req.apiKey));
      if (req.maxTokens !== undefined) next.max_tokens = req.maxTokens.toString();
      if (req.phase !== undefined) {
        next.phase = requireSettablePhase(req.phase);
        next.phase_reason = next.phase === LLMIntegrationPhase.LLM_INTEGRATION_PHASE_DISABLED ? "Disabled by an administrator" : "";
      }
      if (req.requestHeaders.length > 0) next.request_headers = JSON.stringify(requireRequestHeaders(req.requestHeaders));
      ctx.db.transaction(() => {
        if (!getLlmIntegration(ctx.db, existing.id)) throw notFound(`LLM integration ${existing.id} not found`);
        if (req.models.length > 0) requireModelsFree(ctx, existing.runner_id, req.models, existing.id);
        updateLlmIntegration(ctx.db, next);
      })();
      return {};
    },

    deleteLLMIntegration(req, hc) {
      const principal = requirePrincipal(hc);
      const existing = visibleIntegration(ctx, principal, requireUuid("id", req.id));
      requireRunnerAdmin(ctx, principal, existing.runner_id);
      // The local API has no environments using an integration, so force and non-force both delete at once.
      ctx.db.transaction(() => deleteLlmIntegration(ctx.db, existing.id))();
      return {};
    },
  } satisfies Partial<ServiceImpl<typeof RunnerConfigurationService>>;
}

function seal(runner: RunnerRow, apiKey: string): Buffer {
  return Buffer.from(sealToRunner(apiKey, new Uint8Array(runner.public_key)));
}

/** A model is served by at most one integration per runner, so the runner knows where to send its requests. */
function requireModelsFree(ctx: ServerContext, runnerId: string, models: readonly SupportedModel[], except: string | undefined): void {
  for (const other of listLlmIntegrationsOfRunner(ctx.db, runnerId)) {
    if (other.id === except) continue;
    const taken = modelsOf(other).find((model) => models.includes(model));
    if (taken !== undefined) {
      throw alreadyExists(`${llmModelLabel(taken)} is already offered by another LLM integration on this runner`);
    }
  }
}

/** The integration when the caller can see its runner; not_found otherwise. */
function visibleIntegration(ctx: ServerContext, principal: Principal, id: string): LlmIntegrationRow {
  const row = getLlmIntegration(ctx.db, id);
  const missing = notFound(`LLM integration ${id} not found`);
  if (!row || row.org_id !== principal.orgId) throw missing;
  try {
    requireRunnerUser(ctx, principal, row.runner_id);
  } catch {
    throw missing;
  }
  return row;
}

function modelsOf(row: LlmIntegrationRow): SupportedModel[] {
  const parsed: unknown = JSON.parse(row.models);
  return Array.isArray(parsed) ? parsed.filter((model): model is SupportedModel => typeof model === "number") : [];
}

function isStoredHeader(value: unknown): value is StoredRequestHeader {
  if (typeof value !== "object" || value === null) return false;
  return "key" in value && typeof value.key === "string" && "value" in value && typeof value.value === "string"
    && "type" in value && typeof value.type === "number";
}

function headersOf(row: LlmIntegrationRow): StoredRequestHeader[] {
  const parsed: unknown = JSON.parse(row.request_headers);
  return Array.isArray(parsed) ? parsed.filter(isStoredHeader) : [];
}

export function llmIntegrationFromRow(row: LlmIntegrationRow): LLMIntegration {
  return create(LLMIntegrationSchema, {
    id: row.id,
    runnerId: row.runner_id,
    models: modelsOf(row),
    endpoint: row.endpoint,
    encryptedApiKey: row.encrypted_api_key ? new Uint8Array(row.encrypted_api_key) : new Uint8Array(),
    maxTokens: BigInt(row.max_tokens),
    phase: row.phase,
    phaseReason: row.phase_reason,
    requestHeaders: headersOf(row).map((header) => ({
      key: header.key,
      value: new Uint8Array(Buffer.from(header.value, "base64")),
      headerType: header.type,
    })),
    provider: row.provider,
  });
}
