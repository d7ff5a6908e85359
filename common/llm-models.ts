// LLM integrations: which provider serves each model, and human labels for models, providers and phases.
// Shared by the local API (it derives an integration's provider from its models) and the UI.
import { LLMIntegrationPhase, SupportedModel } from "../src/gen/gitpod/v1/model_pb";
import { LLMIntegrationRequestHeaderType, LLMProvider } from "../src/gen/gitpod/v1/runner_configuration_pb";

type Model = Exclude<SupportedModel, SupportedModel.UNSPECIFIED>;

const MODELS: Record<Model, { label: string; provider: LLMProvider }> = {
  [SupportedModel.SONNET_3_5]: { label: "Claude Sonnet 3.5", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.SONNET_3_7]: { label: "Claude Sonnet 3.7", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.SONNET_3_7_EXTENDED]: { label: "Claude Sonnet 3.7 (extended thinking)", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.SONNET_4]: { label: "Claude Sonnet 4", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.SONNET_4_EXTENDED]: { label: "Claude Sonnet 4 (extended thinking)", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.SONNET_4_5]: { label: "Claude Sonnet 4.5", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.SONNET_4_5_EXTENDED]: { label: "Claude Sonnet 4.5 (extended thinking)", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.SONNET_4_6]: { label: "Claude Sonnet 4.6", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.SONNET_4_6_EXTENDED]: { label: "Claude Sonnet 4.6 (extended thinking)", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.SONNET_5]: { label: "Claude Sonnet 5", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.OPUS_4]: { label: "Claude Opus 4", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.OPUS_4_EXTENDED]: { label: "Claude Opus 4 (extended thinking)", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.OPUS_4_5]: { label: "Claude Opus 4.5", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.OPUS_4_5_EXTENDED]: { label: "Claude Opus 4.5 (extended thinking)", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.OPUS_4_6]: { label: "Claude Opus 4.6", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.OPUS_4_6_EXTENDED]: { label: "Claude Opus 4.6 (extended thinking)", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.OPUS_4_7]: { label: "Claude Opus 4.7", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.OPUS_4_8]: { label: "Claude Opus 4.8", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.HAIKU_4_5]: { label: "Claude Haiku 4.5", provider: LLMProvider.LLM_PROVIDER_ANTHROPIC },
  [SupportedModel.OPENAI_4O]: { label: "GPT-4o", provider: LLMProvider.LLM_PROVIDER_OPENAI },
  [SupportedModel.OPENAI_4O_MINI]: { label: "GPT-4o mini", provider: LLMProvider.LLM_PROVIDER_OPENAI },
  [SupportedModel.OPENAI_O1]: { label: "OpenAI o1", provider: LLMProvider.LLM_PROVIDER_OPENAI },
  [SupportedModel.OPENAI_O1_MINI]: { label: "OpenAI o1-mini", provider: LLMProvider.LLM_PROVIDER_OPENAI },
  [SupportedModel.OPENAI_AUTO]: { label: "OpenAI (automatic model choice)", provider: LLMProvider.LLM_PROVIDER_OPENAI },
};

function isModel(model: SupportedModel): model is Model {
  return model in MODELS;
}

/** Every model an integration can offer, in the order the UI lists them. */
export const supportedModels: readonly Model[] = Object.keys(MODELS)
  .map(Number)
  .filter((model): model is Model => isModel(model));

export function llmModelLabel(model: SupportedModel): string {
  return isModel(model) ? MODELS[model].label : `Unknown model (${model})`;
}

/** The provider that serves a model; UNSPECIFIED for a model this build does not know. */
export function llmProviderOf(model: SupportedModel): LLMProvider {
  return isModel(model) ? MODELS[model].provider : LLMProvider.LLM_PROVIDER_UNSPECIFIED;
}

export const llmProviderLabels: Record<LLMProvider, string> = {
  [LLMProvider.LLM_PROVIDER_UNSPECIFIED]: "Unknown",
  [LLMProvider.LLM_PROVIDER_ANTHROPIC]: "Anthropic",
  [LLMProvider.LLM_PROVIDER_OPENAI]: "OpenAI",
};

export const llmPhaseLabels: Record<LLMIntegrationPhase, string> = {
  [LLMIntegrationPhase.LLM_INTEGRATION_PHASE_UNSPECIFIED]: "Unknown",
  [LLMIntegrationPhase.LLM_INTEGRATION_PHASE_AVAILABLE]: "Available",
  [LLMIntegrationPhase.LLM_INTEGRATION_PHASE_UNAVAILABLE]: "Unavailable",
  [LLMIntegrationPhase.LLM_INTEGRATION_PHASE_DISABLED]: "Disabled",
};

export const llmHeaderTypeLabels: Record<LLMIntegrationRequestHeaderType, string> = {
  [LLMIntegrationRequestHeaderType.LLM_INTEGRATION_REQUEST_HEADER_TYPE_UNSPECIFIED]: "Unknown",
  [LLMIntegrationRequestHeaderType.LLM_INTEGRATION_REQUEST_HEADER_TYPE_LITERAL]: "Fixed value",
  [LLMIntegrationRequestHeaderType.LLM_INTEGRATION_REQUEST_HEADER_TYPE_CEL_EXPRESSION]: "CEL expression",
};
