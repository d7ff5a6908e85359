import { Button } from "../../../components/ui/button";
import { Field } from "../../../components/ui/field";
import { Select } from "../../../components/ui/select";
import { Switch } from "../../../components/ui/switch";
import { PAGE_SIZES, type RunnerListSearch } from "./runner-list-search";
import { NO_FILTERS, hasFilters } from "./runners-empty-state";

interface RunnerFiltersProps {
  search: RunnerListSearch;
  onChange: (patch: Partial<RunnerListSearch>) => void;
}

const KIND_OPTIONS = [
  { value: "local", label: "Local" },
  { value: "remote", label: "Remote" },
  { value: "local-configuration", label: "Local configuration" },
] as const;
const PROVIDER_OPTIONS = [
  { value: "aws-ec2", label: "AWS EC2" },
  { value: "gcp", label: "Google Cloud" },
  { value: "linux-host", label: "Linux host" },
  { value: "desktop-mac", label: "Desktop (Mac)" },
  { value: "dev-agent", label: "Dev agent" },
  { value: "managed", label: "Managed" },
] as const;
const PHASE_OPTIONS = [
  { value: "active", label: "Active" },
  { value: "degraded", label: "Degraded" },
  { value: "inactive", label: "Inactive" },
  { value: "created", label: "Created" },
  { value: "deleting", label: "Deleting" },
] as const;

function pick<T extends string>(options: ReadonlyArray<{ value: T }>, raw: string): T | undefined {
  return options.find((option) => option.value === raw)?.value;
}

/** Kind, provider and "created by me" go to the server; phase only narrows the rows already loaded. */
export function RunnerFilters({ search, onChange }: RunnerFiltersProps) {
  return (
    <div className="mb-4 flex flex-wrap items-end gap-4">
      <Field label="Kind" className="w-40">
        <Select value={search.kind ?? ""} placeholder="All kinds" options={[...KIND_OPTIONS]} onChange={(e) => onChange({ kind: pick(KIND_OPTIONS, e.target.value) })} />
      </Field>
      <Field label="Provider" className="w-40">
        <Select
          value={search.provider ?? ""}
          placeholder="All providers"
          options={[...PROVIDER_OPTIONS]}
          onChange={(e) => onChange({ provider: pick(PROVIDER_OPTIONS, e.target.value) })}
        />
      </Field>
      <Field label="Phase (filters loaded rows)" className="w-52">
        <Select value={search.phase ?? ""} placeholder="All phases" options={[...PHASE_OPTIONS]} onChange={(e) => onChange({ phase: pick(PHASE_OPTIONS, e.target.value) })} />
      </Field>
      <Field label="Page size" className="w-24">
        <Select
          value={String(search.pageSize)}
          options={PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))}
          onChange={(e) => onChange({ pageSize: PAGE_SIZES.find((size) => String(size) === e.target.value) ?? 25 })}
        />
      </Field>
      <Switch className="pb-2" label="Created by me" checked={search.mine ?? false} onChange={(e) => onChange({ mine: e.target.checked || undefined })} />
      {hasFilters(search) ? (
        <Button variant="ghost" className="mb-0.5" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
