import { useEffect, useState, type ReactNode } from "react";
import { Field } from "../../../components/ui/field";
import { FilterSelect } from "../../../components/ui/filter-select";
import { Input } from "../../../components/ui/input";
import type { PoliciesSearch } from "../policies-search";

// The URL follows the search box after a pause in typing, not on every keystroke.
const URL_DELAY_MS = 250;

interface PolicyFiltersProps {
  search: PoliciesSearch;
  onSearchChange: (patch: Partial<PoliciesSearch>) => void;
  /** Actions at the end of the bar (e.g. "Share …"). */
  children?: ReactNode;
}

/** The by-runner view's search and "shared / not shared" filter, both in the URL. */
export function PolicyFilters({ search, onSearchChange, children }: PolicyFiltersProps) {
  const [text, setText] = useState(search.q ?? "");
  const urlQuery = search.q ?? "";
  useEffect(() => {
    if (text === urlQuery) return;
    const timer = setTimeout(() => onSearchChange({ q: text || undefined }), URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, urlQuery, onSearchChange]);
  return (
    <div className="flex flex-wrap items-end gap-3">
      <Field label="Search runners" className="w-64 max-sm:w-full">
        <Input
          type="search"
          placeholder="Part of a runner's name"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </Field>
      <FilterSelect
        label="Sharing"
        value={search.shared}
        anyLabel="All runners"
        options={[
          { value: "shared", label: "Shared with a group" },
          { value: "not-shared", label: "Not shared" },
        ]}
        onChange={(value) =>
          onSearchChange({ shared: value === "shared" || value === "not-shared" ? value : undefined })
        }
      />
      {children ? <div className="ml-auto">{children}</div> : null}
    </div>
  );
}
