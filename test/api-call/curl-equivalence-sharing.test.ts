// Host tokens, policies (sharing), LLM integrations and the runner tools: the "Show API call" curl command, run by a
// real shell against a real server, stores (or answers) the same as the console's own request from the same builder.
import { toJson } from "@bufbuild/protobuf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokenCipherFor } from "../../server/crypto/token-cipher";
import type { TestServer } from "../../server/testing";
import { LLMIntegrationPhase } from "../../src/gen/gitpod/v1/model_pb";
import { LLMProvider, RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import {
  CheckAuthenticationForHostResponseSchema,
  ParseContextURLResponseSchema,
  RunnerRole,
  RunnerService,
} from "../../src/gen/gitpod/v1/runner_pb";
import { createHostTokenRequest, deleteHostTokenRequest } from "../../src/features/host-tokens/host-token-requests";
import { createLlmRequest, deleteLlmRequest, llmFormValuesOf, modelsOf, newLlmFormValues, updateLlmRequest } from "../../src/features/llm-integrations/llm-form-model";
import { createPolicyRequest, deletePolicyRequest, updatePolicyRequest } from "../../src/features/policies/policy-requests";
import { checkAuthRequest, parseContextRequest } from "../../src/features/runner-tools/tool-requests";
import { sendBothWays, sendByCurl, sendLikeConsole, startTwinServers, type TwinServers } from "./curl-harness";

let twins: TwinServers;
beforeAll(async () => {
  twins = await startTwinServers();
});
afterAll(() => twins.close());

const readBoth = <T,>(read: (server: TestServer) => Promise<T>) => Promise.all([read(twins.viaConsole), read(twins.viaCurl)]);
const configuration = (server: TestServer) => server.client(RunnerConfigurationService);

describe("Show API call's curl stores what these forms store", () => {
  it("Add a host token: CreateHostAuthenticationToken with the typed token as $HOST_TOKEN; then delete it", async () => {
    const runnerId = twins.viaConsole.ids.runners.linuxBuild01;
    const request = createHostTokenRequest({
      runnerId,
      host: " GitLab.com ",
      token: "glpat-'typed",
      source: "PAT",
      expiresAt: "",
      refreshToken: "",
      scopes: "api, read_repository",
      forWhom: "self",
      subjectId: "",
    });
    const sent = await sendBothWays(twins, RunnerConfigurationService.method.createHostAuthenticationToken, request, { HOST_TOKEN: "glpat-'typed" });
    expect(sent.command).not.toContain("glpat");
    const stored = await readBoth(async (server) => {
      const { tokens } = await configuration(server).listHostAuthenticationTokens({ filter: { runnerId } });
      return tokens.find((token) => token.host === "gitlab.com" && token.userId === server.ids.users.admin);
    });
    const [a, b] = stored;
    if (!a || !b) throw new Error("both servers must have stored the token");
    expect(a.scopes).toEqual(["api", "read_repository"]);
    expect({ ...b, id: "" }).toEqual({ ...a, id: "" });
    for (const [server, token] of [[twins.viaConsole, a], [twins.viaCurl, b]] as const) {
      const row = server.ctx.db.prepare<[string], { token_ciphertext: Buffer }>("SELECT token_ciphertext FROM host_tokens WHERE id = ?").get(token.id);
      expect(tokenCipherFor(server.ctx.db).decrypt(row?.token_ciphertext ?? new Uint8Array())).toBe("glpat-'typed");
    }

    await sendLikeConsole(twins.viaConsole, RunnerConfigurationService.method.deleteHostAuthenticationToken, deleteHostTokenRequest(a.id));
    await sendByCurl(twins.viaCurl, RunnerConfigurationService.method.deleteHostAuthenticationToken, deleteHostTokenRequest(b.id));
    const left = await readBoth(async (server) => {
      const { tokens } = await configuration(server).listHostAuthenticationTokens({ filter: { runnerId } });
      return tokens.filter((token) => token.host === "gitlab.com" && token.userId === server.ids.users.admin).length;
    });
    expect(left).toEqual([0, 0]);
  });

  it("Sharing: CreateRunnerPolicy, then UpdateRunnerPolicy to Admin, then DeleteRunnerPolicy", async () => {
    const runnerId = twins.viaConsole.ids.runners.awsStagingUs;
    const groupId = twins.viaConsole.ids.groups.developers;
    const policies = () =>
      readBoth(async (server) => (await server.client(RunnerService).listRunnerPolicies({ runnerId })).policies.map((p) => ({ groupId: p.groupId, role: p.role })));

    await sendBothWays(twins, RunnerService.method.createRunnerPolicy, createPolicyRequest(runnerId, groupId, RunnerRole.USER));
    let [a, b] = await policies();
    expect(a).toContainEqual({ groupId, role: RunnerRole.USER });
    expect(b).toEqual(a);

    await sendBothWays(twins, RunnerService.method.updateRunnerPolicy, updatePolicyRequest(runnerId, groupId, RunnerRole.ADMIN));
    [a, b] = await policies();
    expect(a).toContainEqual({ groupId, role: RunnerRole.ADMIN });
    expect(b).toEqual(a);

    await sendBothWays(twins, RunnerService.method.deleteRunnerPolicy, deletePolicyRequest(runnerId, groupId));
    [a, b] = await policies();
    expect(a.find((p) => p.groupId === groupId)).toBeUndefined();
    expect(b).toEqual(a);
  });

  it("LLM integration: CreateLLMIntegration with the API key as $LLM_API_KEY, UpdateLLMIntegration (disable), DeleteLLMIntegration", async () => {
    const runnerId = twins.viaConsole.ids.runners.gcpMl;
    const model = modelsOf(LLMProvider.LLM_PROVIDER_ANTHROPIC)[0];
    if (model === undefined) throw new Error("Anthropic has models");
    const values = { ...newLlmFormValues(runnerId), models: [String(model)], endpoint: "https://llm-gw.example.com", apiKey: "sk-'typed", maxTokens: "4096" };
    const sent = await sendBothWays(twins, RunnerConfigurationService.method.createLLMIntegration, createLlmRequest(values), { LLM_API_KEY: "sk-'typed" });
    expect(sent.command).not.toContain("sk-'typed");
    const read = () =>
      readBoth(async (server) => {
        const { integrations } = await configuration(server).listLLMIntegrations({ filter: { runnerIds: [runnerId] } });
        return integrations[0];
      });
    const [a, b] = await read();
    if (!a || !b) throw new Error("both servers must have stored the integration");
    expect(a).toMatchObject({ endpoint: "https://llm-gw.example.com", maxTokens: 4096n, models: [model] });
    // The key is sealed to the runner's key on each server: compare that it is set, the rest as is.
    expect(a.encryptedApiKey.length).toBeGreaterThan(0);
    expect(b.encryptedApiKey.length).toBeGreaterThan(0);
    const comparable = (i: typeof a) => ({ ...i, id: "", encryptedApiKey: new Uint8Array() });
    expect(comparable(b)).toEqual(comparable(a));

    const disable = (integration: typeof a) => updateLlmRequest(integration, { ...llmFormValuesOf(integration), available: false });
    expect(disable(a)).toEqual({ id: a.id, phase: LLMIntegrationPhase.LLM_INTEGRATION_PHASE_DISABLED });
    await sendLikeConsole(twins.viaConsole, RunnerConfigurationService.method.updateLLMIntegration, disable(a));
    await sendByCurl(twins.viaCurl, RunnerConfigurationService.method.updateLLMIntegration, disable(b));
    const [a2, b2] = await read();
    expect(a2?.phase).toBe(LLMIntegrationPhase.LLM_INTEGRATION_PHASE_DISABLED);
    expect(b2 && comparable(b2)).toEqual(a2 && comparable(a2));

    await sendLikeConsole(twins.viaConsole, RunnerConfigurationService.method.deleteLLMIntegration, deleteLlmRequest(a.id));
    await sendByCurl(twins.viaCurl, RunnerConfigurationService.method.deleteLLMIntegration, deleteLlmRequest(b.id));
    expect(await read()).toEqual([undefined, undefined]);
  });

  it("Runner tools: ParseContextURL and CheckAuthenticationForHost answer the same to curl", async () => {
    const runnerId = twins.viaConsole.ids.runners.awsProdEu;
    const parse = await sendBothWays(twins, RunnerService.method.parseContextURL, parseContextRequest(runnerId, { contextUrl: " https://github.com/acme-platform/service-1/pull/1 " }));
    expect(parse.viaCurl).toEqual(toJson(ParseContextURLResponseSchema, parse.viaConsole));
    expect(JSON.stringify(parse.viaCurl)).toContain("service-1");
    const check = await sendBothWays(twins, RunnerService.method.checkAuthenticationForHost, checkAuthRequest(runnerId, { host: "github.com" }));
    // Each server names its own origin in the OAuth links: compare with the port taken out.
    const withoutPort = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll(/127\.0\.0\.1:\d+/g, "127.0.0.1"));
    expect(withoutPort(check.viaCurl)).toEqual(withoutPort(toJson(CheckAuthenticationForHostResponseSchema, check.viaConsole)));
    expect(check.viaConsole.authenticated).toBe(true);
  });
});
