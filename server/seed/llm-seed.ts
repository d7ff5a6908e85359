// Demo LLM integration: Anthropic models on aws-prod-eu. Called inside seedDemoData's transaction.
import { LLMIntegrationPhase, SupportedModel } from "../../src/gen/gitpod/v1/model_pb";
import { LLMIntegrationRequestHeaderType, LLMProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import type { ServerContext } from "../context";
import { sealToRunner } from "../crypto/sealed-box";
import { seededId } from "../store/ids";
import { insertLlmIntegration } from "../store/llm-integrations";
import { runnerPublicKey } from "../store/runners";
import { DEMO_SEED, type DemoIds } from "./ids";

const DAY = 24 * 60 * 60 * 1000;

export function demoLlmIntegrationId(seed: string = DEMO_SEED): string {
  return seededId(seed, "llm-integration:aws-prod-eu:anthropic");
}

export function seedLlm(ctx: ServerContext, ids: DemoIds, seed: string = DEMO_SEED): void {
  const runnerId = ids.runners.awsProdEu;
  const publicKey = runnerPublicKey(ctx.db, runnerId);
  if (!publicKey) throw new Error(`seedLlm needs runner ${runnerId} to exist`);
  insertLlmIntegration(ctx.db, {
    id: demoLlmIntegrationId(seed),
    org_id: ids.orgId,
    runner_id: runnerId,
    provider: LLMProvider.LLM_PROVIDER_ANTHROPIC,
    models: JSON.stringify([SupportedModel.SONNET_4_5, SupportedModel.OPUS_4_5]),
    endpoint: "https://api.anthropic.com",
    encrypted_api_key: Buffer.from(sealToRunner("demo-anthropic-key-aws-prod-eu", publicKey)),
    max_tokens: "64000",
    phase: LLMIntegrationPhase.LLM_INTEGRATION_PHASE_AVAILABLE,
    phase_reason: "",
    request_headers: JSON.stringify([
      { key: "X-Cost-Center", value: Buffer.from("platform").toString("base64"), type: LLMIntegrationRequestHeaderType.LLM_INTEGRATION_REQUEST_HEADER_TYPE_LITERAL },
    ]),
    created_at: new Date(ctx.now().getTime() - 14 * DAY).toISOString(),
  });
}
