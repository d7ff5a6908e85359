import { useEffect, useId, useRef, useState } from "react";
import { cn } from "../../lib/cn";
import { controlClasses } from "./control-classes";

export interface MultiSelectOption<T extends string> {
  value: T;
  label: string;
}

interface MultiSelectProps<T extends string> {
  label: string;
  options: readonly MultiSelectOption<T>[];
  /** The chosen values; none chosen means "any". */
  value: readonly T[];
  onChange: (value: T[]) => void;
  /** The button's text when nothing is chosen, e.g. "All providers". */
  anyLabel: string;
  className?: string;
}

/**
 * Several choices from a short list: a button that says what is chosen, opening a group of checkboxes
 * (Tab moves between them, Space toggles, Escape closes and returns to the button).
 */
export function MultiSelect<T extends string>({ label, options, value, onChange, anyLabel, className }: MultiSelectProps<T>) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const chosen = options.filter((option) => value.includes(option.value));
  const summary = chosen.length === 0 ? anyLabel : chosen.length <= 2 ? chosen.map((o) => o.label).join(", ") : `${chosen.length} selected`;

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const toggle = (option: T, checked: boolean) => onChange(checked ? [...value, option] : value.filter((v) => v !== option));

  return (
    <div
      ref={rootRef}
      className={cn("relative space-y-1.5", className)}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node) || !rootRef.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <span id={`${id}-label`} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </span>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-options`}
        aria-labelledby={`${id}-label ${id}-value`}
        className={cn(controlClasses, "flex h-9 items-center justify-between gap-2 text-left")}
        onClick={() => setOpen(!open)}
      >
        <span id={`${id}-value`} className="truncate">
          {summary}
        </span>
        <span aria-hidden className="text-xs text-slate-400">
          ▾
        </span>
      </button>
      <fieldset
        id={`${id}-options`}
        hidden={!open}
        className="absolute z-30 mt-1 w-full min-w-48 rounded-rc border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        <legend className="sr-only">{label}</legend>
        {options.map((option) => (
          <label key={option.value} className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-slate-50 dark:hover:bg-slate-800">
            <input
              type="checkbox"
              className="size-4 accent-[var(--rc-brand,#4f46e5)]"
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
