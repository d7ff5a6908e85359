import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from "react";
import { cn } from "../../lib/cn";
import { controlClasses } from "./control-classes";
import { useFieldControlProps } from "./field-context";

export interface ComboboxOption {
  value: string;
  label: string;
  /** A second line, e.g. the runner's provider; searched too. */
  description?: string;
}

export interface ComboboxProps {
  options: readonly ComboboxOption[];
  /** The chosen option's value; undefined or "" when none is chosen. */
  value: string | undefined;
  onChange: (value: string) => void;
  placeholder?: string;
  /** Shown in the list when nothing matches what was typed. */
  noMatchText?: string;
  /** A note under the list, e.g. "Still indexing: 2,300 runners so far". */
  status?: string;
  /** At most this many matches are rendered; typing narrows the rest. */
  maxShown?: number;
  disabled?: boolean;
  /** The input element, e.g. react-hook-form's field.ref (focus on a validation error). */
  inputRef?: (element: HTMLInputElement | null) => void;
  /** Called when focus leaves the input (react-hook-form's field.onBlur). */
  onBlur?: () => void;
  id?: string;
  "aria-label"?: string;
  "aria-describedby"?: string;
  className?: string;
}

const DEFAULT_MAX_SHOWN = 50;

function matchesQuery(option: ComboboxOption, needle: string): boolean {
  return option.label.toLowerCase().includes(needle) || (option.description?.toLowerCase().includes(needle) ?? false);
}

/**
 * A searchable single-choice list (the WAI-ARIA combobox pattern with a listbox popup): type to filter, arrows
 * to move, Home/End to jump, Enter to choose, Escape to close. Focus stays in the input; the highlighted option
 * is announced through aria-activedescendant. Long lists render only the first `maxShown` matches.
 */
export function Combobox(props: ComboboxProps) {
  const { options, value, onChange, placeholder, noMatchText = "Nothing matches", status, maxShown = DEFAULT_MAX_SHOWN, disabled, className } = props;
  const wired = useFieldControlProps({ id: props.id, "aria-describedby": props["aria-describedby"] });
  const generated = useId();
  const inputId = wired.id ?? `combobox-${generated}`;
  const listboxId = `${inputId}-listbox`;
  const chosen = useMemo(() => options.find((option) => option.value === value && value !== ""), [options, value]);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | undefined>(undefined);
  const [highlighted, setActive] = useState(0);

  const { shown, total } = useMemo(() => {
    const needle = (query ?? "").trim().toLowerCase();
    if (!needle) return { shown: options.slice(0, maxShown), total: options.length };
    const matches: ComboboxOption[] = [];
    let count = 0;
    for (const option of options) {
      if (!matchesQuery(option, needle)) continue;
      count++;
      if (matches.length < maxShown) matches.push(option);
    }
    return { shown: matches, total: count };
  }, [options, query, maxShown]);

  const close = () => {
    setOpen(false);
    setQuery(undefined);
  };
  const openAt = (index: number) => {
    setOpen(true);
    setActive(index);
  };
  const choose = (option: ComboboxOption | undefined) => {
    if (!option) return;
    onChange(option.value);
    close();
  };
  const chosenIndex = Math.max(0, shown.findIndex((option) => option.value === chosen?.value));

  // The options may shrink under the highlight (a refresh): keep it on the list.
  const active = Math.min(highlighted, Math.max(0, shown.length - 1));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    const keys: Record<string, () => void> = {
      ArrowDown: () => (open ? setActive(Math.min(last, active + 1)) : openAt(chosenIndex)),
      ArrowUp: () => (open ? setActive(Math.max(0, active - 1)) : openAt(chosenIndex)),
      Home: () => setActive(0),
      End: () => setActive(Math.max(0, last)),
      Enter: () => choose(shown[active]),
      Escape: close,
    };
    const action = keys[event.key];
    // Home/End move the caret in a closed input, as in any text field.
    if (!action || (!open && (event.key === "Home" || event.key === "End" || event.key === "Enter" || event.key === "Escape"))) return;
    event.preventDefault();
    action();
  };

  const onType = (event: FormEvent<HTMLInputElement>) => {
    setQuery(event.currentTarget.value);
    openAt(0);
  };

  const activeOption = open ? shown[active] : undefined;
  return (
    <div className={cn("relative", className)}>
      <input
        ref={props.inputRef}
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${listboxId}-${active}` : undefined}
        aria-label={props["aria-label"]}
        aria-describedby={wired["aria-describedby"]}
        aria-invalid={wired["aria-invalid"]}
        aria-required={wired["aria-required"]}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        placeholder={placeholder}
        className={cn(controlClasses, "h-9 pr-8")}
        value={query ?? chosen?.label ?? ""}
        // onInput, not only onChange: React drops onChange when the typed text equals what is shown (typing over
        // the chosen name, or pasting it), and the list must open then too.
        onInput={onType}
        onChange={onType}
        onClick={() => {
          if (!open) openAt(chosenIndex);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          close();
          props.onBlur?.();
        }}
      />
      <span aria-hidden className="pointer-events-none absolute top-2.5 right-3 text-xs text-slate-400">
        ▾
      </span>
      <div
        hidden={!open}
        className="absolute z-30 mt-1 w-full overflow-hidden rounded-rc border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        <ul id={listboxId} role="listbox" aria-label={props["aria-label"]} aria-labelledby={props["aria-label"] ? undefined : inputId} className="max-h-72 overflow-auto py-1">
          {shown.map((option, index) => (
            <li
              key={option.value}
              id={`${listboxId}-${index}`}
              role="option"
              aria-selected={option.value === chosen?.value}
              className={cn(
                "cursor-pointer px-3 py-1.5 text-sm text-slate-900 dark:text-slate-100",
                index === active && "bg-brand/10 outline-1 outline-brand/40 -outline-offset-1",
                option.value === chosen?.value && "font-semibold",
              )}
              // Keep focus in the input: the click chooses, the input never blurs.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => choose(option)}
            >
              <span className="block truncate">{option.label}</span>
              {option.description ? <span className="block truncate text-xs text-slate-600 dark:text-slate-400">{option.description}</span> : null}
            </li>
          ))}
        </ul>
        {shown.length === 0 ? <p className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">{noMatchText}</p> : null}
        {total > shown.length ? (
          <p className="border-t border-slate-100 px-3 py-1.5 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
            Showing {shown.length} of {total.toLocaleString()}: type to narrow.
          </p>
        ) : null}
        {status ? <p className="border-t border-slate-100 px-3 py-1.5 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">{status}</p> : null}
      </div>
      <span role="status" className="sr-only">
        {open ? (total === 0 ? noMatchText : `${total.toLocaleString()} result${total === 1 ? "" : "s"}`) : ""}
      </span>
    </div>
  );
}
