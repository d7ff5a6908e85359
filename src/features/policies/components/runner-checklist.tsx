import { useId, useMemo, useState } from "react";
import { Input } from "../../../components/ui/input";
import { runnerMatches } from "../policy-rules";

// Enough to pick from by eye; the search narrows longer lists.
const SHOWN_AT_MOST = 100;

interface ChecklistRunner {
  runnerId: string;
  name: string;
}

interface RunnerChecklistProps {
  runners: readonly ChecklistRunner[];
  selected: ReadonlySet<string>;
  onChange: (selected: ReadonlySet<string>) => void;
  /** Runner ids shown checked and disabled with this note (e.g. already shared with the group). */
  disabledNote?: ReadonlyMap<string, string>;
}

/** Runners to pick with checkboxes, searchable by name; the chosen ones stay chosen while the search changes. */
export function RunnerChecklist({ runners, selected, onChange, disabledNote }: RunnerChecklistProps) {
  const [query, setQuery] = useState("");
  const searchId = useId();
  const matching = useMemo(
    () => runners.filter((runner) => runnerMatches(runner, undefined, query, undefined)),
    [runners, query],
  );
  const toggle = (runnerId: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(runnerId);
    else next.delete(runnerId);
    onChange(next);
  };
  return (
    // min-w-0: a fieldset is as wide as its widest line by default, and a long runner name would widen the dialog.
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-sm font-medium">Runners ({selected.size} chosen)</legend>
      <label htmlFor={searchId} className="sr-only">
        Search runners to share
      </label>
      <Input
        id={searchId}
        type="search"
        placeholder="Search runners by name"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul
        aria-label="Runners to share"
        className="max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-rc border border-slate-200 dark:divide-slate-800 dark:border-slate-700"
      >
        {matching.slice(0, SHOWN_AT_MOST).map((runner) => {
          const note = disabledNote?.get(runner.runnerId);
          return (
            <li key={runner.runnerId} className="px-3 py-1.5">
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4 accent-[var(--rc-brand,#4f46e5)]"
                  checked={note !== undefined || selected.has(runner.runnerId)}
                  disabled={note !== undefined}
                  onChange={(event) => toggle(runner.runnerId, event.target.checked)}
                />
                <span title={runner.name} className="min-w-0 truncate">
                  {runner.name}
                </span>
                {note ? <span className="text-xs text-slate-500 dark:text-slate-400">{note}</span> : null}
              </label>
            </li>
          );
        })}
        {matching.length === 0 ? (
          <li className="px-3 py-2 text-sm text-slate-500 dark:text-slate-400">
            No runner matches “{query}”.
          </li>
        ) : null}
      </ul>
      {matching.length > SHOWN_AT_MOST ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Showing {SHOWN_AT_MOST} of {matching.length} matching runners: search to find the others.
        </p>
      ) : null}
    </fieldset>
  );
}
