import { runnerStatusLabels, type RunnerStatusName } from "../../../api/fleet/fleet-params";
import { Button } from "../../../components/ui/button";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import { MultiSelect } from "../../../components/ui/multi-select";
import { Select } from "../../../components/ui/select";
import { Switch } from "../../../components/ui/switch";
import type { KindName, ProviderName, RunnerListSearch } from "./runner-list-search-schema";

interface RunnerFiltersProps {
  search: RunnerListSearch;
  onChange: (patch: Partial<RunnerListSearch>) => void;
  /** The name search as typed (the URL follows it after a pause). */
  text: string;
  onTextChange: (text: string) => void;
}

const KIND_OPTIONS: { value: KindName; label: string }[] = [
  { value: "local", label: "Local" },
  { value: "remote", label: "Remote" },
  { value: "local-configuration", label: "Local configuration" },
];
const PROVIDER_OPTIONS: { value: ProviderName; label: string }[] = [
  { value: "aws-ec2", label: "AWS EC2" },
  { value: "gcp", label: "Google Cloud" },
  { value: "linux-host", label: "Linux host" },
  { value: "desktop-mac", label: "Desktop (Mac)" },
  { value: "dev-agent", label: "Dev agent" },
  { value: "managed", label: "Managed" },
];
const STATUS_FILTERS: RunnerStatusName[] = ["active", "stale", "degraded", "inactive", "created", "deleting"];

export const NO_FILTERS: Partial<RunnerListSearch> = {
  q: undefined,
  kind: undefined,
  provider: undefined,
  mine: undefined,
  phase: undefined,
  version: undefined,
  attention: undefined,
  outdated: undefined,
};

export function hasFilters(search: RunnerListSearch): boolean {
  return Boolean(search.q || search.kind || search.provider || search.mine || search.phase || search.version || search.attention || search.outdated);
}

/** A filter set by a link (the overview's counts), shown so it can be seen and removed. */
function LinkedFilter({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <span className="mb-0.5 inline-flex h-8 items-center gap-1 rounded-full bg-slate-100 pr-1 pl-3 text-sm text-slate-800 dark:bg-slate-800 dark:text-slate-100">
      {label}
      <Button variant="ghost" size="sm" className="h-6 px-2" aria-label={`Remove filter: ${label}`} onClick={onRemove}>
        ×
      </Button>
    </span>
  );
}

/** Name and status filter the whole index in the browser; kind, provider and "created by me" go to the server. */
export function RunnerFilters({ search, onChange, text, onTextChange }: RunnerFiltersProps) {
  return (
    <div className="mb-4 grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap" role="group" aria-label="Filters">
      <Field label="Search by name" className="col-span-2 sm:w-64">
        <Input type="search" value={text} placeholder="Part of a runner's name" onChange={(event) => onTextChange(event.target.value)} />
      </Field>
      <Field label="Status" className="sm:w-40">
        <Select
          value={search.phase ?? ""}
          placeholder="All statuses"
          options={STATUS_FILTERS.map((status) => ({ value: status, label: runnerStatusLabels[status] }))}
          onChange={(event) => onChange({ phase: STATUS_FILTERS.find((status) => status === event.target.value) })}
        />
      </Field>
      <MultiSelect label="Kind" anyLabel="All kinds" className="sm:w-44" options={KIND_OPTIONS} value={search.kind ?? []} onChange={(kind) => onChange({ kind: kind.length ? kind : undefined })} />
      <MultiSelect
        label="Provider"
        anyLabel="All providers"
        className="sm:w-48"
        options={PROVIDER_OPTIONS}
        value={search.provider ?? []}
        onChange={(provider) => onChange({ provider: provider.length ? provider : undefined })}
      />
      <Switch className="pb-2" label="Created by me" checked={search.mine ?? false} onChange={(e) => onChange({ mine: e.target.checked || undefined })} />
      {search.attention ? <LinkedFilter label="Needs attention" onRemove={() => onChange({ attention: undefined })} /> : null}
      {search.outdated ? <LinkedFilter label="Outdated" onRemove={() => onChange({ outdated: undefined })} /> : null}
      {search.version ? <LinkedFilter label={`Version ${search.version}`} onRemove={() => onChange({ version: undefined })} /> : null}
      {hasFilters(search) || text ? (
        <Button variant="ghost" className="mb-0.5" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
