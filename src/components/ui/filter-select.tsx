import type { ReactNode } from "react";
import { Field } from "./field";
import { Select, type SelectOption } from "./select";

const SEVERAL = "__several";

interface FilterSelectProps {
  label: string;
  /** The chosen value (a URL list of one counts as that one); undefined or empty means "any". */
  value: string | readonly string[] | undefined;
  /** The first option, meaning no filter, e.g. "All runners". */
  anyLabel: string;
  options: readonly SelectOption[];
  /** undefined when the user picks the "any" option. */
  onChange: (value: string | undefined) => void;
  className?: string;
}

/**
 * One URL filter as a labelled select. Several values (from a shared link) show as "N selected" until the user
 * picks one, so the picker never pretends to show all of them.
 */
export function FilterSelect({ label, value, anyLabel, options, onChange, className }: FilterSelectProps) {
  const values = value === undefined ? [] : typeof value === "string" ? [value] : value;
  const several = values.length > 1;
  return (
    <Field label={label} className={className ?? "w-48"}>
      <Select
        value={several ? SEVERAL : (values[0] ?? "")}
        placeholder={anyLabel}
        options={options}
        onChange={(event) => {
          const picked = event.target.value;
          if (picked !== SEVERAL) onChange(picked || undefined);
        }}
      >
        {several ? (
          <option value={SEVERAL} disabled>
            {values.length} selected
          </option>
        ) : null}
      </Select>
    </Field>
  );
}

/** The row of filters above a list: wraps on narrow screens, named "Filters" for screen readers. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end gap-3" role="group" aria-label="Filters">
      {children}
    </div>
  );
}
