import { RunnerFilter } from "../../../components/pickers/runner-filter";
import { FilterBar, FilterSelect } from "../../../components/ui/filter-select";
import { PageHeader } from "../../../components/ui/page-header";
import { useSession } from "../../../api/session/get-session";
import { useCan } from "../../../api/session/use-can";
import type { HostTokensSearch } from "../host-tokens-search";
import { HostTokensList } from "./host-tokens-list";

interface HostTokensPageProps {
  search: HostTokensSearch;
  onSearchChange: (patch: Partial<HostTokensSearch>) => void;
}

/** `/host-tokens`: tokens runners use to reach SCM hosts as a user; filters by runner and subject in the URL. */
export function HostTokensPage({ search, onSearchChange }: HostTokensPageProps) {
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
        <RunnerFilter
          value={search.runnerId}
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
