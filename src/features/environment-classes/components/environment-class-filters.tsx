import { enumLabel, runnerKindLabels, runnerProviderLabels } from "../../../../common/enum-labels";
import { Button } from "../../../components/ui/button";
import { RunnerFilter } from "../../../components/pickers/runner-filter";
import { FilterBar, FilterSelect } from "../../../components/ui/filter-select";
import type { SelectOption } from "../../../components/ui/select";
import {
  hasActiveFilter,
  KIND_PARAMS,
  PROVIDER_PARAMS,
  type EnvironmentClassSearch,
  type KindParam,
  type ProviderParam,
} from "../search";

interface EnvironmentClassFiltersProps {
  search: EnvironmentClassSearch;
  onChange: (patch: Partial<EnvironmentClassSearch>) => void;
}

const kindOptions: SelectOption[] = Object.entries(KIND_PARAMS).map(([value, kind]) => ({
  value,
  label: enumLabel(runnerKindLabels, kind),
}));
const providerOptions: SelectOption[] = Object.entries(PROVIDER_PARAMS).map(([value, provider]) => ({
  value,
  label: enumLabel(runnerProviderLabels, provider),
}));

interface BooleanFilterProps {
  label: string;
  value: boolean | undefined;
  /** The labels of "any", true and false. */
  choices: readonly [string, string, string];
  onChange: (value: boolean | undefined) => void;
  className?: string;
}

function BooleanFilter({ label, value, choices: [any, yes, no], onChange, className }: BooleanFilterProps) {
  return (
    <FilterSelect
      label={label}
      className={className}
      value={value === undefined ? undefined : String(value)}
      anyLabel={any}
      options={[
        { value: "true", label: yes },
        { value: "false", label: no },
      ]}
      onChange={(picked) => onChange(picked === undefined ? undefined : picked === "true")}
    />
  );
}

const isKind = (value: string): value is KindParam => value in KIND_PARAMS;
const isProvider = (value: string): value is ProviderParam => value in PROVIDER_PARAMS;

/** A picked option as a one-item URL list; undefined for "any" (or a value no option offers). */
function pickedList<T extends string>(value: string | undefined, isValid: (value: string) => value is T) {
  return value !== undefined && isValid(value) ? [value] : undefined;
}

/** The five API filters; every change goes to the URL (the list reads it from there). */
export function EnvironmentClassFilters({ search, onChange }: EnvironmentClassFiltersProps) {
  return (
    <FilterBar>
      <RunnerFilter
        className="w-56"
        value={search.runnerIds}
        anyLabel="Any runner"
        onChange={(value) => onChange({ runnerIds: value ? [value] : undefined })}
      />
      <BooleanFilter
        label="Status"
        className="w-36"
        value={search.enabled}
        choices={["Any status", "Enabled", "Disabled"]}
        onChange={(enabled) => onChange({ enabled })}
      />
      <BooleanFilter
        label="Can create environments"
        value={search.canCreateEnvironments}
        choices={["Any", "Yes", "No"]}
        onChange={(canCreateEnvironments) => onChange({ canCreateEnvironments })}
      />
      <FilterSelect
        label="Runner kind"
        className="w-44"
        value={search.runnerKinds}
        anyLabel="Any kind"
        options={kindOptions}
        onChange={(value) => onChange({ runnerKinds: pickedList(value, isKind) })}
      />
      <FilterSelect
        label="Provider"
        className="w-44"
        value={search.runnerProviders}
        anyLabel="Any provider"
        options={providerOptions}
        onChange={(value) => onChange({ runnerProviders: pickedList(value, isProvider) })}
      />
      {hasActiveFilter(search) ? (
        <Button
          variant="ghost"
          onClick={() =>
            onChange({
              runnerIds: undefined,
              enabled: undefined,
              canCreateEnvironments: undefined,
              runnerKinds: undefined,
              runnerProviders: undefined,
            })
          }
        >
          Clear filters
        </Button>
      ) : null}
    </FilterBar>
  );
}
