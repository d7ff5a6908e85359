import { Field } from "../../../components/ui/field";
import { PageHeader } from "../../../components/ui/page-header";
import { Select } from "../../../components/ui/select";
import { useAllRunners } from "../../../lib/queries/list-all-runners";
import type { ScmIntegrationsSearch } from "../scm-integrations-search";
import { ScmIntegrationsList } from "./scm-integrations-list";

interface ScmIntegrationsPageProps {
  search: ScmIntegrationsSearch;
  onSearchChange: (patch: Partial<ScmIntegrationsSearch>) => void;
}

/** `/scm-integrations`: every SCM integration the caller can see, filtered by runner (kept in the URL). */
export function ScmIntegrationsPage({ search, onSearchChange }: ScmIntegrationsPageProps) {
  const { runners } = useAllRunners();
  const runnerIds = search.runnerIds ?? [];
  // The filter holds one runner from this picker; a longer list from a shared URL is shown as such.
  const selected = runnerIds.length === 1 ? runnerIds[0] : runnerIds.length > 1 ? "several" : "";
  return (
    <div>
      <PageHeader
        title="SCM integrations"
        description="How runners reach GitHub, GitLab, Bitbucket and Azure DevOps: OAuth apps users connect through, and personal access tokens."
      />
      <div className="mb-4 flex flex-wrap items-end gap-4">
        <Field label="Runner" className="w-64">
          <Select
            value={selected}
            onChange={(event) =>
              onSearchChange({ runnerIds: event.target.value ? [event.target.value] : undefined })
            }
          >
            <option value="">All runners</option>
            {runnerIds.length > 1 ? (
              <option value="several" disabled>
                {runnerIds.length} runners (from the link)
              </option>
            ) : null}
            {runners.map((runner) => (
              <option key={runner.runnerId} value={runner.runnerId}>
                {runner.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <ScmIntegrationsList runnerIds={runnerIds} fixedRunnerId={undefined} />
    </div>
  );
}
