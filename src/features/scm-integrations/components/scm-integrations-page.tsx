import { RunnerFilter } from "../../../components/pickers/runner-filter";
import { FilterBar } from "../../../components/ui/filter-select";
import { PageHeader } from "../../../components/ui/page-header";
import type { ScmIntegrationsSearch } from "../scm-integrations-search";
import { ScmIntegrationsList } from "./scm-integrations-list";

interface ScmIntegrationsPageProps {
  search: ScmIntegrationsSearch;
  onSearchChange: (patch: Partial<ScmIntegrationsSearch>) => void;
}

/** `/scm-integrations`: every SCM integration the caller can see, filtered by runner (kept in the URL). */
export function ScmIntegrationsPage({ search, onSearchChange }: ScmIntegrationsPageProps) {
  const runnerIds = search.runnerIds ?? [];
  return (
    <div className="space-y-4">
      <PageHeader
        title="SCM integrations"
        description="How runners reach GitHub, GitLab, Bitbucket and Azure DevOps: OAuth apps users connect through, and personal access tokens."
      />
      <FilterBar>
        <RunnerFilter
          value={runnerIds}
          onChange={(runnerId) => onSearchChange({ runnerIds: runnerId ? [runnerId] : undefined })}
        />
      </FilterBar>
      <ScmIntegrationsList runnerIds={runnerIds} fixedRunnerId={undefined} />
    </div>
  );
}
