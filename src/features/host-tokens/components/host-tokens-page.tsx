import { Field } from "../../../components/ui/field";
import { PageHeader } from "../../../components/ui/page-header";
import { Select } from "../../../components/ui/select";
import { useSession } from "../../session/api/get-session";
import { useCan } from "../../session/use-can";
import { useAllRunners } from "../../../lib/queries/list-all-runners";
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
  return (
    <div>
      <PageHeader
        title="Host tokens"
        description={
          seesAll
            ? "Tokens runners use to reach SCM hosts on behalf of users. Values are write-only: they are never shown."
            : "Your tokens for SCM hosts. Values are write-only: they are never shown."
        }
      />
      <div className="mb-4 flex flex-wrap items-end gap-4">
        <Field label="Runner" className="w-64">
          <Select
            value={search.runnerId ?? ""}
            onChange={(event) => onSearchChange({ runnerId: event.target.value || undefined })}
          >
            <option value="">All runners</option>
            {runners.map((runner) => (
              <option key={runner.runnerId} value={runner.runnerId}>
                {runner.name}
              </option>
            ))}
          </Select>
        </Field>
        {seesAll ? (
          <Field label="Subject" className="w-64">
            <Select
              value={search.subjectId ?? ""}
              onChange={(event) => onSearchChange({ subjectId: event.target.value || undefined })}
            >
              <option value="">All users</option>
              {myId ? <option value={myId}>Only mine ({session?.displayName})</option> : null}
              {otherSubject ? <option value={otherSubject}>User {otherSubject}</option> : null}
            </Select>
          </Field>
        ) : null}
      </div>
      <HostTokensList
        runnerId={search.runnerId}
        subjectId={seesAll ? search.subjectId : undefined}
        showRunnerColumn
      />
    </div>
  );
}
