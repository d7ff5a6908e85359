import { useMemo } from "react";
import { runnerProviderText } from "../../../common/enum-labels";
import { useFleetIndex } from "../../api/fleet/use-fleet-index";
import { Combobox, type ComboboxOption } from "../ui/combobox";
import { Field } from "../ui/field";

const ANY = "__any";
const SEVERAL = "__several";

interface RunnerFilterProps {
  /** The chosen runner (a URL list of one counts as that one); undefined or empty means every runner. */
  value: string | readonly string[] | undefined;
  /** undefined when the user picks "All runners". */
  onChange: (runnerId: string | undefined) => void;
  /** The first option, meaning no filter. */
  anyLabel?: string;
  label?: string;
  className?: string;
}

/**
 * A list's runner filter: a searchable combobox over the fleet index (every runner, not the first pages).
 * Several runners (from a shared link) show as "N selected" until the user picks one.
 */
export function RunnerFilter({ value, onChange, anyLabel = "All runners", label = "Runner", className }: RunnerFilterProps) {
  const index = useFleetIndex();
  const values = value === undefined ? [] : typeof value === "string" ? [value] : value;
  const several = values.length > 1;
  const runners = useMemo(
    () =>
      [...index.rows]
        .sort((a, b) => (a.searchKey < b.searchKey ? -1 : a.searchKey > b.searchKey ? 1 : 0))
        .map((row): ComboboxOption => ({ value: row.id, label: row.name || row.id, description: runnerProviderText(row) })),
    [index.rows],
  );
  const options = useMemo(
    () => [...(several ? [{ value: SEVERAL, label: `${values.length} selected` }] : []), { value: ANY, label: anyLabel }, ...runners],
    [several, values.length, anyLabel, runners],
  );
  return (
    <Field label={label} className={className ?? "w-64"}>
      <Combobox
        value={several ? SEVERAL : (values[0] ?? "")}
        placeholder={anyLabel}
        options={options}
        status={index.complete ? undefined : `Still reading runners: ${index.indexed.toLocaleString("en-US")} so far`}
        noMatchText="No runner has this name"
        onChange={(picked) => {
          if (picked === ANY) onChange(undefined);
          else if (picked !== SEVERAL) onChange(picked);
        }}
      />
    </Field>
  );
}
