import type { MessageInitShape } from "@bufbuild/protobuf";
import { z } from "zod";
import { llmProviderOf, supportedModels } from "../../../common/llm-models";
import { LLMIntegrationPhase, type SupportedModel } from "../../gen/gitpod/v1/model_pb";
import {
  LLMProvider,
  type CreateLLMIntegrationRequestSchema,
  type DeleteLLMIntegrationRequestSchema,
  type LLMIntegration,
  type UpdateLLMIntegrationRequestSchema,
} from "../../gen/gitpod/v1/runner_configuration_pb";

const MAX_TOKENS_LIMIT = 10_000_000;

export const llmFormSchema = z
  .object({
    runnerId: z.string().min(1, "Choose a runner"),
    provider: z.string().min(1, "Choose a provider"),
    /** SupportedModel numbers as strings (checkbox values). */
    models: z.array(z.string()),
    endpoint: z.string().trim(),
    /** Empty on edit keeps the stored key. */
    apiKey: z.string(),
    apiKeyStored: z.boolean(),
    maxTokens: z.string().trim(),
    available: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (values.models.length === 0) {
      ctx.addIssue({ code: "custom", path: ["models"], message: "Choose at least one model" });
    }
    if (values.endpoint !== "" && !/^https?:\/\/[^\s/@]+(\/\S*)?$/.test(values.endpoint)) {
      ctx.addIssue({
        code: "custom",
        path: ["endpoint"],
        message: "An address starting with https:// (or http://), without a user name or password, or empty",
      });
    }
    if (values.apiKey === "" && !values.apiKeyStored) {
      ctx.addIssue({ code: "custom", path: ["apiKey"], message: "Enter the provider's API key" });
    }
    if (/\s/.test(values.apiKey)) {
      ctx.addIssue({ code: "custom", path: ["apiKey"], message: "An API key has no spaces or line breaks" });
    }
    if (values.maxTokens !== "" && !(/^\d+$/.test(values.maxTokens) && Number(values.maxTokens) <= MAX_TOKENS_LIMIT)) {
      ctx.addIssue({
        code: "custom",
        path: ["maxTokens"],
        message: `A whole number up to ${MAX_TOKENS_LIMIT.toLocaleString("en-US")}, or empty for the provider's default`,
      });
    }
  });
export type LlmFormValues = z.infer<typeof llmFormSchema>;
export type LlmFormField = keyof LlmFormValues;

/** The models a provider serves, in the order the form lists them. */
export function modelsOf(provider: LLMProvider): SupportedModel[] {
  return supportedModels.filter((model) => llmProviderOf(model) === provider);
}

export function newLlmFormValues(runnerId = ""): LlmFormValues {
  return {
    runnerId,
    provider: String(LLMProvider.LLM_PROVIDER_ANTHROPIC),
    models: [],
    endpoint: "",
    apiKey: "",
    apiKeyStored: false,
    maxTokens: "",
    available: true,
  };
}

/** The edit form's starting values: the stored key is never pre-filled, only marked as stored. */
export function llmFormValuesOf(integration: LLMIntegration): LlmFormValues {
  return {
    runnerId: integration.runnerId,
    provider: String(integration.provider),
    models: integration.models.map(String),
    endpoint: integration.endpoint,
    apiKey: "",
    apiKeyStored: integration.encryptedApiKey.length > 0,
    maxTokens: integration.maxTokens === 0n ? "" : integration.maxTokens.toString(),
    available: integration.phase !== LLMIntegrationPhase.LLM_INTEGRATION_PHASE_DISABLED,
  };
}

/** Only the chosen provider's models count: switching provider keeps the other's ticks out of the request. */
function chosenModels(values: LlmFormValues): SupportedModel[] {
  const offered = new Set(modelsOf(Number(values.provider)).map(String));
  return values.models.filter((model) => offered.has(model)).map(Number);
}

export function createLlmRequest(values: LlmFormValues): MessageInitShape<typeof CreateLLMIntegrationRequestSchema> {
  return {
    runnerId: values.runnerId,
    models: chosenModels(values),
    endpoint: values.endpoint,
    apiKey: values.apiKey,
    maxTokens: values.maxTokens === "" ? 0n : BigInt(values.maxTokens),
  };
}

/** Only the fields that changed (proto3 optional: absent = unchanged; models sent empty = unchanged). */
export function updateLlmRequest(
  integration: LLMIntegration,
  values: LlmFormValues,
): MessageInitShape<typeof UpdateLLMIntegrationRequestSchema> {
  const before = llmFormValuesOf(integration);
  const request: MessageInitShape<typeof UpdateLLMIntegrationRequestSchema> = { id: integration.id };
  const models = chosenModels(values);
  const sorted = (list: readonly number[]) => [...list].sort((a, b) => a - b).join(",");
  if (sorted(models) !== sorted(integration.models)) request.models = models;
  if (values.endpoint !== before.endpoint) request.endpoint = values.endpoint;
  if (values.apiKey !== "") request.apiKey = values.apiKey;
  if (values.maxTokens !== before.maxTokens) request.maxTokens = values.maxTokens === "" ? 0n : BigInt(values.maxTokens);
  if (values.available !== before.available) {
    request.phase = values.available
      ? LLMIntegrationPhase.LLM_INTEGRATION_PHASE_AVAILABLE
      : LLMIntegrationPhase.LLM_INTEGRATION_PHASE_DISABLED;
  }
  return request;
}

export function deleteLlmRequest(id: string): MessageInitShape<typeof DeleteLLMIntegrationRequestSchema> {
  return { id };
}

/** Whether an update request changes anything beyond naming the integration. */
export function changesSomething(request: MessageInitShape<typeof UpdateLLMIntegrationRequestSchema>): boolean {
  return Object.keys(request).some((key) => key !== "id");
}
