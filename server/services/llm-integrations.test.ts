import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LLMIntegrationPhase, SupportedModel } from "../../src/gen/gitpod/v1/model_pb";
import {
  LLMIntegrationRequestHeaderType,
  LLMProvider,
  RunnerConfigurationService,
} from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { openSealed } from "../crypto/sealed-box";
import { demoLlmIntegrationId } from "../seed/llm-seed";
import { runnerPrivateKey, runnerPublicKey } from "../store/runners";
import { addTestUser, codeOf, startTestServer, type TestServer } from "../testing";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const admin = () => server.client(RunnerConfigurationService);

function openApiKey(runnerId: string, sealed: Uint8Array | undefined): string {
  const pub = runnerPublicKey(server.ctx.db, runnerId) ?? new Uint8Array();
  const priv = runnerPrivateKey(server.ctx.db, runnerId) ?? new Uint8Array();
  return openSealed(sealed ?? new Uint8Array(), pub, priv);
}

describe("LLM integrations", () => {
  it("seeds one Anthropic integration on aws-prod-eu", async () => {
    const { integration } = await admin().getLLMIntegration({ id: demoLlmIntegrationId() });
    expect(integration).toMatchObject({
      runnerId: server.ids.runners.awsProdEu,
      provider: LLMProvider.LLM_PROVIDER_ANTHROPIC,
      models: [SupportedModel.SONNET_4_5, SupportedModel.OPUS_4_5],
      phase: LLMIntegrationPhase.LLM_INTEGRATION_PHASE_AVAILABLE,
      maxTokens: 64000n,
    });
    const listed = await admin().listLLMIntegrations({});
    expect(listed.integrations.map((i) => i.runnerId)).toEqual([server.ids.runners.awsProdEu]);
  });

  it("creates with the API key sealed to the runner, derives the provider, updates and deletes", async () => {
    const runnerId = server.ids.runners.awsStagingUs;
    const { id } = await admin().createLLMIntegration({
      runnerId,
      models: [SupportedModel.OPENAI_4O, SupportedModel.OPENAI_O1],
      endpoint: "https://llm-proxy.acme.dev/v1",
      apiKey: "sk-live-secret",
      maxTokens: 4096n,
    });
    const created = (await admin().getLLMIntegration({ id })).integration;
    expect(created).toMatchObject({ id, runnerId, provider: LLMProvider.LLM_PROVIDER_OPENAI, endpoint: "https://llm-proxy.acme.dev/v1", maxTokens: 4096n, phase: LLMIntegrationPhase.LLM_INTEGRATION_PHASE_AVAILABLE });
    expect(openApiKey(runnerId, created?.encryptedApiKey)).toBe("sk-live-secret");
    const stored = server.ctx.db.prepare<[string], { encrypted_api_key: Buffer }>("SELECT encrypted_api_key FROM llm_integrations WHERE id = ?").get(id);
    expect(Buffer.from(stored?.encrypted_api_key ?? []).toString("utf8")).not.toContain("sk-live-secret");

    await admin().updateLLMIntegration({
      id,
      apiKey: "sk-rotated",
      phase: LLMIntegrationPhase.LLM_INTEGRATION_PHASE_DISABLED,
      requestHeaders: [{ key: "X-Team", value: new TextEncoder().encode("ml"), headerType: LLMIntegrationRequestHeaderType.LLM_INTEGRATION_REQUEST_HEADER_TYPE_LITERAL }],
    });
    const updated = (await admin().getLLMIntegration({ id })).integration;
    expect(openApiKey(runnerId, updated?.encryptedApiKey)).toBe("sk-rotated");
    expect(updated).toMatchObject({ phase: LLMIntegrationPhase.LLM_INTEGRATION_PHASE_DISABLED, models: [SupportedModel.OPENAI_4O, SupportedModel.OPENAI_O1], endpoint: "https://llm-proxy.acme.dev/v1" });
    expect(updated?.requestHeaders.map((h) => [h.key, new TextDecoder().decode(h.value), h.headerType])).toEqual([["X-Team", "ml", LLMIntegrationRequestHeaderType.LLM_INTEGRATION_REQUEST_HEADER_TYPE_LITERAL]]);

    await admin().updateLLMIntegration({ id, models: [SupportedModel.HAIKU_4_5], endpoint: "" });
    expect((await admin().getLLMIntegration({ id })).integration).toMatchObject({ provider: LLMProvider.LLM_PROVIDER_ANTHROPIC, models: [SupportedModel.HAIKU_4_5], endpoint: "" });

    await admin().deleteLLMIntegration({ id });
    expect(await codeOf(admin().getLLMIntegration({ id }))).toBe(Code.NotFound);
    expect(await codeOf(admin().deleteLLMIntegration({ id }))).toBe(Code.NotFound);
  });

  it.each([
    ["no model", { models: [] }],
    ["an unspecified model", { models: [SupportedModel.UNSPECIFIED] }],
    ["an unknown model number", { models: [999] }],
    ["the same model twice", { models: [SupportedModel.SONNET_4, SupportedModel.SONNET_4] }],
    ["models of two providers", { models: [SupportedModel.SONNET_4, SupportedModel.OPENAI_4O] }],
    ["no API key", { apiKey: "" }],
    ["an endpoint that is not a URL", { endpoint: "llm proxy" }],
    ["an ftp endpoint", { endpoint: "ftp://llm.acme.dev" }],
    ["credentials in the endpoint", { endpoint: "https://user:pw@llm.acme.dev" }],
    ["a runner id that is not a UUID", { runnerId: "aws-prod-eu" }],
  ])("rejects a create with %s as invalid_argument", async (_name, input) => {
    const request = { runnerId: server.ids.runners.gcpMl, models: [SupportedModel.SONNET_4], apiKey: "k", ...input };
    expect(await codeOf(admin().createLLMIntegration(request))).toBe(Code.InvalidArgument);
  });

  it.each([
    ["phase UNAVAILABLE (only the runner reports it)", { phase: LLMIntegrationPhase.LLM_INTEGRATION_PHASE_UNAVAILABLE }],
    ["an empty API key", { apiKey: "" }],
    ["a header name with a space", { requestHeaders: [{ key: "X Team", value: new Uint8Array([97]), headerType: LLMIntegrationRequestHeaderType.LLM_INTEGRATION_REQUEST_HEADER_TYPE_LITERAL }] }],
    ["a header without a type", { requestHeaders: [{ key: "X-Team", value: new Uint8Array([97]), headerType: LLMIntegrationRequestHeaderType.LLM_INTEGRATION_REQUEST_HEADER_TYPE_UNSPECIFIED }] }],
    ["a header value with a line break", { requestHeaders: [{ key: "X-Team", value: new TextEncoder().encode("a\r\nInjected: 1"), headerType: LLMIntegrationRequestHeaderType.LLM_INTEGRATION_REQUEST_HEADER_TYPE_LITERAL }] }],
    ["the same header twice", { requestHeaders: ["X-A", "x-a"].map((key) => ({ key, value: new Uint8Array([97]), headerType: LLMIntegrationRequestHeaderType.LLM_INTEGRATION_REQUEST_HEADER_TYPE_LITERAL })) }],
  ])("rejects an update with %s and keeps the stored integration", async (_name, input) => {
    const id = demoLlmIntegrationId();
    const before = (await admin().getLLMIntegration({ id })).integration;
    expect(await codeOf(admin().updateLLMIntegration({ id, ...input }))).toBe(Code.InvalidArgument);
    expect((await admin().getLLMIntegration({ id })).integration).toEqual(before);
  });

  it("refuses a model another integration on the same runner already offers", async () => {
    const runnerId = server.ids.runners.awsProdEu;
    const taken = admin().createLLMIntegration({ runnerId, models: [SupportedModel.OPUS_4_5], apiKey: "k" });
    expect(await codeOf(taken)).toBe(Code.AlreadyExists);
    const { id } = await admin().createLLMIntegration({ runnerId, models: [SupportedModel.HAIKU_4_5], apiKey: "k" });
    expect(await codeOf(admin().updateLLMIntegration({ id, models: [SupportedModel.SONNET_4_5] }))).toBe(Code.AlreadyExists);
    const page1 = await admin().listLLMIntegrations({ filter: { runnerIds: [runnerId] }, pagination: { pageSize: 1 } });
    const page2 = await admin().listLLMIntegrations({ filter: { runnerIds: [runnerId] }, pagination: { pageSize: 1, token: page1.pagination?.nextToken ?? "" } });
    expect([...page1.integrations, ...page2.integrations].map((i) => i.id)).toEqual([demoLlmIntegrationId(), id]);
    expect(page2.pagination?.nextToken).toBe("");
    await admin().deleteLLMIntegration({ id, force: true });
  });

  it("applies the permission table of SCM integrations", async () => {
    const runnerAdmin = addTestUser(server.ctx, { displayName: "Rita Runner-Admin", groupIds: [server.ids.groups.platformTeam] });
    const callers = {
      orgAdmin: server.client(RunnerConfigurationService),
      runnerAdmin: server.client(RunnerConfigurationService, runnerAdmin.token),
      member: server.client(RunnerConfigurationService, server.memberToken),
      anonymous: server.client(RunnerConfigurationService, ""),
    };
    const onProd = { runnerId: server.ids.runners.awsProdEu, models: [SupportedModel.OPENAI_4O_MINI], apiKey: "k" };
    const onShared = { runnerId: server.ids.runners.linuxBuild01, models: [SupportedModel.OPENAI_4O_MINI], apiKey: "k" };
    const prodId = demoLlmIntegrationId();
    const sharedId = (await callers.orgAdmin.createLLMIntegration(onShared)).id;

    // runner ADMIN (Platform team on aws-prod-eu): full control there.
    const created = await callers.runnerAdmin.createLLMIntegration(onProd);
    expect(await codeOf(callers.runnerAdmin.updateLLMIntegration({ id: created.id, maxTokens: 10n }))).toBeUndefined();
    expect(await codeOf(callers.runnerAdmin.deleteLLMIntegration({ id: created.id }))).toBeUndefined();
    // runner USER (Developers on linux-build-01): reads, cannot write; no access to aws-prod-eu: not_found.
    expect((await callers.member.listLLMIntegrations({})).integrations.map((i) => i.id)).toEqual([sharedId]);
    expect((await callers.member.getLLMIntegration({ id: sharedId })).integration?.runnerId).toBe(server.ids.runners.linuxBuild01);
    expect(await codeOf(callers.member.createLLMIntegration(onShared))).toBe(Code.PermissionDenied);
    expect(await codeOf(callers.member.updateLLMIntegration({ id: sharedId, maxTokens: 1n }))).toBe(Code.PermissionDenied);
    expect(await codeOf(callers.member.deleteLLMIntegration({ id: sharedId }))).toBe(Code.PermissionDenied);
    expect(await codeOf(callers.member.getLLMIntegration({ id: prodId }))).toBe(Code.NotFound);
    expect(await codeOf(callers.member.createLLMIntegration(onProd))).toBe(Code.NotFound);
    expect(await codeOf(callers.member.updateLLMIntegration({ id: prodId, maxTokens: 1n }))).toBe(Code.NotFound);
    expect(await codeOf(callers.member.deleteLLMIntegration({ id: prodId }))).toBe(Code.NotFound);
    expect(await codeOf(callers.anonymous.listLLMIntegrations({}))).toBe(Code.Unauthenticated);
    expect(await codeOf(callers.orgAdmin.deleteLLMIntegration({ id: sharedId }))).toBeUndefined();
  });

  it("goes with its runner", async () => {
    const runnerId = server.ids.runners.managedEu;
    const { id } = await admin().createLLMIntegration({ runnerId, models: [SupportedModel.SONNET_4], apiKey: "k" });
    server.ctx.db.prepare("DELETE FROM runners WHERE id = ?").run(runnerId);
    expect(await codeOf(admin().getLLMIntegration({ id }))).toBe(Code.NotFound);
  });
});
