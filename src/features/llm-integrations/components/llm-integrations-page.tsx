import { RunnerFilter } from "../../../components/pickers/runner-filter";
import { FilterBar } from "../../../components/ui/filter-select";
import { PageHeader } from "../../../components/ui/page-header";
import type { LlmIntegrationsSearch } from "../llm-integrations-search";
import { LlmIntegrationsList } from "./llm-integrations-list";

interface LlmIntegrationsPageProps {
  search: LlmIntegrationsSearch;
  onSearchChange: (patch: Partial<LlmIntegrationsSearch>) => void;
}

/** `/llm-integrations`: every LLM integration the caller can see, filtered by runner (kept in the URL). */
export function LlmIntegrationsPage({ search, onSearchChange }: LlmIntegrationsPageProps) {
  const runnerIds = search.runnerIds ?? [];
  return (
    <div className="space-y-4">
      <PageHeader
        title="LLM integrations"
        description="Which Anthropic and OpenAI models agents on each runner may use, through which endpoint, with your organization's API keys."
      />
      <FilterBar>
        <RunnerFilter
          value={runnerIds}
          onChange={(runnerId) => onSearchChange({ runnerIds: runnerId ? [runnerId] : undefined })}
        />
      </FilterBar>
      <LlmIntegrationsList runnerIds={runnerIds} />
    </div>
  );
}
