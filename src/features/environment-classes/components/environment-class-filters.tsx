import type { ChangeEvent } from "react";
import { enumLabel, runnerKindLabels, runnerProviderLabels } from "../../../../common/enum-labels";
import { Button } from "../../../components/ui/button";
import { Field } from "../../../components/ui/field";
import { Select, type SelectOption } from "../../../components/ui/select";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
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
  runners: readonly Runner[];
}

const MULTIPLE = "__multiple";
const kindOptions: SelectOption[] = Object.entries(KIND_PARAMS).map(([value, kind]) => ({
  value,
  label: enumLabel(runnerKindLabels, kind),
}));
const providerOptions: SelectOption[] = Object.entries(PROVIDER_PARAMS).map(([value, provider]) => ({
  value,
  label: enumLabel(runnerProviderLabels, provider),
}));
const booleanValue = (value: boolean | undefined) => (value === undefined ? "" : String(value));
const parseBoolean = (value: string) => (value === "" ? undefined : value === "true");
const isKind = (value: string): value is KindParam => value in KIND_PARAMS;
const isProvider = (value: string): value is ProviderParam => value in PROVIDER_PARAMS;

/** The single-choice value of a URL list; several values (a hand-made URL) show as "N selected". */
function listValue(values: readonly string[] | undefined): string {
  if (!values || values.length === 0) return "";
  return values.length === 1 ? (values[0] ?? "") : MULTIPLE;
}

function multipleOption(values: readonly string[] | undefined) {
  return values && values.length > 1 ? <option value={MULTIPLE}>{values.length} selected</option> : null;
}

/** The five API filters; every change goes to the URL (the list reads it from there). */
export function EnvironmentClassFilters({ search, onChange, runners }: EnvironmentClassFiltersProps) {
  const runnerOptions = [...runners]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((runner) => ({ value: runner.runnerId, label: runner.name }));
  const pick = (event: ChangeEvent<HTMLSelectElement>) => event.target.value;
  return (
    <div className="flex flex-wrap items-end gap-3" role="group" aria-label="Filters">
      <Field label="Runner" className="w-48">
        <Select
          value={listValue(search.runnerIds)}
          placeholder="Any runner"
          options={runnerOptions}
          onChange={(e) => {
            const value = pick(e);
            if (value !== MULTIPLE) onChange({ runnerIds: value ? [value] : undefined });
          }}
        >
          {multipleOption(search.runnerIds)}
        </Select>
      </Field>
      <Field label="Status" className="w-36">
        <Select
          value={booleanValue(search.enabled)}
          placeholder="Any status"
          options={[
            { value: "true", label: "Enabled" },
            { value: "false", label: "Disabled" },
          ]}
          onChange={(e) => onChange({ enabled: parseBoolean(pick(e)) })}
        />
      </Field>
      <Field label="Can create environments" className="w-48">
        <Select
          value={booleanValue(search.canCreateEnvironments)}
          placeholder="Any"
          options={[
            { value: "true", label: "Yes" },
            { value: "false", label: "No" },
          ]}
          onChange={(e) => onChange({ canCreateEnvironments: parseBoolean(pick(e)) })}
        />
      </Field>
      <Field label="Runner kind" className="w-44">
        <Select
          value={listValue(search.runnerKinds)}
          placeholder="Any kind"
          options={kindOptions}
          onChange={(e) => {
            const value = pick(e);
            if (value === "" || isKind(value)) onChange({ runnerKinds: value ? [value] : undefined });
          }}
        >
          {multipleOption(search.runnerKinds)}
        </Select>
      </Field>
      <Field label="Provider" className="w-44">
        <Select
          value={listValue(search.runnerProviders)}
          placeholder="Any provider"
          options={providerOptions}
          onChange={(e) => {
            const value = pick(e);
            if (value === "" || isProvider(value)) onChange({ runnerProviders: value ? [value] : undefined });
          }}
        >
          {multipleOption(search.runnerProviders)}
        </Select>
      </Field>
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
    </div>
  );
}
