import { createFileRoute } from "@tanstack/react-router";
import { LlmIntegrationsPage } from "../../features/llm-integrations/components/llm-integrations-page";
import { llmIntegrationsSearchSchema } from "../../features/llm-integrations/llm-integrations-search";

export const Route = createFileRoute("/_app/llm-integrations")({
  validateSearch: llmIntegrationsSearchSchema,
  head: () => ({ meta: [{ title: "LLM integrations · Runner Console" }] }),
  component: LlmIntegrationsRoute,
});

function LlmIntegrationsRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <LlmIntegrationsPage
      search={search}
      onSearchChange={(patch) =>
        void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true })
      }
    />
  );
}
