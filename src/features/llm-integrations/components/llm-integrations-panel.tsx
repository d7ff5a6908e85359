import { LlmIntegrationsList } from "./llm-integrations-list";

/** A runner's LLM integrations (the runner detail tab): the same list and flows as the LLM integrations page. */
export function LlmIntegrationsPanel({ runnerId }: { runnerId: string }) {
  return <LlmIntegrationsList runnerIds={[runnerId]} fixedRunnerId={runnerId} />;
}
