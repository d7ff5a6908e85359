import { MUTATING_RPCS, rpcLabel } from "../../../../common/activity-rpcs";
import { Field } from "../../../components/ui/field";
import { RunnerFilter } from "../../../components/pickers/runner-filter";
import { FilterBar, FilterSelect } from "../../../components/ui/filter-select";
import { Input } from "../../../components/ui/input";
import { useActivitySubjects } from "../../../api/activity/list-activity-subjects";
import { OUTCOME_FILTERS, type ActivityOutcomeFilter, type ActivitySearch } from "../activity-search";

const OUTCOME_LABELS: Record<ActivityOutcomeFilter, string> = {
  ok: "Done",
  failed: "Any failure",
  permission_denied: "Permission denied",
  not_found: "Not found",
  invalid_argument: "Invalid input",
  failed_precondition: "Not possible now",
};

interface ActivityFiltersProps {
  search: ActivitySearch;
  onSearchChange: (patch: Partial<ActivitySearch>) => void;
  /** Org admins filter by user; everyone else only ever sees their own records. */
  byUser: boolean;
}

export function ActivityFilters({ search, onSearchChange, byUser }: ActivityFiltersProps) {
  const subjects = useActivitySubjects();
  return (
    <FilterBar>
      <RunnerFilter
        className="w-52"
        value={search.runnerId}
        onChange={(runnerId) => onSearchChange({ runnerId })}
      />
      {byUser ? (
        <FilterSelect
          label="User"
          className="w-44"
          value={search.subjectId}
          anyLabel="All users"
          options={(subjects.data?.subjects ?? []).map((subject) => ({ value: subject.id, label: subject.name || subject.id }))}
          onChange={(subjectId) => onSearchChange({ subjectId })}
        />
      ) : null}
      <FilterSelect
        label="Action"
        className="w-52"
        value={search.rpc}
        anyLabel="All actions"
        options={MUTATING_RPCS.map((rpc) => ({ value: rpc, label: rpcLabel(rpc) }))}
        onChange={(rpc) => onSearchChange({ rpc })}
      />
      <FilterSelect
        label="Outcome"
        className="w-40"
        value={search.outcome}
        anyLabel="Any outcome"
        options={OUTCOME_FILTERS.map((outcome) => ({ value: outcome, label: OUTCOME_LABELS[outcome] }))}
        onChange={(outcome) => onSearchChange({ outcome: OUTCOME_FILTERS.find((o) => o === outcome) })}
      />
      <Field label="From" className="w-36">
        <Input type="date" value={search.from ?? ""} max={search.to} onChange={(event) => onSearchChange({ from: event.target.value || undefined })} />
      </Field>
      <Field label="To" className="w-36">
        <Input type="date" value={search.to ?? ""} min={search.from} onChange={(event) => onSearchChange({ to: event.target.value || undefined })} />
      </Field>
    </FilterBar>
  );
}
