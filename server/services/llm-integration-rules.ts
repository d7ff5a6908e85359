// Validation of LLM integrations: the wire schema's rules (UUIDs, at least one model, defined enum values) and the
// local API's own (one provider per integration, http(s) endpoint without credentials, well-formed request headers).
import { LLMIntegrationPhase, SupportedModel, SupportedModelSchema } from "../../src/gen/gitpod/v1/model_pb";
import {
  LLMIntegrationRequestHeaderType,
  LLMIntegrationRequestHeaderTypeSchema,
  LLMProvider,
  type LLMIntegrationRequestHeader,
} from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { llmModelLabel, llmProviderLabels, llmProviderOf } from "../../common/llm-models";
import { invalidArgument } from "../errors";
import type { StoredRequestHeader } from "../store/llm-integrations";
import { requireDefinedEnum, requireMaxItems } from "../validation";

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const MAX_HEADERS = 32;
const MAX_HEADER_VALUE_BYTES = 8 * 1024;
const MAX_API_KEY_LENGTH = 4096;
const MAX_ENDPOINT_LENGTH = 2048;

/** Checks the models and returns the one provider that serves them all. */
export function requireModels(models: readonly SupportedModel[]): LLMProvider {
  if (models.length === 0) throw invalidArgument("models must name at least one model");
  const seen = new Set<SupportedModel>();
  models.forEach((model, i) => {
    requireDefinedEnum(`models[${i}]`, SupportedModelSchema, model, false);
    if (seen.has(model)) throw invalidArgument(`models lists ${llmModelLabel(model)} twice`);
    seen.add(model);
  });
  const providers = new Set(models.map(llmProviderOf));
  const [provider = LLMProvider.LLM_PROVIDER_UNSPECIFIED] = providers;
  if (providers.size > 1 || provider === LLMProvider.LLM_PROVIDER_UNSPECIFIED) {
    const names = [...providers].map((p) => llmProviderLabels[p]).join(" and ");
    throw invalidArgument(`models must all come from one provider (got ${names}): create one integration per provider`);
  }
  return provider;
}

/** "" means the provider's public API; anything else must be an absolute http(s) URL without credentials. */
export function requireEndpoint(endpoint: string): string {
  const value = endpoint.trim();
  if (value === "") return "";
  if (value.length > MAX_ENDPOINT_LENGTH) throw invalidArgument(`endpoint is longer than ${MAX_ENDPOINT_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidArgument("endpoint must be an absolute URL such as https://llm-proxy.example.com/v1");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw invalidArgument("endpoint must start with https:// or http://");
  if (url.username !== "" || url.password !== "") {
    throw invalidArgument("endpoint must not contain a user name or password: put the key in the API key field");
  }
  return value;
}

export function requireApiKey(apiKey: string): string {
  if (apiKey === "") throw invalidArgument("apiKey is required: the runner sends it to the provider");
  if (apiKey.length > MAX_API_KEY_LENGTH) throw invalidArgument(`apiKey is longer than ${MAX_API_KEY_LENGTH} characters`);
  if ([...apiKey].some((char) => /\s/.test(char) || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) throw invalidArgument("apiKey must not contain spaces or control characters");
  return apiKey;
}

/** The runner sets AVAILABLE/UNAVAILABLE; an admin switches between AVAILABLE and DISABLED. */
export function requireSettablePhase(phase: LLMIntegrationPhase): LLMIntegrationPhase {
  if (phase !== LLMIntegrationPhase.LLM_INTEGRATION_PHASE_AVAILABLE && phase !== LLMIntegrationPhase.LLM_INTEGRATION_PHASE_DISABLED) {
    throw invalidArgument("phase can only be set to AVAILABLE or DISABLED: the runner reports UNAVAILABLE itself");
  }
  return phase;
}

export function requireRequestHeaders(headers: readonly LLMIntegrationRequestHeader[]): StoredRequestHeader[] {
  requireMaxItems("requestHeaders", headers, MAX_HEADERS);
  const keys = new Set<string>();
  return headers.map((header, i) => {
    const field = `requestHeaders[${i}]`;
    if (!HEADER_NAME.test(header.key)) throw invalidArgument(`${field}.key "${header.key}" is not a valid HTTP header name`);
    const lower = header.key.toLowerCase();
    if (keys.has(lower)) throw invalidArgument(`requestHeaders sets ${header.key} twice`);
    keys.add(lower);
    if (header.headerType === LLMIntegrationRequestHeaderType.LLM_INTEGRATION_REQUEST_HEADER_TYPE_UNSPECIFIED) {
      throw invalidArgument(`${field}.headerType must be LITERAL or CEL_EXPRESSION`);
    }
    requireDefinedEnum(`${field}.headerType`, LLMIntegrationRequestHeaderTypeSchema, header.headerType, false);
    if (header.value.length === 0) throw invalidArgument(`${field}.value is empty`);
    if (header.value.length > MAX_HEADER_VALUE_BYTES) throw invalidArgument(`${field}.value is larger than 8 KiB`);
    if (header.value.some((byte) => byte === 0 || byte === 10 || byte === 13)) {
      throw invalidArgument(`${field}.value must not contain line breaks or NUL bytes`);
    }
    return { key: header.key, value: Buffer.from(header.value).toString("base64"), type: header.headerType };
  });
}
