import { FilterBar, FilterSelect } from "../../../components/ui/filter-select";
import { PageHeader } from "../../../components/ui/page-header";
import { useSession } from "../../../api/session/get-session";
import { useCan } from "../../../api/session/use-can";
import { useAllRunners } from "../../../api/runners/list-runners";
import type { HostTokensSearch } from "../host-tokens-search";
import { HostTokensList } from "./host-tokens-list";

interface HostTokensPageProps {
  search: HostTokensSearch;
  onSearchChange: (patch: Partial<HostTokensSearch>) => void;
}

/** `/host-tokens`: tokens runners use to reach SCM hosts as a user; filters by runner and subject in the URL. */
export function HostTokensPage({ search, onSearchChange }: HostTokensPageProps) {
  const { runners } = useAllRunners();
  const { data: session } = useSession();
  const allowed = useCan();
  const seesAll = allowed("hostTokens:manageAll");
  const myId = session?.subject.id ?? "";
  const otherSubject = search.subjectId && search.subjectId !== myId ? search.subjectId : undefined;
  const subjectOptions = [
    ...(myId ? [{ value: myId, label: `Only mine (${session?.displayName ?? "you"})` }] : []),
    ...(otherSubject ? [{ value: otherSubject, label: `User ${otherSubject}` }] : []),
  ];
  return (
    <div className="space-y-4">
      <PageHeader
        title="Host tokens"
        description={
          seesAll
            ? "Tokens runners use to reach SCM hosts on behalf of users. Values are write-only: they are never shown."
            : "Your tokens for SCM hosts. Values are write-only: they are never shown."
        }
      />
      <FilterBar>
        <FilterSelect
          label="Runner"
          className="w-64"
          value={search.runnerId}
          anyLabel="All runners"
          options={runners.map((runner) => ({ value: runner.runnerId, label: runner.name }))}
          onChange={(runnerId) => onSearchChange({ runnerId })}
        />
        {seesAll ? (
          <FilterSelect
            label="Subject"
            className="w-64"
            value={search.subjectId}
            anyLabel="All users"
            options={subjectOptions}
            onChange={(subjectId) => onSearchChange({ subjectId })}
          />
        ) : null}
      </FilterBar>
      <HostTokensList
        runnerId={search.runnerId}
        subjectId={seesAll ? search.subjectId : undefined}
        showRunnerColumn
      />
    </div>
  );
}
