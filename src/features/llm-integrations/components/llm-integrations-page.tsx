import { FilterBar, FilterSelect } from "../../../components/ui/filter-select";
import { PageHeader } from "../../../components/ui/page-header";
import { useAllRunners } from "../../../api/runners/list-runners";
import type { LlmIntegrationsSearch } from "../llm-integrations-search";
import { LlmIntegrationsList } from "./llm-integrations-list";

interface LlmIntegrationsPageProps {
  search: LlmIntegrationsSearch;
  onSearchChange: (patch: Partial<LlmIntegrationsSearch>) => void;
}

/** `/llm-integrations`: every LLM integration the caller can see, filtered by runner (kept in the URL). */
export function LlmIntegrationsPage({ search, onSearchChange }: LlmIntegrationsPageProps) {
  const { runners } = useAllRunners();
  const runnerIds = search.runnerIds ?? [];
  return (
    <div className="space-y-4">
      <PageHeader
        title="LLM integrations"
        description="Which Anthropic and OpenAI models agents on each runner may use, through which endpoint, with your organization's API keys."
      />
      <FilterBar>
        <FilterSelect
          label="Runner"
          className="w-64"
          value={runnerIds}
          anyLabel="All runners"
          options={runners.map((runner) => ({ value: runner.runnerId, label: runner.name }))}
          onChange={(runnerId) => onSearchChange({ runnerIds: runnerId ? [runnerId] : undefined })}
        />
      </FilterBar>
      <LlmIntegrationsList runnerIds={runnerIds} />
    </div>
  );
}
